// End-to-end: "What the continuum averts" on the release build equals `crisis-plan` for the
// scenario the page saved (outcomes and benchmarks), and the methods document lists every input.
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

/** `crisis-plan` on a scenario file, with more arguments. */
function crisisPlan(scenarioJson, args) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccp-outcomes-'));
  const file = path.join(dir, 'scenario.json');
  fs.writeFileSync(file, scenarioJson);
  try {
    return execFileSync('cargo', ['run', '--release', '-q', '--bin', 'crisis-plan', '--', '--scenario', file, ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const us = (x, places) => x.toLocaleString('en-US', { minimumFractionDigits: places, maximumFractionDigits: places });

test('the page shows the command line\'s outcomes, benchmarks and every input of the methods', async () => {
  const { page, foreign, errors } = await openPage(browser, server.url);
  await page.goto(server.url);
  await waitForResults(page);
  await page.getByLabel('Start from').selectOption('roadmap');
  await showParts(page, 'outcomes');
  await page.waitForTimeout(700);
  await page.locator('.outcome-table tbody tr').first().waitFor();

  const saved = await keptScenario(page);
  const want = JSON.parse(crisisPlan(saved, ['--format', 'json']));
  assert.equal(await page.locator('.outcome-table tbody tr').count(), want.outcomes.length);
  for (const o of want.outcomes) {
    const row = page.locator(`.outcome-table tr[data-outcome='${o.id}']`);
    const figure = (await row.locator('td.num').textContent()).trim();
    const places = o.unit === 'officers' ? 1 : 0;
    const mid = Math.round(o.annual.mid * 10 ** places) / 10 ** places;
    const expected = mid.toLocaleString('en-US', { maximumFractionDigits: places });
    assert.ok(figure.startsWith(`${expected} `), `${o.id}: ${figure} against ${expected}`);
    const badge = row.locator('.badge');
    assert.match(await badge.getAttribute('class'), new RegExp(`evidence-${o.evidence}`));
  }
  assert.equal(await page.locator('.benchmark-table tbody tr').count(), want.benchmarks.length);
  for (const b of want.benchmarks) {
    const plan = (await page.locator(`.benchmark-table tr[data-benchmark='${b.id}'] td.num`).nth(1).textContent()).trim();
    const shown = b.unit === 'share' ? `${us(Math.round(b.comparable * 1000) / 10, 1).replace(/\.0$/, '')}%` : us(b.comparable, 1);
    assert.ok(plan.startsWith(shown), `${b.id}: ${plan} against ${shown}`);
    assert.ok(plan.includes(`(${b.position})`), `${b.id}: ${plan}`);
  }
  // counter-evidence beside the figures
  assert.match(await page.locator('.counter-evidence').textContent(), /Mark et al\., Crisis 2025/);

  // the methods document: every input the command line's methods list, on the page too
  await page.locator('#methods summary').click();
  await page.locator('#methods .methods-inputs tbody tr').first().waitFor();
  const md = crisisPlan(saved, ['--methods']);
  const inputs = md.split('\n## ')[2];
  const paths = [...inputs.matchAll(/^\| [^|]* \| `([^`]+)` \|/gm)].map((m) => m[1]);
  assert.ok(paths.length > 60, `${paths.length} inputs`);
  const onPage = await page.locator('#methods .methods-inputs tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.path));
  assert.deepEqual(onPage, paths);
  assert.equal(await page.locator("#methods li[data-passed='true']").count(), 4);
  // the footer links to it
  assert.equal(await page.locator("footer a[href='#methods']").count(), 1);
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
});
