// End-to-end: the main journey of a person, on the release build in headless Chromium: pick a
// preset, type a population, add a program, read the figures, copy the link and open it in a
// new page, save the scenario as a file and open it again, keep two named scenarios and compare
// them, switch language, present, embed, and print. Every check reads what is on the screen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serveAndLaunch, openPage, waitForResults } from './lib.mjs';

let server;
let browser;
serveAndLaunch((s, b) => {
  [server, browser] = [s, b];
});

const figure = async (page, name) =>
  Number(await page.locator(`[data-metric="${name}"]`).getAttribute('data-value'));

async function headline(page) {
  const out = {};
  for (const name of ['residential-beds', 'receiving-chairs', 'mobile-teams', 'crisis-line-staff', 'annual-cost', 'savings']) {
    out[name] = await figure(page, name);
  }
  return out;
}

test('a person builds a scenario, copies its link and the link opens the same figures', async () => {
  const { page, foreign, errors, context } = await openPage(browser, server.url);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
  await page.goto(server.url);
  await waitForResults(page);

  await page.getByLabel('Start from').selectOption('roadmap');
  await page.getByLabel('Population', { exact: true }).fill('640000');
  const cards = page.locator('.mix-program');
  const before = await cards.count();
  await page.getByRole('button', { name: 'Add program' }).first().click();
  assert.equal(await cards.count(), before + 1, 'one program card was added');
  assert.match(await cards.last().getAttribute('aria-label'), new RegExp(`^Program ${before + 1}: `));
  const after = await headline(page);

  await page.getByRole('button', { name: 'Copy link to this scenario' }).click();
  await page.getByText('Link copied').waitFor();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(link.startsWith(server.url) && link.includes('s='), link);

  const second = await context.newPage();
  await second.goto(link);
  await waitForResults(second);
  assert.deepEqual(await headline(second), after, 'the link opens exactly the same figures');
  assert.equal(await second.getByLabel('Population', { exact: true }).inputValue(), '640000');
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a scenario saved as a JSON file opens again with the same figures', async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  await page.goto(server.url);
  await waitForResults(page);
  await page.getByLabel('Population', { exact: true }).fill('432100');
  const want = await headline(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save scenario (JSON)' }).click(),
  ]);
  const file = await download.path();
  const json = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.equal(json.version, 3);
  assert.equal(json.population, 432100);

  const fresh = await openPage(browser, server.url);
  await fresh.page.goto(server.url);
  await waitForResults(fresh.page);
  await fresh.page.locator('input[type=file]').setInputFiles({
    name: download.suggestedFilename(),
    mimeType: 'application/json',
    buffer: fs.readFileSync(file),
  });
  await fresh.page.getByText(`Opened ${download.suggestedFilename()}`).waitFor();
  assert.deepEqual(await headline(fresh.page), want);
  assert.deepEqual(errors, []);
  assert.deepEqual(fresh.errors, []);
  await fresh.context.close();
  await context.close();
});

test('two named scenarios are compared side by side with their differences', async () => {
  const { page, errors, context } = await openPage(browser, server.url, { width: 1280, height: 900 });
  await page.goto(server.url);
  await waitForResults(page);
  await page.locator('#saved-scenarios > summary').click();
  await page.getByLabel('Population', { exact: true }).fill('300000');
  const today = await figure(page, 'residential-beds');
  await page.locator('#library-name').fill('Today');
  await page.getByRole('button', { name: 'Save the scenario on screen' }).click();
  await page.getByLabel('Population', { exact: true }).fill('600000');
  const proposed = await figure(page, 'residential-beds');
  await page.getByLabel('Compare: Today').check();
  await page.locator('.library-compare button').click();
  const row = page.locator('#comparison tr[data-row="residential_beds"]');
  assert.equal(await row.locator('td .value').nth(0).innerText(), String(proposed));
  assert.equal(await row.locator('td .value').nth(1).innerText(), String(today));
  assert.match(await row.locator('.diff').innerText(), new RegExp(`^−${proposed - today}`));
  assert.equal(await page.locator('#comparison svg.compare-chart').count(), 2);

  // the comparison's link opens it on another computer (a fresh browser profile)
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
  await page.getByRole('button', { name: 'Copy link to this comparison' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const other = await openPage(browser, server.url);
  await other.page.goto(link);
  await waitForResults(other.page);
  const row2 = other.page.locator('#comparison tr[data-row="residential_beds"]');
  assert.equal(await row2.locator('td .value').nth(0).innerText(), String(proposed));
  assert.equal(await row2.locator('td .value').nth(1).innerText(), String(today));
  assert.deepEqual(other.errors, []);
  await other.context.close();
  assert.deepEqual(errors, []);
  await context.close();
});

test('the language switch turns the page, its numbers and its money into Spanish and back', async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  await page.goto(server.url);
  await waitForResults(page);
  await page.locator('[data-lang="es"]').click();
  assert.equal(await page.locator('html').getAttribute('lang'), 'es');
  assert.match(await page.locator('h1').innerText(), /Planificador/);
  // money as US Spanish writes it: the dollar sign first, a decimal point, Spanish words
  assert.match(await page.locator('[data-metric="annual-cost"]').innerText(), /^\$\d+\.\d (mil )?millones$/);
  assert.ok(page.url().includes('lang=es'), 'the link keeps the language');
  // a reload keeps the choice
  await page.reload();
  await waitForResults(page);
  assert.equal(await page.locator('html').getAttribute('lang'), 'es');
  await page.locator('[data-lang="en"]').click();
  assert.match(await page.locator('h1').innerText(), /Crisis Continuum Planner/);
  assert.match(await page.locator('[data-metric="annual-cost"]').innerText(), /^\$/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('presentation, embed and print modes show what each audience needs', async () => {
  const { page, errors, context } = await openPage(browser, server.url, { width: 1920, height: 1080 });
  await page.goto(server.url);
  await waitForResults(page);
  const beds = await figure(page, 'residential-beds');
  await page.getByRole('button', { name: 'Present' }).click();
  const dialog = page.getByRole('dialog', { name: 'Presentation' });
  await dialog.waitFor();
  assert.equal(await dialog.locator('[data-present-metric="residential-beds"]').innerText(), String(beds));
  await page.keyboard.press('ArrowRight');
  assert.equal(await dialog.locator('svg').count() > 0, true, 'the second slide is a chart');
  await page.keyboard.press('Escape');
  assert.equal(await page.getByRole('dialog', { name: 'Presentation' }).count(), 0);

  // print emulation: no controls, the inputs table with sources. The parts that load on demand
  // are fetched before printing: Ctrl+P waits for them, then prints
  assert.equal(await page.locator('.print-inputs').count(), 0, 'the printed inputs load only for paper');
  await page.keyboard.press('Control+p');
  await page.locator('.print-inputs').waitFor({ state: 'attached' });
  for (const part of ['detail', 'today', 'uncertainty', 'criteria', 'more', 'print']) {
    assert.equal(await page.locator(`.deferred[data-part="${part}"][data-waiting]`).count(), 0, `${part} is on the page for printing`);
  }
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.share-bar').isVisible(), false);
  assert.equal(await page.locator('.print-inputs').isVisible(), true);
  assert.match(await page.locator('.print-inputs').innerText(), /Population/);
  await page.emulateMedia({ media: 'screen' });

  // embed mode: no site chrome, the figures still there
  const embedded = await context.newPage();
  await embedded.goto(server.url + '?embed=1');
  await waitForResults(embedded);
  assert.equal(await embedded.locator('.site-header').count(), 0);
  assert.equal(await embedded.locator('.share-bar').count(), 0);
  assert.equal(await embedded.locator('.library').count(), 0);
  assert.equal(await figure(embedded, 'residential-beds'), beds);
  assert.deepEqual(errors, []);
  await context.close();
});
