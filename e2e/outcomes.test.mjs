// End-to-end: "What the continuum averts" on the release build equals `crisis-plan` for the
// scenario the page saved (outcomes and benchmarks), also after a rate is edited; a rejected rate
// shows its message by the field and keeps the figures; the methods page has its own address,
// lists every input and prints on Letter paper with nothing cut off; the presentation's slide.
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

/** The outcome table's figures against the command line's outcomes. */
async function sameOutcomes(page, want) {
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
  await sameOutcomes(page, want);
  assert.equal(await page.locator('.benchmark-table tbody tr').count(), want.benchmarks.length);
  for (const b of want.benchmarks) {
    const plan = (await page.locator(`.benchmark-table tr[data-benchmark='${b.id}'] td.num`).nth(1).textContent()).trim();
    const shown = b.unit === 'share' ? `${us(Math.round(b.comparable * 1000) / 10, 1).replace(/\.0$/, '')}%` : us(b.comparable, 1);
    assert.ok(plan.startsWith(shown), `${b.id}: ${plan} against ${shown}`);
    assert.ok(plan.includes(`(${b.position})`), `${b.id}: ${plan}`);
  }
  // counter-evidence beside the figures
  assert.match(await page.locator('.counter-evidence').textContent(), /Mark et al\., Crisis 2025/);

  // the benchmarks chart: a row per benchmark, the plan's dot inside its band when within it
  assert.equal(await page.locator('svg.benchmark-chart .benchmark-row').count(), want.benchmarks.length);
  for (const b of want.benchmarks) {
    const row = page.locator(`svg.benchmark-chart .benchmark-row[data-benchmark='${b.id}']`);
    assert.equal(await row.getAttribute('data-position'), b.position);
  }
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
});

test('editing a rate changes the figures as the command line does; a rejected rate keeps them', async () => {
  const { page, foreign, errors } = await openPage(browser, server.url);
  await page.goto(server.url);
  await waitForResults(page);
  await page.getByLabel('Start from').selectOption('roadmap');
  await showParts(page, 'outcomes');
  const police = page.locator(".outcome-table tr[data-outcome='police-hours'] td.num");
  await police.waitFor();
  // the section follows the preset once the change settles (after typing pauses)
  await page.waitForFunction(() => /^6,600 /.test(document.querySelector(".outcome-table tr[data-outcome='police-hours'] td.num")?.textContent ?? ''));
  assert.match(await police.textContent(), /^6,600 \(3,000-37,600\) hours/);

  // the rates: each with its source or assumption, and its low and high ends
  await page.getByText('Change the rates').click();
  const row = page.locator(".rate-row[data-rate='police_share']");
  assert.match(await row.locator('.rate-source').textContent(), /^Assumption: 30% \(20-40%\)/);
  const share = page.locator("input[data-path='outcomes.police_share']");
  await share.fill('35');
  await page.waitForFunction(
    () => /^7,700 /.test(document.querySelector(".outcome-table tr[data-outcome='police-hours'] td.num").textContent.trim()),
  );
  await page.waitForTimeout(700);
  const saved = await keptScenario(page);
  assert.equal(JSON.parse(saved).outcomes.police_share, 0.35);
  const want = JSON.parse(crisisPlan(saved, ['--format', 'json']));
  await sameOutcomes(page, want);
  // the uncertainty section's bands of the police hours use the same rates
  const mc = want.uncertainty?.police_hours;
  if (mc) assert.ok(Math.abs(mc.base - want.outcomes.find((o) => o.id === 'police-hours').annual.mid) < 1e-6);

  // a share above 100%: the message by the field, the figures kept, the command line refuses it
  const before = (await police.textContent()).trim();
  await share.fill('150');
  const message = row.locator('.field-error');
  await message.waitFor();
  assert.match(await message.textContent(), /A share must be from 0% to 100%/);
  assert.equal(await share.getAttribute('aria-invalid'), 'true');
  await page.waitForTimeout(700);
  assert.equal((await police.textContent()).trim(), before, 'the last figures are kept');
  // a low end above its high end
  await share.fill('35');
  await message.waitFor({ state: 'detached' });
  await page.locator("input[data-path='outcomes.police_share_low']").fill('45');
  await row.locator('.field-error').waitFor();
  assert.match(await row.locator('.field-error').textContent(), /low end must not be above the high end/);
  // in Spanish, the same message in Spanish
  await page.locator("button[data-lang='es']").click();
  await page.waitForFunction(() => /extremo bajo/.test(document.querySelector(".rate-row[data-rate='police_share'] .field-error")?.textContent ?? ''));
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
});

test('the methods page has its own address, lists every input and prints on Letter with nothing cut off', async () => {
  const { page, foreign, errors } = await openPage(browser, server.url, { width: 1280, height: 900 });
  await page.goto(server.url);
  await waitForResults(page);
  await page.getByLabel('Start from').selectOption('roadmap');
  await page.waitForTimeout(700);
  const saved = await keptScenario(page);
  // every "How is this calculated?" and the footer link to it
  await showParts(page, 'detail');
  const link = page.locator('.explain-list a.methods-link');
  assert.match(await link.getAttribute('href'), /[?&]view=methods/);
  assert.ok((await page.locator('footer a.methods-link').count()) === 1);
  await link.click();
  const doc = page.locator('article#methods');
  await doc.locator('.methods-inputs tbody tr').first().waitFor();
  assert.match(page.url(), /[?&]view=methods/);
  assert.equal(await page.locator('main#main').isVisible(), false, 'the planner is hidden');
  const md = crisisPlan(saved, ['--methods']);
  const inputs = md.split('\n## ')[2];
  const paths = [...inputs.matchAll(/^\| [^|]* \| `([^`]+)` \|/gm)].map((m) => m[1]);
  assert.ok(paths.length > 60, `${paths.length} inputs`);
  const onPage = await doc.locator('.methods-inputs tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.path));
  assert.deepEqual(onPage, paths);
  assert.equal(await doc.locator("li[data-passed='true']").count(), 4);
  // Back returns to the planner
  await page.goBack();
  await page.locator('main#main').waitFor({ state: 'visible' });
  assert.equal(await doc.count(), 0);

  // the address opened on its own: the methods page, in the language of the address
  await page.goto(`${server.url}?${new URL(page.url()).searchParams.toString()}&view=methods&lang=es`);
  await page.locator('article#methods .methods-inputs tbody tr').first().waitFor();
  assert.match(await page.locator('#methods-title').textContent(), /métodos/);
  // on Letter paper (8.5 in, 816 px less the margins) nothing runs past the page's edge
  await page.setViewportSize({ width: 720, height: 1000 });
  await page.emulateMedia({ media: 'print' });
  const over = await page.locator('article#methods').evaluate((a) => {
    const edge = a.getBoundingClientRect().right + 1;
    return [...a.querySelectorAll('*')]
      .filter((el) => el.getClientRects().length > 0 && el.getBoundingClientRect().right > edge)
      .map((el) => `${el.tagName}.${el.className}: ${el.textContent.slice(0, 40)}`);
  });
  assert.deepEqual(over, [], 'nothing wider than the page');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 721), 'no sideways overflow');
  const pdf = (await page.pdf({ format: 'Letter' })).toString('latin1');
  assert.ok(pdf.match(/\/Type\s*\/Page\b/g).length >= 2, 'the methods print on Letter pages');
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
});

test('the presentation has a slide of what the continuum averts', async () => {
  const { page, foreign, errors } = await openPage(browser, server.url, { width: 1920, height: 1080 });
  await page.goto(server.url);
  await waitForResults(page);
  await page.getByLabel('Start from').selectOption('roadmap');
  await page.getByRole('button', { name: 'Present' }).click();
  const dialog = page.getByRole('dialog', { name: 'Presentation' });
  await dialog.waitFor();
  for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowRight');
  assert.match(await dialog.locator('.present-foot span').innerText(), /^Slide 6 of 8 /);
  assert.match(await dialog.locator('h2').innerText(), /What the continuum averts/);
  assert.equal(
    (await dialog.locator("[data-present-outcome='police-hours'] .value").innerText()).trim(),
    '6,600 (3,000-37,600) hours a year',
  );
  assert.match(await dialog.locator('.counter-evidence').innerText(), /Crisis 2025/);
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
});

test('the board summary carries what the continuum averts and still prints on one Letter page', async () => {
  const { page, foreign, errors } = await openPage(browser, server.url);
  await page.goto(server.url);
  await waitForResults(page);
  // the default scenario (both streams) with today's capacity on: the summary's longest form
  await showParts(page, 'today', 'criteria');
  await page.getByLabel('Compare the plan with what this community has today').check();
  await page.locator("input[data-path='inventory.mobile.capacity']").fill('2');
  await page.waitForTimeout(700);
  const want = JSON.parse(crisisPlan(await keptScenario(page), ['--format', 'json']));
  const line = page.locator('#board-summary .summary-outcomes');
  await line.waitFor();
  const text = (await line.textContent()).trim();
  const police = want.outcomes.find((o) => o.id === 'police-hours').annual;
  const round = (x) => Math.round(x).toLocaleString('en-US');
  assert.ok(text.includes(`${round(police.mid)} (${round(police.low)}-${round(police.high)}) hours a year (assumption)`), text);
  assert.match(text, /^What the continuum averts, a year: Emergency-department hours not spent: /);
  await page.evaluate(() => document.documentElement.classList.add('print-summary'));
  await page.emulateMedia({ media: 'print' });
  const pdf = (await page.pdf({ format: 'Letter' })).toString('latin1');
  assert.equal(pdf.match(/\/Type\s*\/Page\b/g).length, 1, 'the summary prints on one Letter page');
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
});
