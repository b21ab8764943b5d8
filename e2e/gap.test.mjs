// End-to-end: today's capacity, the gap, the self-assessment and the board summary on the release
// build, checked against the `crisis-plan` command given the very scenario the page saved.
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

/** The command line's JSON for a scenario file. */
function crisisPlan(scenarioJson) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccp-gap-'));
  const file = path.join(dir, 'scenario.json');
  fs.writeFileSync(file, scenarioJson);
  try {
    const out = execFileSync('cargo', ['run', '--release', '-q', '--bin', 'crisis-plan', '--', '--scenario', file, '--format', 'json'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    return JSON.parse(out);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test('a person enters today\'s beds and a score; the page shows the command line\'s gap and judgement', async () => {
  const { page, foreign, errors, context } = await openPage(browser, server.url);
  await page.goto(server.url);
  await waitForResults(page);

  await page.getByLabel('Start from').selectOption('roadmap');
  await showParts(page, 'today', 'criteria');
  await page.getByLabel('Compare the plan with what this community has today').check();
  const beds = page.locator("input[data-path='inventory.residential.typical.capacity']");
  await beds.fill('18');
  await page.locator("input[data-path='inventory.mobile.capacity']").fill('2');
  await page.selectOption("select[data-path='assessment.scores.criterion-5']", '3');

  // what the page keeps is what the command line is given
  await page.waitForTimeout(600);
  // each tab keeps its own scenario (src/shell/kept.rs)
  const saved = await page.evaluate(() => {
    const key = `crisis-continuum-planner.scenario.v1.tab-${sessionStorage.getItem('crisis-continuum-planner.tab')}`;
    return JSON.stringify(JSON.parse(localStorage.getItem(key)).scenario);
  });
  const want = crisisPlan(saved);
  assert.ok(want.gap, 'the command line computes the gap of the saved scenario');

  const typical = want.gap.rows.find((r) => r.key === 'residential.typical');
  const sentence = (await page.locator(".gap-sentences li[data-key='residential.typical']").textContent()).trim();
  assert.equal(sentence, typical.sentence);
  assert.match(sentence, /^You have 18 crisis residential beds; .* needs 55: today's 18 beds would be full/);
  assert.equal(await page.locator('.gap-table tbody tr').count(), want.gap.rows.length);
  assert.equal(await page.locator('.gap-chart .gap-row').count(), want.gap.rows.length);
  const mobile = want.gap.rows.find((r) => r.key === 'mobile');
  assert.equal(
    (await page.locator(".gap-table tr[data-key='mobile'] [data-col=today]").textContent()).trim(),
    `${mobile.today} teams`,
  );

  // the self-assessment: the score, and the model's judgement of criterion 5 beside it
  const judged = want.self_assessment.rows.find((r) => r.item.id === 'criterion-5');
  const verdict = await page.locator('[data-item=criterion-5] .judgement').getAttribute('data-verdict');
  assert.equal(verdict, judged.judgement.verdict);
  const summaryScore = page.locator('[data-testid=board-summary] .summary-scores tr[data-item=criterion-5] td').first();
  assert.equal((await summaryScore.textContent()).trim(), '3 · Early implementation');

  // "Print this summary": on paper, the summary alone
  await page.evaluate(() => document.documentElement.classList.add('print-summary'));
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('#board-summary').isVisible(), true);
  for (const other of ['#results', '#today', '#criteria', '.inputs', 'header.site-header']) {
    assert.equal(await page.locator(other).first().isVisible(), false, `${other} is not printed with the summary`);
  }
  const pdf = (await page.pdf({ format: 'Letter' })).toString('latin1');
  assert.equal(pdf.match(/\/Type\s*\/Page\b/g).length, 1, 'the summary prints on one Letter page');
  const lead = (await page.locator('#board-summary .summary-lead').textContent()).trim();
  assert.match(lead, /^To meet the need this community would add .* a year \(.* to .*\)\.$/);

  assert.deepEqual(foreign, [], 'no request to any other host');
  assert.deepEqual(errors, [], 'no error in the console');
  await context.close();
});
