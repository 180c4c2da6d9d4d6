#!/usr/bin/env python3
"""Writes www/pkg/package.json, so that the wasm-bindgen output in www/pkg
can be published to npm as is, TypeScript types included. Name, version,
description and license come from Cargo.toml. Run by `make web`:

    python3 scripts/write_pkg_manifest.py Cargo.toml www/pkg/package.json
"""
import json
import sys
import tomllib
from pathlib import Path


def main() -> None:
    cargo, target = Path(sys.argv[1]), Path(sys.argv[2])
    package = tomllib.loads(cargo.read_text(encoding="utf-8"))["package"]
    manifest = {
        "name": package["name"],
        "version": package["version"],
        "description": package["description"],
        "license": package["license"],
        "type": "module",
        "main": "article_analyzer.js",
        "module": "article_analyzer.js",
        "types": "article_analyzer.d.ts",
        "exports": {
            ".": {"types": "./article_analyzer.d.ts", "default": "./article_analyzer.js"},
            "./article_analyzer_bg.wasm": "./article_analyzer_bg.wasm",
        },
        "files": [
            "article_analyzer.js",
            "article_analyzer.d.ts",
            "article_analyzer_bg.wasm",
            "article_analyzer_bg.wasm.d.ts",
        ],
        "sideEffects": False,
        "keywords": ["nlp", "quotations", "named-entities", "dates", "timex3", "wasm"],
    }
    target.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
