// End-to-end: "Who pays" on the release build, opened from a saved scenario's link, shows the
// same figures as the `crisis-plan` command given the same scenario; a bad funding input shows its
// message by the field and keeps the last figures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { serveAndLaunch, openPage, waitForResults, showParts, keptScenario } from './lib.mjs';

let server;
let browser;
serveAndLaunch((s, b) => {
  [server, browser] = [s, b];
});

/** The command line's JSON for a scenario (the debug build cargo keeps). */
function crisisPlan(scenarioJson, ...more) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccp-funding-'));
  const file = path.join(dir, 'scenario.json');
  fs.writeFileSync(file, scenarioJson);
  try {
    const out = execFileSync('cargo', ['run', '-q', '-p', 'crisis-model', '--bin', 'crisis-plan', '--', '--scenario', file, '--format', 'json', ...more], {
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

/** The county's band on the page: (p10, p90) as the model wrote them. */
async function countyBand(page) {
  const el = page.locator(".band-card[data-band='county-net'] .band-range");
  return [Number(await el.getAttribute('data-p10')), Number(await el.getAttribute('data-p90'))];
}

test('ranges typed in who pays widen the county\'s band and lead its tornado, as the command line says', async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  await page.goto(`${server.url}?s=${linkText}`);
  await waitForResults(page);
  await showParts(page, 'funding', 'uncertainty');
  await page.waitForSelector('#uncertainty:not([data-bands-run="0"])', { timeout: 60000 });
  await page.locator(".band-card[data-band='county-net'] .band-range").waitFor();
  const [p10, p90] = await countyBand(page);
  const run = await page.locator('#uncertainty').getAttribute('data-bands-run');

  // a person gives the state's part of public general funds a range, 30% to 70%
  await page.locator('.funding-inputs > summary').click();
  await page.locator('.funding-ranges > summary').click();
  const low = page.locator("input[data-path='funding.ranges.state_share_of_public.low']");
  const high = page.locator("input[data-path='funding.ranges.state_share_of_public.high']");
  assert.equal(await low.inputValue(), '50');
  await low.fill('30');
  await high.fill('70');
  await high.blur();
  await page.waitForFunction((r) => {
    const s = document.querySelector('#uncertainty');
    const b = document.querySelector(".band-card[data-band='county-net'] .band-range");
    return s && b && s.getAttribute('data-bands-run') !== r && Number(s.getAttribute('data-bands-run')) > Number(r);
  }, run, { timeout: 60000 });
  await page.waitForFunction((w) => {
    const b = document.querySelector(".band-card[data-band='county-net'] .band-range");
    return b && Number(b.getAttribute('data-p90')) - Number(b.getAttribute('data-p10')) > w;
  }, p90 - p10, { timeout: 60000 });
  const [q10, q90] = await countyBand(page);
  assert.ok(q90 - q10 > p90 - p10, `${q90 - q10} > ${p90 - p10}`);

  // the same scenario in the command line: the same band, and the same tornado by the county
  const kept = JSON.parse(await keptScenario(page));
  assert.deepEqual(kept.funding.ranges, { 'state_share_of_public.low': 0.3, 'state_share_of_public.high': 0.7 });
  const want = crisisPlan(JSON.stringify(kept), '--uncertainty');
  const band = want.uncertainty.monte_carlo.county_net;
  assert.equal(q10, band.p10);
  assert.equal(q90, band.p90);
  const rows = [...want.uncertainty.tornado.rows].sort((a, b) => {
    const sa = Math.abs(a.at_high.county_net - a.at_low.county_net);
    const sb = Math.abs(b.at_high.county_net - b.at_low.county_net);
    return sb - sa || b.cost_swing - a.cost_swing;
  });
  assert.equal(rows[0].input, 'funding.state_share_of_public');
  await page.locator("button[data-order='county-net']").click();
  const first = page.locator('svg.tornado .tornado-row').first();
  assert.equal(await first.getAttribute('data-input'), rows[0].input);
  assert.match(await first.textContent(), /Who pays: State's part of public general funds/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the main "Save results (CSV)" carries who pays\' rows, loading them when pressed', async () => {
  const want = crisisPlan(JSON.stringify(scenario));
  const { page, errors, context } = await openPage(browser, server.url);
  await page.goto(`${server.url}?s=${linkText}`);
  await waitForResults(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save results (CSV)', exact: true }).click(),
  ]);
  const csv = fs.readFileSync(await download.path(), 'utf8');
  const row = (measure) => csv.split('\r\n').find((l) => l.split(',')[2] === `"${measure}"`);
  assert.ok(csv.includes('"population"'), 'the results themselves');
  const county = row('county: net cost');
  assert.ok(county, csv.slice(-800));
  assert.ok(Math.abs(Number(county.split(',')[3]) - want.funding.county.net_cost.mid) < 0.01, county);
  const medicaid = want.funding.by_payer.find((p) => p.payer === 'medicaid');
  assert.ok(Math.abs(Number(row('Medicaid and CHIP').split(',')[3]) - medicaid.annual.mid) < 0.01);
  assert.deepEqual(errors, []);
  await context.close();
});

test('each residential program type has its own payers\' rates, and the page agrees with the command line', async () => {
  // a saved link with peer respite paid at 40% by Medicaid (the other types at the defaults)
  const typed = { ...scenario, funding: { ...scenario.funding, rates: { residential: { 'peer-respite': { medicaid: 0.4 } } } } };
  const { page, errors, context } = await openPage(browser, server.url);
  await page.goto(`${server.url}?s=${Buffer.from(JSON.stringify(typed)).toString('base64url')}`);
  await waitForResults(page);
  await showParts(page, 'funding');
  const medicaidOf = async (key) => (await page.locator(`[data-service="${key}"] td:nth-of-type(2)`).textContent()).trim();
  let want = crisisPlan(JSON.stringify(typed));
  const rows = Object.fromEntries(want.funding.services.map((r) => [r.key, r]));
  const peer = Object.values(rows).find((r) => r.program_kind === 'peer-respite');
  const high = Object.values(rows).find((r) => r.program_kind === 'high-medical');
  assert.equal(peer.rates.find((c) => c.payer === 'medicaid').rate, 0.4);
  assert.equal(high.rates.find((c) => c.payer === 'medicaid').rate, 1);
  for (const r of [peer, high]) {
    assert.equal(await medicaidOf(r.key), dollars(r.by_payer.find((p) => p.payer === 'medicaid').annual.mid), r.key);
  }

  // a person sets the SUD programs' Medicaid rate to 60%: the figures follow once typing pauses
  await page.locator('.funding-inputs > summary').click();
  assert.equal(await page.locator("input[data-path='funding.rates.residential.peer-respite.medicaid']").inputValue(), '40');
  const before = (await page.locator('[data-payer="medicaid"]').textContent()).trim();
  const sud = page.locator("input[data-path='funding.rates.residential.sud.medicaid']");
  await sud.fill('60');
  await sud.blur();
  await page.waitForFunction((b) => document.querySelector('[data-payer="medicaid"]').textContent.trim() !== b, before);
  const kept = JSON.parse(await keptScenario(page));
  assert.equal(kept.funding.rates.residential.sud.medicaid, 0.6);
  assert.equal(kept.funding.rates.residential['living-room'].medicaid, 1);
  want = crisisPlan(JSON.stringify(kept));
  const medicaid = want.funding.by_payer.find((p) => p.payer === 'medicaid');
  assert.equal((await page.locator('[data-payer="medicaid"]').textContent()).trim(), dollars(medicaid.annual.mid));
  assert.equal(await page.locator('[data-funding="county-net"]').textContent().then((t) => t.trim()), dollars(want.funding.county.net_cost.mid));
  assert.deepEqual(errors, []);
  await context.close();
});
