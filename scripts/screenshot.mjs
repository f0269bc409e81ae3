// Screenshots a page in headless Chromium: node scripts/screenshot.mjs URL OUT.png [WIDTH] [--full]
import { launch } from '../tests/e2e/browser.mjs';

const [url, out, width = '1280', ...flags] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node scripts/screenshot.mjs URL OUT.png [WIDTH] [--full]');
  process.exit(2);
}
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
  page.on('console', (msg) => console.log(`[console.${msg.type()}] ${msg.text()}`));
  page.on('pageerror', (err) => console.log(`[pageerror] ${err}`));
  await page.goto(url);
  await page.waitForFunction(() => Array.from(document.querySelectorAll('.exec-summary'))
    .every((host) => ['ready', 'error'].includes(host.dataset.esState)), null, { timeout: 15000 })
    .catch(() => console.log('cards did not all settle'));
  await page.screenshot({ path: out, fullPage: flags.includes('--full') });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
