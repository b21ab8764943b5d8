// The page on a phone in a visitor's hand (390 x 844, touch, mobile emulation), on the release
// build: a headline figure on the first screen; the figures in view while the population is
// edited; no table or chart wider than the screen unless its first column stays pinned; no
// control smaller than 24 x 24 CSS pixels.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveAndLaunch, openPage, waitForResults, showParts, SCROLLED_PARTS, PHONE } from './lib.mjs';

let server;
let browser;
serveAndLaunch((s, b) => {
  [server, browser] = [s, b];
});

// the headline figures (as the results show them) that the bar shown while editing holds, when
// the bar lies wholly inside the screen
const BAR = ['residential-beds', 'receiving-chairs', 'mobile-teams', 'crisis-line-staff', 'annual-cost', 'savings'];
const barFiguresInView = (page) => page.evaluate((metrics) => {
  const bar = document.querySelector('.figure-bar');
  const r = bar.getBoundingClientRect();
  if (!(r.width > 0 && r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth)) return [];
  return metrics
    .map((m) => document.querySelector(`[data-metric="${m}"]`).textContent)
    .filter((figure) => bar.textContent.includes(`${figure} `));
}, BAR);

test('a headline figure is on the first screen, after a one-line introduction and one menu of actions', async () => {
  for (const query of ['', '?lang=es']) {
    const { page, context, errors, foreign } = await openPage(browser, server.url, PHONE);
    await page.goto(server.url + query);
    await waitForResults(page);
    const beds = await page.locator('[data-metric="residential-beds"]').boundingBox();
    assert.ok(beds.y >= 0 && beds.y + beds.height <= PHONE.height, `beds figure at ${beds.y}px ${query}`);
    // the headline figures come before the inputs, the tables and charts fold under one line,
    // and the introduction and the actions are one line each
    const inputs = await page.locator('section.inputs').boundingBox();
    assert.ok(beds.y < inputs.y, 'figures above the inputs');
    for (const fold of ['.intro details', 'details.actions', '#results details.fold']) {
      assert.equal(await page.locator(fold).evaluate((d) => d.open), false, `${fold} folded`);
      const line = await page.locator(`${fold} > summary`).boundingBox();
      assert.ok(line.height >= 44 && line.height <= 70, `${fold}: one line (${line.height}px)`);
    }
    await page.locator('details.actions > summary').tap();
    assert.ok(await page.getByRole('button', { name: query ? 'Presentar' : 'Present' }).isVisible());
    assert.deepEqual(foreign, []);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('while the population has focus, and after typing into it, the figures stay in view above it', async () => {
  const { page, context, errors } = await openPage(browser, server.url, PHONE);
  await page.goto(server.url);
  await waitForResults(page);
  assert.deepEqual(await barFiguresInView(page), [], 'no bar before a field has focus');
  const population = page.getByLabel('Population', { exact: true });
  await population.tap();
  const shown = await barFiguresInView(page);
  assert.ok(shown.length >= 4, `figures in view while editing: ${shown}`);
  const bedsBefore = await page.locator('[data-metric="residential-beds"]').textContent();
  const bar = await page.locator('.figure-bar').boundingBox();
  const field = await population.boundingBox();
  assert.ok(field.y >= bar.y + bar.height && field.y + field.height <= PHONE.height, 'the bar does not cover the field');
  const live = page.locator('#results [aria-live="polite"]');
  const announced = await live.textContent();

  await page.keyboard.press('Control+A');
  await page.keyboard.type('2500000');
  const beds = await page.locator('[data-metric="residential-beds"]').textContent();
  assert.notEqual(beds, bedsBefore);
  const after = await barFiguresInView(page);
  assert.ok(after.length >= 4, `figures in view after typing: ${after}`);
  assert.ok(after.includes(beds), 'the bar shows the new figures as they are typed');
  // read out once typing pauses, not on every keystroke
  assert.equal(await live.textContent(), announced, 'nothing announced while typing');
  await page.waitForFunction((b) => document.querySelector('#results [aria-live="polite"]').textContent.includes(`${b} residential crisis beds`), beds);
  await population.blur();
  assert.deepEqual(await barFiguresInView(page), [], 'the bar leaves with the focus');
  assert.deepEqual(errors, []);
  await context.close();
});

test('no table or chart is wider than the screen unless its first column stays pinned, and no chart text is under 11 px', async () => {
  for (const query of ['', '?lang=es']) {
    const { page, context, errors } = await openPage(browser, server.url, PHONE);
    await page.goto(server.url + query);
    await waitForResults(page);
    await showParts(page, ...SCROLLED_PARTS);
    // the sections below the results start folded on a phone, each under its heading and one line
    for (const id of ['today', 'uncertainty', 'criteria']) {
      assert.equal(await page.locator(`#${id} > details.fold`).evaluate((d) => d.open), false, `${id} folded`);
      assert.ok(await page.locator(`#${id} > h2`).isVisible());
      const line = await page.locator(`#${id} > details.fold > summary`).boundingBox();
      assert.ok(line.height <= 60, `${id}: one line (${line.height}px)`);
    }
    // every table and chart in view: every section and every folded part opened
    await page.evaluate(() => document.querySelectorAll('main details').forEach((d) => { d.open = true; }));
    await page.waitForSelector('svg.census', { timeout: 60000 });
    const found = await page.evaluate(() => {
      const wide = [];
      const shown = (el) => el.getClientRects().length > 0 && !el.closest('.print-only');
      for (const table of document.querySelectorAll('table')) {
        if (!shown(table)) continue;
        const cell = table.rows[table.rows.length - 1]?.cells[0];
        const pinned = cell && getComputedStyle(cell).position === 'sticky';
        const frame = table.closest('.table-wrap');
        if (!frame) wide.push(`table not in the one table frame: ${table.className}`);
        else if (frame.getBoundingClientRect().right > innerWidth + 0.5) wide.push(`table frame ${table.className} runs off the screen`);
        if (table.getBoundingClientRect().width > innerWidth && !pinned) wide.push(`table ${table.className} is wide with no pinned column`);
      }
      for (const svg of document.querySelectorAll('main svg')) {
        if (!shown(svg)) continue;
        const r = svg.getBoundingClientRect();
        if (r.width > innerWidth || r.right > innerWidth + 0.5) wide.push(`chart ${svg.getAttribute('class')} is ${Math.round(r.width)}px wide`);
        const scale = svg.viewBox.baseVal && svg.viewBox.baseVal.width ? r.width / svg.viewBox.baseVal.width : 1;
        for (const t of svg.querySelectorAll('text')) {
          const px = parseFloat(getComputedStyle(t).fontSize) * scale;
          if (px < 11 && t.textContent.trim()) {
            wide.push(`chart ${svg.getAttribute('class')} text "${t.textContent.trim().slice(0, 20)}" is ${px.toFixed(1)}px`);
            break;
          }
        }
      }
      return wide;
    });
    assert.deepEqual(found, [], query);
    // and nothing else pushes the page sideways (a phone would widen its viewport and zoom out)
    assert.equal(await page.evaluate(() => innerWidth), PHONE.width, `no sideways scrolling ${query}`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('no control is smaller than 24 x 24 pixels', async () => {
  const { page, context, errors } = await openPage(browser, server.url, PHONE);
  await page.goto(server.url);
  await waitForResults(page);
  await showParts(page, ...SCROLLED_PARTS);
  await page.locator('details.actions > summary').tap();
  await page.evaluate(() => document.querySelectorAll('main details.fold').forEach((d) => { d.open = true; }));
  const small = await page.evaluate(() => {
    const out = [];
    const controls = 'button, input, select, textarea, summary, a.detail, [tabindex="0"]';
    for (const el of document.querySelectorAll(controls)) {
      const r = el.getBoundingClientRect();
      // not drawn (a closed section, a hidden file input behind its label)
      if (r.width <= 1 || r.height <= 1 || el.closest('.visually-hidden, .print-only')) continue;
      if (getComputedStyle(el).visibility === 'hidden') continue;
      if (r.width < 23.5 || r.height < 23.5) {
        out.push(`${el.tagName.toLowerCase()}.${el.className} "${(el.getAttribute('aria-label') || el.textContent).trim().slice(0, 30)}" ${r.width.toFixed(1)}x${r.height.toFixed(1)}`);
      }
    }
    return out;
  });
  assert.deepEqual(small, []);
  assert.deepEqual(errors, []);
  await context.close();
});
