// End-to-end: the build-out plan on the release build. A person opens the plan, asks for the
// suggested phasing and a six-year plan; the page's year table and sentences equal what
// `crisis-plan --years 6` prints for the very scenario the page saved.
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

/** The command line's table output for a scenario file and a number of years. */
function crisisPlan(scenarioJson, years, format) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccp-buildout-'));
  const file = path.join(dir, 'scenario.json');
  fs.writeFileSync(file, scenarioJson);
  try {
    return execFileSync(
      'cargo',
      ['run', '--release', '-q', '--bin', 'crisis-plan', '--', '--scenario', file, '--years', String(years), '--format', format],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The year table of the command line's text output: header and rows, cells split at 2+ spaces. */
function cliTable(text) {
  const lines = text.split('\n');
  const at = lines.indexOf('Build-out plan, year by year');
  assert.ok(at >= 0, 'the command line prints the plan');
  const rows = [];
  for (const line of lines.slice(at + 1)) {
    if (!line.trim()) break;
    rows.push(line.trim().split(/\s{2,}/));
  }
  return { header: rows[0], rows: rows.slice(1) };
}

test('the page\'s year table is the command line\'s for the same saved scenario', async () => {
  const { page, foreign, errors, context } = await openPage(browser, server.url);
  await page.goto(server.url);
  await waitForResults(page);
  await showParts(page, 'today');
  await page.locator("input[data-path='buildout.horizon_years']").fill('6');
  await page.getByTestId('suggest-phasing').click();
  assert.match(await page.getByTestId('phasing-rule').textContent(), /per dollar open first/);
  // the additions the phasing chose are fields of their own
  await page.waitForSelector("input[data-path^='buildout.additions.']");
  await page.waitForFunction(() => document.querySelectorAll('#buildout [data-testid=buildout-table] tbody tr').length === 6);
  await page.waitForTimeout(800);

  const saved = await keptScenario(page);
  assert.match(saved, /"buildout"/);
  const cli = cliTable(crisisPlan(saved, 6, 'table'));
  const header = await page.locator('#buildout [data-testid=buildout-table] thead th').allTextContents();
  assert.deepEqual(header.map((h) => h.trim()), cli.header);
  const rows = await page.locator('#buildout [data-testid=buildout-table] tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [...tr.children].map((c) => c.textContent.trim())));
  assert.equal(rows.length, 6);
  assert.deepEqual(rows, cli.rows);

  const json = JSON.parse(crisisPlan(saved, 6, 'json'));
  const sentences = await page.locator('[data-testid=buildout-sentences] li').allTextContents();
  assert.deepEqual(sentences.map((s) => s.trim()), json.buildout.years.map((y) => y.sentence));
  assert.equal((await page.getByTestId('break-even').textContent()).trim(), json.buildout.break_even_sentence);
  assert.ok(json.buildout.years.some((y) => y.startup_cost.mid > 0), 'the phasing opens something');

  // a bad horizon is said next to its field; the plan stays
  await page.locator("input[data-path='buildout.horizon_years']").fill('25');
  await page.getByText('The plan must cover a whole number of years from 1 to 20.').waitFor();
  assert.equal(await page.locator('#buildout [data-testid=buildout-table] tbody tr').count(), 6);
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
  await context.close();
});
