#!/usr/bin/env python3
"""Builds dist/article-analyzer.html: the page as one self-contained file.

Everything is inlined: the styles, the wasm (base64), wasm-bindgen's
`no-modules` glue and the page's own modules, which are joined into one
classic script (opened from disk, a page cannot load module files). The
analysis runs on the main thread, since a file:// page cannot start a
worker. The Content-Security-Policy allows exactly the inlined script and
style, by hash, and no connections. Run by `make web`:

    python3 scripts/build_single_file.py target/single/article_analyzer.js \\
        www/pkg/article_analyzer_bg.wasm dist/article-analyzer.html
"""
import base64
import hashlib
import re
import sys
from pathlib import Path

from inline_wasm import decoder

WWW = Path(__file__).resolve().parent.parent / "www"
# The page's modules, dependencies first. Their top-level names are unique,
# so joined they still make one valid script.
MODULES = ["render.js", "input.js", "engine.js", "app.js"]

BOOT = """
startApp(new InThreadEngine(() => {
  wasm_bindgen.initSync({ module: wasmBytes() });
  return new wasm_bindgen.Analyzer();
}));
"""


def strip_module_syntax(source: str, name: str) -> str:
    """Drops `import … from '…';` statements and the `export` keyword."""
    source = re.sub(r"^import\s[^;]*?from\s+'[^']+';\n", "", source, flags=re.M)
    source = re.sub(r"^export (?=(async )?function |const |class |let )", "", source, flags=re.M)
    if re.search(r"^\s*(import|export)\b", source, flags=re.M):
        sys.exit(f"build_single_file: {name} has module syntax this script cannot inline")
    return source


def sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def main() -> None:
    glue_path, wasm_path, out_path = map(Path, sys.argv[1:4])
    modules = "\n".join(strip_module_syntax((WWW / m).read_text(encoding="utf-8"), m) for m in MODULES)
    script = "\n".join([glue_path.read_text(encoding="utf-8"), decoder(wasm_path.read_bytes()),
                        "(() => {", modules, BOOT, "})();", ""])
    css = (WWW / "marks.css").read_text(encoding="utf-8") + "\n" + re.sub(
        r'^@import url\("marks\.css"\);\n', "", (WWW / "style.css").read_text(encoding="utf-8"), flags=re.M)
    # "</" would end the inline element early; the sources never need it.
    for name, text in (("script", script), ("style", css)):
        if f"</{name}" in text.lower():
            sys.exit(f"build_single_file: the inlined {name} contains </{name}")

    page = (WWW / "index.html").read_text(encoding="utf-8")
    policy = (f"default-src 'none'; script-src {sha256(script)} 'wasm-unsafe-eval'; "
              f"style-src {sha256(css)}; img-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'")
    page, csp = re.subn(r'content="default-src[^"]*"', f'content="{policy}"', page, count=1)
    page, link = re.subn(r'<link rel="stylesheet" href="style.css">', lambda _: f"<style>{css}</style>", page)
    page, entry = re.subn(r'\s*<script type="module" src="main.js"></script>', "", page)
    page, body = re.subn(r"</body>", lambda _: f"<script>{script}</script>\n</body>", page)
    if (csp, link, entry, body) != (1, 1, 1, 1):
        sys.exit("build_single_file: www/index.html no longer has the expected CSP, stylesheet and entry script")
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_text(page, encoding="utf-8")


if __name__ == "__main__":
    main()
