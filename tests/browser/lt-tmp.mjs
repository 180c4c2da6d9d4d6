import { launchChromium, serveDirectory, WWW_ROOT } from './serve.mjs';
import * as f from './features.mjs';
const server = await serveDirectory(WWW_ROOT);
const browser = await launchChromium();
try { console.log(await f.checkLargePaste(browser, server.origin)); } catch (e) { console.log(e.message.slice(0, 300)); }
await browser.close(); await server.close();
