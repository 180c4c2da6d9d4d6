// Serves www/, pastes tests/golden/harbour-council.txt, clicks Analyze and
// saves a screenshot of the page to www/screenshot.png.
// Usage: node screenshot.mjs [--width=1280] [--height=900] [--out=path] [--dark]
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { REPO_ROOT, launchChromium, serveDirectory } from './serve.mjs';

const arg = (name, fallback) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const width = Number(arg('width', 1280));
const height = Number(arg('height', 900));
const out = resolve(arg('out', join(REPO_ROOT, 'www', 'screenshot.png')));
const colorScheme = process.argv.includes('--dark') ? 'dark' : 'light';

const article = await readFile(join(REPO_ROOT, 'tests/golden/harbour-council.txt'), 'utf8');
const server = await serveDirectory();
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width, height }, colorScheme, serviceWorkers: 'block' });
  await page.goto(`${server.origin}/`);
  const button = page.getByRole('button', { name: 'Analyze', exact: true });
  await button.waitFor();
  await page.waitForFunction(() => !document.querySelector('#analyze').disabled);
  await page.fill('#article', article);
  await button.click();
  await page.waitForFunction(() => /^Found/.test(document.querySelector('#status').textContent));
  await page.$eval('#article', (textarea) => { textarea.scrollTop = 0; });
  await page.screenshot({ path: out, fullPage: true });
  console.log(`wrote ${out} (${width}x${height}, ${colorScheme})`);
} finally {
  await browser.close();
  await server.close();
}
