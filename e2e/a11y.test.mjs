// Accessibility on the release build: an automated audit with axe-core (loaded into the page by
// this test only; the app never ships it) on the main page (at laptop and phone width), presentation mode, embed mode, the
// Spanish page, the comparison, today's capacity with the gap and the self-assessment, and "Several areas"
// with its results (both views of its table, both languages, laptop and phone), failing on any "serious" or "critical" violation; and a
// keyboard-only walk through the main task.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { serveAndLaunch, openPage, waitForResults, showParts, SCROLLED_PARTS, PHONE } from './lib.mjs';

const require = createRequire(import.meta.url);
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let server;
let browser;
serveAndLaunch((s, b) => {
  [server, browser] = [s, b];
});

/** Run axe in the page; return the serious and critical violations, readably. */
async function audit(page) {
  // the page's Content Security Policy refuses inline script, so axe is evaluated by the
  // browser's devtools channel (page.evaluate), which the policy does not govern
  await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

function report(violations) {
  return violations.map((v) => `${v.impact} ${v.id}: ${v.help}\n    ${v.nodes.join('\n    ')}`).join('\n');
}

test('axe finds no serious or critical violation in any mode', async () => {
  const { page, context, errors } = await openPage(browser, server.url, { width: 1280, height: 900 });
  for (const query of ['', '?lang=es', '?embed=1', '?embed=1&lock=1&edit=population']) {
    await page.goto(server.url + query);
    await waitForResults(page);
    await showParts(page, ...SCROLLED_PARTS);
    const found = await audit(page);
    assert.deepEqual(found, [], `page ${query || '(main)'}:\n${report(found)}`);
  }
  // presentation mode
  await page.goto(server.url);
  await waitForResults(page);
  await page.getByRole('button', { name: 'Present' }).click();
  // presentation mode loads on demand: wait for it before auditing or pressing keys
  await page.getByRole('dialog').waitFor();
  for (let slide = 0; slide < 5; slide++) {
    const found = await audit(page);
    assert.deepEqual(found, [], `presentation slide ${slide + 1}:\n${report(found)}`);
    await page.keyboard.press('ArrowRight');
  }
  await page.keyboard.press('Escape');
  // saved scenarios and the comparison
  await page.locator('#saved-scenarios > summary').click();
  await page.locator('#library-name').fill('Today');
  await page.getByRole('button', { name: 'Save the scenario on screen' }).click();
  await page.getByLabel('Compare: Today').check();
  await page.locator('.library-compare button').click();
  const found = await audit(page);
  assert.deepEqual(found, [], `comparison:\n${report(found)}`);
  // today's capacity, the gap, scored criteria with the model's notes, the board summary, and
  // the gap slide, in English and in Spanish
  for (const query of ['', '?lang=es']) {
    await page.goto(server.url + query);
    await waitForResults(page);
    await showParts(page, 'today', 'criteria');
    await page.locator("input[data-path='inventory.enabled']").check();
    await page.locator("input[data-path='inventory.mobile.capacity']").fill('9');
    await page.locator("input[data-path='inventory.receiving.capacity']").fill('-1');
    await page.selectOption("select[data-path='assessment.scores.criterion-7']", '5');
    await page.selectOption("select[data-path='assessment.scores.mobile-crisis']", '1');
    await page.locator("input[data-path='inventory.receiving.capacity']").fill('4');
    await page.waitForTimeout(500);
    let gap = await audit(page);
    assert.deepEqual(gap, [], `today's capacity and the gap ${query}:\n${report(gap)}`);
    await page.getByRole('button', { name: query ? 'Presentar' : 'Present' }).click();
    await page.getByRole('dialog').waitFor();
    // the gap's slide comes just before the last (the build-out plan)
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.getByText(query ? 'La capacidad actual frente a la necesidad' : "Today's capacity against need").first().waitFor();
    gap = await audit(page);
    assert.deepEqual(gap, [], `the gap slide ${query}:\n${report(gap)}`);
    await page.keyboard.press('Escape');
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('axe finds no serious or critical violation at phone width, menus and sections open', async () => {
  for (const query of ['', '?lang=es']) {
    const { page, context, errors } = await openPage(browser, server.url, PHONE);
    await page.goto(server.url + query);
    await waitForResults(page);
    await showParts(page, ...SCROLLED_PARTS);
    let found = await audit(page);
    assert.deepEqual(found, [], `phone ${query || '(main)'}:\n${report(found)}`);
    // the actions' menu and the folded sections open, the figures' bar shown while a field has focus
    await page.locator('details.actions > summary').tap();
    await page.locator("input[data-path='population']").focus();
    await page.evaluate(() => document.querySelectorAll('main details.fold').forEach((d) => { d.open = true; }));
    found = await audit(page);
    assert.deepEqual(found, [], `phone, editing ${query || '(main)'}:\n${report(found)}`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

/** What has the keyboard focus: its tag, label-ish text and whether its focus is visible. */
function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
    return {
      tag: el.tagName.toLowerCase(),
      path: el.getAttribute('data-path') || '',
      text: (el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 60),
      visible,
    };
  });
}

test('axe finds no serious or critical violation in Several areas, with results, in both languages', async () => {
  const table = 'name,population,rate,rural,region\nAlpine,1200,,yes,Sierra\nAmador,40000,250,no,Sierra\nYolo,216000,,no,Valley\n';
  for (const [size, lang] of [[{ width: 1280, height: 900 }, 'en'], [PHONE, 'es']]) {
    const { page, context, errors } = await openPage(browser, server.url, size);
    await page.goto(`${server.url}?view=areas&lang=${lang}`);
    await page.waitForSelector('[data-areas] #areas-paste', { timeout: 20000 });
    // nothing entered yet
    let found = await audit(page);
    assert.deepEqual(found, [], `Several areas, empty (${lang}):\n${report(found)}`);
    await page.locator('#areas-paste').fill(table);
    await page.locator('[data-use-pasted]').click();
    await page.waitForSelector('[data-areas-total]', { timeout: 20000 });
    // the table as rows to edit, the results, the chart, the regions
    found = await audit(page);
    assert.deepEqual(found, [], `Several areas, counts (${lang}):\n${report(found)}`);
    await page.locator('[data-figures="per-100k"]').click();
    found = await audit(page);
    assert.deepEqual(found, [], `Several areas, per 100,000 (${lang}):\n${report(found)}`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('the main task can be done with the keyboard alone, with the focus always visible', async () => {
  const { page, context, errors } = await openPage(browser, server.url, { width: 1280, height: 900 });
  await page.goto(server.url);
  await waitForResults(page);
  const before = Number(await page.locator('[data-metric="residential-beds"]').getAttribute('data-value'));
  const seen = [];
  let reachedPopulation = false;
  for (let i = 0; i < 60 && !reachedPopulation; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    seen.push(f);
    assert.ok(f.visible, `focus is visible on ${f.tag} ${f.path || f.text}`);
    if (f.path === 'population') reachedPopulation = true;
  }
  const order = seen.map((f) => f.path || f.text);
  const at = (pred) => seen.findIndex(pred);
  const skip = at((f) => f.text.startsWith('Skip to the results'));
  const present = at((f) => f.text === 'Present');
  const preset = at((f) => f.path === 'preset');
  const population = at((f) => f.path === 'population');
  assert.ok(skip === 0, `the first Tab reaches the skip link: ${order.join(' | ')}`);
  assert.ok(present > skip && preset > present && population > preset, `order: ${order.join(' | ')}`);

  // type a population with the keyboard only
  await page.keyboard.press('Control+A');
  await page.keyboard.type('1500000');
  const after = Number(await page.locator('[data-metric="residential-beds"]').getAttribute('data-value'));
  assert.ok(after > before, `beds follow the typed population (${before} -> ${after})`);

  // on to a program field and the add-program button
  let program = false;
  let add = false;
  for (let i = 0; i < 80 && !add; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    assert.ok(f.visible, `focus is visible on ${f.tag} ${f.path || f.text}`);
    if (/^programs\[\d+\]\./.test(f.path)) program = true;
    if (f.text === 'Add program') add = true;
  }
  assert.ok(program && add, 'Tab reaches the program fields and the add-program button');
  const cards = await page.locator('.mix-program').count();
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('.mix-program').count(), cards + 1, 'Enter adds a program');
  assert.deepEqual(errors, []);
  await context.close();
});
