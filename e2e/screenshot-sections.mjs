// Screenshots of the sections below the results, filled in as a person would (today's capacity
// and the gap, the self-assessment, the board summary, its print, the gap slide), at phone, laptop
// and projector widths:  node e2e/screenshot-sections.mjs [out-dir] [en|es]
import fs from 'node:fs';
import path from 'node:path';
import { serveDist, launch, openPage, waitForResults, showParts } from './lib.mjs';
const out = path.resolve(process.argv[2] || 'screenshots');
const lang = process.argv[3] || 'en';
fs.mkdirSync(out, { recursive: true });
const server = await serveDist();
const browser = await launch();
try {
  for (const [name, width, height] of [['phone', 375, 812], ['laptop', 1280, 800], ['projector', 1920, 1080]]) {
    const { page, context } = await openPage(browser, server.url, { width, height });
    await page.goto(server.url + '?lang=' + lang);
    await waitForResults(page);
    await showParts(page, 'today', 'criteria');
    await page.locator("input[data-path='inventory.enabled']").check();
    const fill = async (p, v) => { await page.locator(`input[data-path='${p}']`).fill(v); };
    const kinds = await page.locator('fieldset.inventory-entry').evaluateAll(els => els.map(e => e.dataset.entry));
    await fill(`inventory.${kinds[0]}.capacity`, '18');
    await fill('inventory.receiving.capacity', '6');
    await fill('inventory.inpatient.capacity', '40');
    await fill('inventory.mobile.capacity', '2');
    await fill('inventory.mobile.annual_cost', '1500000');
    await page.selectOption("select[data-path='assessment.scores.criterion-5']", '4');
    await page.selectOption("select[data-path='assessment.scores.mobile-crisis']", '5');
    await page.waitForTimeout(500);
    await page.locator('#today').screenshot({ path: path.join(out, `${lang}-${name}-today.png`) });
    await page.locator('#criteria').screenshot({ path: path.join(out, `${lang}-${name}-criteria.png`) });
    await page.locator('#board-summary').screenshot({ path: path.join(out, `${lang}-${name}-summary.png`) });
    if (name === 'laptop') {
      await page.evaluate(() => document.documentElement.classList.add('print-summary'));
      await page.emulateMedia({ media: 'print' });
      await page.screenshot({ path: path.join(out, `${lang}-print-summary.png`), fullPage: true });
      await page.pdf({ path: path.join(out, `${lang}-summary.pdf`), format: 'Letter' });
      await page.evaluate(() => document.documentElement.classList.remove('print-summary'));
      await page.emulateMedia({ media: 'screen' });
    }
    if (name === 'projector') {
      await page.getByRole('button', { name: lang === 'en' ? 'Present' : 'Presentar' }).click();
      await page.getByRole('dialog').waitFor();
      await page.keyboard.press('End');
      await page.keyboard.press('ArrowLeft');
      await page.waitForTimeout(200);
      await page.screenshot({ path: path.join(out, `${lang}-present-gap.png`) });
    }
    await context.close();
  }
} finally { await browser.close(); await server.close(); }
