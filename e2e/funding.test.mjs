// End-to-end: "Who pays" on the release build, opened from a saved scenario's link, shows the
// same figures as the `crisis-plan` command given the same scenario; a bad funding input shows its
// message by the field and keeps the last figures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { serveAndLaunch, openPage, waitForResults, showParts } from './lib.mjs';

let server;
let browser;
serveAndLaunch((s, b) => {
  [server, browser] = [s, b];
});

/** The command line's JSON for a scenario (the debug build cargo keeps). */
function crisisPlan(scenarioJson) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccp-funding-'));
  const file = path.join(dir, 'scenario.json');
  fs.writeFileSync(file, scenarioJson);
  try {
    const out = execFileSync('cargo', ['run', '-q', '-p', 'crisis-model', '--bin', 'crisis-plan', '--', '--scenario', file, '--format', 'json'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    return JSON.parse(out);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Dollars as the page writes them (the model's `Format::currency`, US style). */
const dollars = (x) => `${x < 0 && Math.round(Math.abs(x)) > 0 ? '-' : ''}$${Math.round(Math.abs(x)).toLocaleString('en-US')}`;

// a scenario as a saved link holds it: what differs from its preset
const scenario = {
  version: 1,
  preset: 'crisis-now',
  place_name: 'Test County',
  funding: {
    fmap: 0.62,
    enhanced_mobile: true,
    adult: { medicaid: 0.5, uninsured: 0.2 },
    rates: { residential: { medicaid: 0.8 } },
    levy: { amount: 1500000, service: 'residential' },
    fees_988: { amount: 300000, service: 'crisis-line' },
  },
};
const linkText = Buffer.from(JSON.stringify(scenario)).toString('base64url');

test('a saved link opens "Who pays" with the command line\'s figures', async () => {
  const want = crisisPlan(JSON.stringify(scenario));
  const { page, foreign, errors, context } = await openPage(browser, server.url);
  await page.goto(`${server.url}?s=${linkText}`);
  await waitForResults(page);
  await showParts(page, 'funding');

  // the payers add up to the annual cost, on the page as in the command line
  const total = want.totals.annual_cost.mid;
  const sum = want.funding.by_payer.reduce((a, p) => a + p.annual.mid, 0);
  assert.ok(Math.abs(sum - total) <= 1, `${sum} != ${total}`);
  for (const p of want.funding.by_payer) {
    const cell = (await page.locator(`[data-payer="${p.payer}"]`).textContent()).trim();
    assert.equal(cell, dollars(p.annual.mid), p.payer);
  }
  for (const level of ['federal', 'state', 'local', 'private']) {
    const c = (await page.locator(`[data-level-continuum="${level}"]`).textContent()).trim();
    const h = (await page.locator(`[data-level-hospital="${level}"]`).textContent()).trim();
    assert.equal(c, dollars(want.funding.by_level[level].mid), level);
    assert.equal(h, dollars(want.funding.hospital_only.by_level[level].mid), level);
  }
  const card = async (id) => (await page.locator(`[data-funding="${id}"]`).textContent()).trim();
  assert.equal(await card('county-net'), dollars(want.funding.county.net_cost.mid));
  assert.equal(await card('state-net'), dollars(want.funding.state.net_cost.mid));
  assert.equal(await card('county-savings'), dollars(want.funding.county.savings.mid));
  assert.equal(await card('state-savings'), dollars(want.funding.state.savings.mid));
  // every service's row, and its cost-based rate
  const services = want.funding.services;
  assert.equal(await page.locator('.who-pays-services tbody tr').count(), services.length);
  const program = services.find((s) => s.key === 'adult.programs[0]');
  const rate = (await page.locator('[data-rate="adult.programs[0]"]').textContent()).trim();
  assert.equal(rate, `${dollars(program.cost_based_rate.mid)} per occupied bed-day`);
  // the chart has a bar a level for each world
  assert.equal(await page.locator('.who-pays-chart rect[data-level]').count(), 8);
  // the inputs came from the link
  await page.locator('.funding-inputs > summary').click();
  assert.equal(await page.locator("input[data-path='funding.fmap']").inputValue(), '62');
  assert.equal(await page.locator("input[data-path='funding.enhanced_mobile']").isChecked(), true);
  assert.equal(await page.locator("select[data-path='funding.levy.service']").inputValue(), 'residential');

  // a bad input: the message by its field, the figures kept
  const before = await card('county-net');
  await page.locator("input[data-path='funding.fmap']").fill('40');
  await page.locator("input[data-path='funding.fmap']").blur();
  await page.waitForSelector("text=A federal share must be from 50% to 100%.");
  assert.equal(await card('county-net'), before);
  await page.locator("input[data-path='funding.adult.medicaid']").fill('60');
  await page.waitForSelector('[data-problem="funding.adult"]');
  assert.match(await page.locator('[data-problem="funding.adult"]').textContent(), /must add up to 100%/);

  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the board summary carries who pays and still prints on one Letter page', async () => {
  // with today's capacity on, the summary's longest form
  const withGap = { ...scenario, inventory: { enabled: true, residential: { 'high-medical': { capacity: 8 } }, mobile: { capacity: 2 } } };
  const want = crisisPlan(JSON.stringify(withGap));
  const { page, errors, context } = await openPage(browser, server.url);
  await page.goto(`${server.url}?s=${Buffer.from(JSON.stringify(withGap)).toString('base64url')}`);
  await waitForResults(page);
  await showParts(page, 'criteria');
  const block = page.locator('#board-summary .summary-funding');
  await block.waitFor();
  const text = (await block.textContent()).trim();
  assert.match(text, /^Who pays: Of \$[\d.]+ million a year: federal /);
  const total = want.funding.by_payer.reduce((a, p) => a + p.annual.mid, 0);
  assert.ok(text.includes(`$${(total / 1e6).toFixed(1)} million`), text);
  await page.evaluate(() => document.documentElement.classList.add('print-summary'));
  await page.emulateMedia({ media: 'print' });
  const pdf = (await page.pdf({ format: 'Letter' })).toString('latin1');
  assert.equal(pdf.match(/\/Type\s*\/Page\b/g).length, 1, 'the summary prints on one Letter page');
  assert.deepEqual(errors, []);
  await context.close();
});

test('in Spanish, the same figures', async () => {
  const want = crisisPlan(JSON.stringify(scenario));
  const { page, errors, context } = await openPage(browser, server.url);
  await page.goto(`${server.url}?lang=es&s=${linkText}`);
  await waitForResults(page);
  await showParts(page, 'funding');
  assert.match(await page.locator('#funding-title').textContent(), /Quién paga/);
  const medicaid = want.funding.by_payer.find((p) => p.payer === 'medicaid');
  assert.equal((await page.locator('[data-payer="medicaid"]').textContent()).trim(), dollars(medicaid.annual.mid));
  assert.match(await page.locator('[data-rate="adult.programs[0]"]').textContent(), /por día-cama ocupado/);
  assert.deepEqual(errors, []);
  await context.close();
});
