// Screenshots of the release build at phone, laptop and projector widths, in print emulation,
// and of the "How sure is this?" section (its ranges open), for people to look at:
//   node e2e/screenshot.mjs [out-dir] [query]
import fs from 'node:fs';
import path from 'node:path';
import { serveDist, launch, openPage, waitForResults, showParts, SCROLLED_PARTS } from './lib.mjs';

const out = path.resolve(process.argv[2] || 'screenshots');
const query = process.argv[3] || '';
fs.mkdirSync(out, { recursive: true });
const server = await serveDist(process.env.DIST ? path.resolve(process.env.DIST) : undefined);
const browser = await launch();
try {
  for (const [name, width, height] of [['phone', 375, 812], ['laptop', 1280, 800], ['projector', 1920, 1080]]) {
    const { page, context } = await openPage(browser, server.url, { width, height });
    await page.goto(server.url + query);
    await waitForResults(page);
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: path.join(out, `${name}.png`), fullPage: false });
    // the page as loaded, before scrolling: the parts further down wait in their places
    await page.screenshot({ path: path.join(out, `${name}-first-load.png`), fullPage: true });
    await showParts(page, ...SCROLLED_PARTS);
    await page.screenshot({ path: path.join(out, `${name}-full.png`), fullPage: true });
    // "How sure is this?" once its draws and simulated years are on screen, the ranges open
    // a phone folds the sections below the results: open them
    await page.evaluate(() => document.querySelectorAll('main details.fold').forEach((d) => { d.open = true; }));
    await page.waitForSelector('svg.census', { timeout: 60000 });
    await page.locator('details.ranges > summary').click();
    await page.locator('#uncertainty').screenshot({ path: path.join(out, `${name}-uncertainty.png`) });
    if (name === 'laptop') {
      // Ctrl+P brings every printed part onto the page first
      await page.keyboard.press('Control+p');
      await page.locator('.print-inputs').waitFor({ state: 'attached' });
      await page.emulateMedia({ media: 'print' });
      await page.screenshot({ path: path.join(out, 'print-full.png'), fullPage: true });
      await page.pdf({ path: path.join(out, 'print.pdf'), format: 'Letter' }).catch(() => {});
    }
    await context.close();
  }
  console.log(`screenshots in ${out}`);
} finally {
  await browser.close();
  await server.close();
}
