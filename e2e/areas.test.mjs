// End-to-end: "Several areas" (?view=areas, src/sections/areas.rs). A 5-county table pasted into the
// page gives every figure `crisis-plan --areas` gives for the same CSV and the same scenario (the table
// shown, the regions' pooled beds, and the CSV and JSON downloads byte for byte); an area's row opens
// the single-area planner on that area with the same beds; a bad row is named by row and column while
// the good rows are kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { serveAndLaunch, openPage, waitForResults, keptScenario, PHONE } from './lib.mjs';

let server;
let browser;
serveAndLaunch((s, b) => {
  [server, browser] = [s, b];
});

const FIVE = [
  'name\tpopulation\trate\trural\tregion',
  'Alpine\t1200\t\tyes\tSierra',
  'Amador\t40000\t250\tno\tSierra',
  'Calaveras\t46000\t\t\tSierra',
  'Sacramento\t1585000\t180\tno\tValley',
  'Yolo\t216000\t\tno\tValley',
].join('\n');

/** `crisis-plan --areas` on a table with the page's own scenario, in a format (the debug build cargo keeps). */
function crisisPlan(scenario, table, format) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccp-areas-'));
  try {
    fs.writeFileSync(path.join(dir, 'scenario.json'), scenario);
    fs.writeFileSync(path.join(dir, 'areas.tsv'), table);
    return execFileSync(
      'cargo',
      ['run', '-q', '-p', 'crisis-model', '--bin', 'crisis-plan', '--', '--scenario', path.join(dir, 'scenario.json'), '--areas', path.join(dir, 'areas.tsv'), '--format', format],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const count = (n) => Math.round(n).toLocaleString('en-US');

async function openAreas(page) {
  await page.goto(new URL("?view=areas", server.url).href);
  await page.waitForSelector('[data-areas] #areas-paste', { timeout: 20000 });
}

async function paste(page, text) {
  await page.locator('#areas-paste').fill(text);
  await page.locator('[data-use-pasted]').click();
}

async function download(page, which) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-download="${which}"]`).click()]);
  return fs.readFileSync(await file.path(), 'utf8');
}

test('a pasted 5-county table gives every figure the command line gives for it', async () => {
  const { page, context, errors } = await openPage(browser, server.url);
  await openAreas(page);
  await paste(page, FIVE);
  await page.waitForSelector('[data-areas-total]', { timeout: 20000 });
  // the table is kept in the scenario: the command reads the same scenario with the same table
  let scenario;
  for (let i = 0; i < 50; i += 1) {
    scenario = await keptScenario(page);
    if (scenario && JSON.parse(scenario).areas) break;
    await page.waitForTimeout(100);
  }
  assert.ok(JSON.parse(scenario).areas.includes('Sacramento'), 'the scenario keeps the areas table');
  const want = JSON.parse(crisisPlan(scenario, FIVE, 'json'));
  assert.equal(want.areas.length, 5);
  for (const a of want.areas) {
    const cells = await page.locator(`tr[data-area="${a.name}"] > *`).allInnerTexts();
    assert.equal(cells[0].trim(), a.name);
    assert.equal(cells[2], count(a.population), `${a.name} population`);
    assert.equal(cells[3], count(a.totals.residential_beds.total), `${a.name} residential beds`);
    assert.equal(cells[4], a.per_100k.residential_beds.toFixed(1), `${a.name} beds per 100,000`);
    assert.equal(cells[5], count(a.totals.receiving_chairs.total), `${a.name} receiving chairs`);
    assert.equal(cells[6], count(a.totals.inpatient_beds.total), `${a.name} inpatient beds`);
    assert.equal(cells[7], count(a.totals.mobile_teams), `${a.name} mobile teams`);
    assert.equal(cells[9].trim() !== '', a.low_use, `${a.name} low use`);
  }
  for (const r of want.regions) {
    const cells = await page.locator(`tr[data-region="${r.name}"] > *`).allInnerTexts();
    assert.equal(cells[1], count(r.areas), `${r.name} areas`);
    assert.equal(cells[3], count(r.separate), `${r.name} separate beds`);
    assert.equal(cells[4], count(r.pooled), `${r.name} pooled beds`);
    assert.equal(cells[5], count(r.saved), `${r.name} beds saved`);
    assert.ok(r.pooled <= r.separate);
  }
  const total = await page.locator('[data-areas-total]').innerText();
  assert.ok(total.includes(`${count(want.total.totals.residential_beds.total)} residential crisis beds`), total);
  assert.ok(total.includes(`, ${count(want.total.pooled_by_region)} if the areas`), total);
  // the downloads are the command's own output
  assert.equal(await download(page, 'areas-json'), crisisPlan(scenario, FIVE, 'json'));
  assert.equal(await download(page, 'areas-csv'), crisisPlan(scenario, FIVE, 'csv'));
  // sorting by beds per 100,000, highest first
  await page.locator('th button.sort', { hasText: 'Per 100,000' }).click();
  const order = await page.locator('tr[data-area]').evaluateAll((rows) => rows.map((r) => r.dataset.area));
  const byNeed = [...want.areas].sort((a, b) => b.per_100k.residential_beds - a.per_100k.residential_beds).map((a) => a.name);
  assert.deepEqual(order, byNeed);
  // the chart draws one bar an area
  assert.equal(await page.locator('svg.areas-chart .need-bar').count(), 5);
  assert.equal(await page.locator('[data-link-fits="yes"]').count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('every figure per 100,000 residents, sortable, is the command line\'s', async () => {
  const { page, context, errors } = await openPage(browser, server.url);
  await openAreas(page);
  await paste(page, FIVE);
  await page.waitForSelector('[data-areas-total]', { timeout: 20000 });
  const want = JSON.parse(crisisPlan(await keptScenario(page), FIVE, 'json'));
  const counts = page.locator('[data-figures="counts"]');
  const per = page.locator('[data-figures="per-100k"]');
  assert.equal(await counts.getAttribute('aria-pressed'), 'true');
  // sorted by receiving chairs (counted, highest first), then shown per 100,000: the same
  // figure per 100,000 keeps the sort
  await page.locator('th button.sort', { hasText: 'Receiving chairs' }).click();
  await per.click();
  assert.equal(await per.getAttribute('aria-pressed'), 'true');
  const heads = await page.locator('.areas-table thead th').allInnerTexts();
  assert.deepEqual(heads.slice(3, 9), [
    'Residential beds per 100,000',
    'Receiving chairs per 100,000',
    'Inpatient beds per 100,000',
    'Mobile teams per 100,000',
    'Crisis episodes a year per 100,000',
    'Annual cost per 100,000',
  ]);
  const order = await page.locator('tr[data-area]').evaluateAll((rows) => rows.map((r) => r.dataset.area));
  const byChairs = [...want.areas].sort((a, b) => b.per_100k.receiving_chairs - a.per_100k.receiving_chairs).map((a) => a.name);
  assert.deepEqual(order, byChairs);
  for (const a of want.areas) {
    const cells = await page.locator(`tr[data-area="${a.name}"] > *`).allInnerTexts();
    const p = a.per_100k;
    assert.equal(cells[2], count(a.population), `${a.name} population`);
    assert.equal(cells[3], p.residential_beds.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 }), `${a.name} beds per 100,000`);
    assert.equal(cells[4], p.receiving_chairs.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 }), `${a.name} chairs per 100,000`);
    assert.equal(cells[5], p.inpatient_beds.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 }), `${a.name} inpatient beds per 100,000`);
    assert.equal(cells[6], p.mobile_teams.toFixed(2), `${a.name} teams per 100,000`);
    assert.equal(cells[7], count(p.episodes_per_year), `${a.name} episodes per 100,000`);
    // each is the count over the population
    assert.ok(Math.abs(p.receiving_chairs - (a.totals.receiving_chairs.total * 100000) / a.population) < 1e-6);
  }
  // back to the counts
  await counts.click();
  const cells = await page.locator(`tr[data-area="Yolo"] > *`).allInnerTexts();
  assert.equal(cells[5], count(want.areas.find((a) => a.name === 'Yolo').totals.receiving_chairs.total));
  assert.deepEqual(errors, []);
  await context.close();
});

test("an area's row opens the single-area planner on that area", async () => {
  const { page, context, errors } = await openPage(browser, server.url);
  await openAreas(page);
  await paste(page, FIVE);
  await page.waitForSelector('tr[data-area="Yolo"] a[data-area-link]', { timeout: 20000 });
  const want = JSON.parse(crisisPlan(await keptScenario(page), FIVE, 'json')).areas.find((a) => a.name === 'Yolo');
  await page.locator('tr[data-area="Yolo"] a[data-area-link]').click();
  await waitForResults(page);
  assert.equal(await page.locator('input[data-path="place_name"]').inputValue(), 'Yolo');
  const beds = Number(await page.locator('[data-metric="residential-beds"]').first().getAttribute('data-value'));
  assert.equal(beds, want.totals.residential_beds.total);
  assert.equal(await page.locator('[data-areas]').count(), 0, 'the planner, not the areas mode');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a bad row is named by its row and column, and the good rows are kept', async () => {
  const { page, context, errors } = await openPage(browser, server.url);
  await openAreas(page);
  await paste(page, 'name,population\nAlpine,12x\nYolo,216000\n');
  const said = page.locator('.areas-imported');
  await page.waitForFunction(() => /Row 2, column "population"/.test(document.querySelector('.areas-imported')?.innerText || ''));
  assert.equal(await said.locator('li').count(), 2, 'the summary line and one row left out');
  await page.waitForSelector('tr[data-area="Yolo"]', { timeout: 20000 });
  assert.equal(await page.locator('tr[data-area]').count(), 1);
  // a table that cannot be read at all changes nothing
  await paste(page, 'town,people\nA,1\n');
  await page.waitForFunction(() => /is not a column of the table of areas/.test(document.querySelector('.areas-imported')?.innerText || ''));
  assert.equal(await page.locator('tr[data-area="Yolo"]').count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('Several areas fits a phone without sideways scrolling, before and after the results', async () => {
  for (const size of [PHONE, { width: 375, height: 800 }]) {
    const { page, context, errors } = await openPage(browser, server.url, size);
    await page.goto(new URL('?view=areas&lang=es', server.url).href);
    await page.waitForSelector('[data-areas] #areas-paste', { timeout: 20000 });
    const wide = () => page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth, innerWidth]);
    let [scroll, client, inner] = await wide();
    // the editor's wide table scrolls inside its own frame (its hidden last heading once widened the page)
    assert.ok(scroll <= client && inner <= client, `empty: the page is ${scroll}px wide in ${client}px (layout viewport ${inner}px)`);
    await paste(page, FIVE);
    await page.waitForSelector('[data-areas-total]', { timeout: 20000 });
    [scroll, client, inner] = await wide();
    assert.ok(scroll <= client && inner <= client, `with results: the page is ${scroll}px wide in ${client}px (layout viewport ${inner}px)`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('a long table draws its first 250 rows, and all of them on request', async () => {
  const { page, context, errors } = await openPage(browser, server.url);
  await openAreas(page);
  const rows = ['name,population'];
  for (let i = 0; i < 300; i += 1) rows.push(`Area ${i},${1000 + i * 977}`);
  // the text as a paste puts it in the field (Playwright's fill is slow for long text)
  await page.evaluate((t) => {
    const field = document.querySelector('#areas-paste');
    field.value = t;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }, rows.join('\n'));
  await page.locator('[data-use-pasted]').click();
  await page.waitForSelector('[data-areas-total]', { timeout: 20000 });
  assert.equal(await page.locator('tr[data-area]').count(), 250);
  assert.match(await page.locator('[data-rows-cut]').innerText(), /first 250 of the 300 areas/);
  await page.locator('[data-more-rows]').click();
  await page.waitForFunction(() => document.querySelectorAll('tr[data-area]').length === 300);
  assert.equal(await page.locator('[data-rows-cut]').count(), 0);
  assert.ok((await page.locator('[data-areas-total]').innerText()).startsWith('All 300 areas'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a CSV file opens as the table of areas; a file over 16 MB is refused with the limit, the table kept', async () => {
  const { page, context, errors } = await openPage(browser, server.url);
  await openAreas(page);
  const csv = FIVE.replaceAll('\t', ',');
  await page.locator('[data-open-areas]').setInputFiles({ name: 'counties.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.waitForSelector('tr[data-area="Yolo"]', { timeout: 20000 });
  assert.match(await page.locator('.areas-imported').innerText(), /counties\.csv: areas read: 5; rows left out: 0\./);
  assert.equal(await page.locator('tr[data-area]').count(), 5);
  // 17 MB: refused before it is read, with the limit; the five areas stay
  const big = Buffer.alloc(17 * 1024 * 1024, 'a');
  await page.locator('[data-open-areas]').setInputFiles({ name: 'huge.csv', mimeType: 'text/csv', buffer: big });
  await page.waitForFunction(() => /huge\.csv is larger than 16 MB/.test(document.querySelector('.areas-imported')?.innerText || ''));
  assert.match(await page.locator('.areas-imported').innerText(), /The table was not changed\./);
  assert.equal(await page.locator('tr[data-area]').count(), 5);
  assert.deepEqual(errors, []);
  await context.close();
});
