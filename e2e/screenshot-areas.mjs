// Screenshots of "Several areas" (?view=areas) with a 5-county table pasted, at phone, laptop and
// projector widths, for people to look at:   node e2e/screenshot-areas.mjs [out-dir] [lang]
import fs from 'node:fs';
import path from 'node:path';
import { serveDist, launch, openPage } from './lib.mjs';

const out = path.resolve(process.argv[2] || 'screenshots');
fs.mkdirSync(out, { recursive: true });
const TABLE = 'name\tpopulation\trate\trural\tregion\nAlpine\t1200\t\tyes\tSierra\nAmador\t40000\t250\tno\tSierra\nCalaveras\t46000\t\t\tSierra\nSacramento\t1585000\t180\tno\tValley\nYolo\t216000\t\tno\tValley';
const server = await serveDist();
const browser = await launch();
try {
  for (const [name, width, height] of [['phone', 375, 812], ['laptop', 1280, 800], ['projector', 1920, 1080]]) {
    const { page, context } = await openPage(browser, server.url, { width, height });
    await page.goto(new URL(`?view=areas${process.argv[3] ? `&lang=${process.argv[3]}` : ''}`, server.url).href);
    await page.waitForSelector('[data-areas] #areas-paste', { timeout: 20000 });
    await page.locator('#areas-paste').fill(TABLE);
    await page.locator('[data-use-pasted]').click();
    await page.waitForSelector('[data-areas-total]', { timeout: 20000 });
    await page.screenshot({ path: path.join(out, `areas-${name}.png`), fullPage: false });
    await page.screenshot({ path: path.join(out, `areas-${name}-full.png`), fullPage: true });
    await context.close();
  }
  console.log(`screenshots in ${out}`);
} finally {
  await browser.close();
  await server.close();
}
