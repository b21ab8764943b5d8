// End-to-end: "How sure is this?" says where the Roadmap preset's 55 residential beds sit among
// the futures drawn, and "plan for 80% of futures" shows the figures `crisis-plan --preset roadmap
// --confidence 0.8 --format json` gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { serveAndLaunch, openPage, waitForResults, showParts, keptScenario } from './lib.mjs';

let server;
let browser;
serveAndLaunch((s, b) => {
  [server, browser] = [s, b];
});

function crisisPlan(...args) {
  const out = execFileSync('cargo', ['run', '--release', '-q', '--bin', 'crisis-plan', '--', ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out);
}

test('the Roadmap preset: where its 55 beds sit, and the plan at 80% equals the command line', async () => {
  const { page, foreign, errors, context } = await openPage(browser, server.url);
  await page.goto(server.url);
  await waitForResults(page);
  await page.getByLabel('Start from').selectOption('roadmap');
  await showParts(page, 'uncertainty');
  await page.waitForSelector('#uncertainty:not([data-bands-run="0"])', { timeout: 60000 });

  // where the plan's 55 beds sit, and why
  const card = page.locator(".band-card[data-band='residential-beds']");
  const percentile = Number(await card.locator('.band-percentile').getAttribute('data-percentile'));
  assert.ok(percentile > 0 && percentile < 10, `the 55 beds lie below the 10th percentile: ${percentile}`);
  const sentence = (await card.locator('.band-placement').textContent()).trim();
  assert.match(sentence, /^The plan's figure, 55, is below the 10th-to-90th percentile range \(at the \d+(st|nd|rd|th) percentile\)\./);
  assert.match(sentence, /“Share of episodes going to residential crisis care”/);
  assert.match(sentence, /so most futures need more\.$/);

  // plan for 80% of futures: the same draws, no new run
  const runBefore = await page.locator('#uncertainty').getAttribute('data-bands-run');
  await page.selectOption("select[data-path='uncertainty.plan_for']", '80%');
  await page.waitForSelector(".sized-table[data-confidence='0.8']");
  const want = crisisPlan('--preset', 'roadmap', '--confidence', '0.8', '--format', 'json').totals;
  const at = want.at_confidence;
  assert.equal(at.confidence, 0.8);
  const cell = async (key) => Number(await page.locator(`.sized-table tr[data-sized='${key}']`).getAttribute('data-at'));
  const plan = async (key) => Number(await page.locator(`.sized-table tr[data-sized='${key}']`).getAttribute('data-plan'));
  assert.equal(await cell('residential-beds'), at.residential_beds.total);
  assert.equal(await plan('residential-beds'), want.residential_beds.total);
  assert.equal(await cell('receiving-chairs'), at.receiving_chairs.total);
  assert.equal(await cell('mobile-teams'), at.mobile_teams);
  assert.equal(await cell('crisis-line-on-duty'), at.crisis_line_on_duty);
  const cost = Number(await page.locator('.sized-cost').getAttribute('data-annual-cost'));
  assert.ok(Math.abs(cost - at.annual_cost.mid) <= 1e-6 * at.annual_cost.mid, `${cost} vs ${at.annual_cost.mid}`);
  const extra = Number(await page.locator('.sized-cost').getAttribute('data-extra-cost'));
  assert.ok(Math.abs(extra - (at.annual_cost.mid - want.annual_cost.mid)) <= 1e-6 * at.annual_cost.mid);
  assert.ok(at.residential_beds.total > 55);
  // changing the choice did not draw the futures again (the run after it measured no Monte Carlo)
  await page.waitForFunction((before) => document.querySelector('#uncertainty').dataset.bandsRun !== before, runBefore);
  assert.equal(await page.evaluate(() => performance.getEntriesByName('cc-monte-carlo').length), 0);
  // the choice is part of the saved scenario
  await page.waitForTimeout(600);
  const saved = JSON.parse(await keptScenario(page));
  assert.equal(saved.uncertainty.plan_for, '80%');
  assert.deepEqual(foreign, [], 'no requests leave the page');
  assert.deepEqual(errors, [], 'no errors');
  await context.close();
});
