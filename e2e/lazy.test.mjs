// The parts of the page that load on demand (src/shell/lazy.rs, src/parts.rs), in the release build: the first load
// carries the main module only (the inputs panel follows once the figures are painted); a part's chunk is fetched when its place nears the screen or the
// toolbar asks for it; a chunk that cannot be fetched is explained in its place and nothing typed
// is lost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveAndLaunch, openPage, waitForResults, showParts } from './lib.mjs';

let server;
let browser;
serveAndLaunch((s, b) => {
  [server, browser] = [s, b];
});

// the wasm files the page has fetched, as the page itself records them
const wasmFetched = (page) => page.evaluate(() => performance.getEntriesByType('resource')
  .map((e) => new URL(e.name).pathname.split('/').pop())
  .filter((n) => n.endsWith('.wasm')));

test('a phone loads the main module first, and each part when the reader reaches it', async () => {
  const { page, context, errors, foreign } = await openPage(browser, server.url, { width: 375, height: 812 });
  await page.goto(server.url);
  await waitForResults(page);
  await page.waitForLoadState('networkidle');
  // the headline figures need the main module only; the inputs panel's fields follow in their own
  // chunk (and the code they share with other parts), fetched once the figures are painted
  const first = await wasmFetched(page);
  assert.equal(first[0], 'main_bg.wasm', 'the main module comes first');
  assert.ok(first.includes('split_inputs.wasm'), 'the inputs follow the first paint');
  assert.deepEqual(
    first.filter((n) => n !== 'main_bg.wasm' && n !== 'split_inputs.wasm' && !n.startsWith('chunk_')),
    [],
    'no section under the figures is fetched before the reader reaches it',
  );
  for (const part of ['detail', 'today', 'uncertainty', 'criteria']) {
    assert.equal(await page.locator(`.deferred[data-part="${part}"][data-waiting]`).count(), 1, `${part} waits`);
  }

  // scrolling to the results' tables fetches their part
  await showParts(page, 'detail');
  assert.ok((await wasmFetched(page)).includes('split_detail.wasm'));
  assert.ok((await page.locator('.deferred[data-part="detail"] table').count()) > 0);

  // the sections under the results come in as the reader scrolls on, and follow the inputs
  await showParts(page, 'today', 'uncertainty', 'criteria');
  assert.ok((await wasmFetched(page)).includes('split_below.wasm'));
  assert.match(await page.locator('#today').innerText(), /Today's capacity and the gap/);
  const beds = await page.locator('[data-metric="residential-beds"]').getAttribute('data-value');
  await page.getByLabel('Population', { exact: true }).fill('900000');
  await page.waitForFunction(
    (b) => document.querySelector('[data-metric="residential-beds"]').getAttribute('data-value') !== b,
    beds,
  );
  assert.match(await page.locator('.deferred[data-part="detail"]').innerText(), /900,000|Receiving facility/);

  // "More assumptions" loads when opened
  assert.equal(await page.locator("input[data-path='mobile.staff_per_team']").count(), 0);
  await page.getByText('More assumptions').click();
  await page.locator("input[data-path='mobile.staff_per_team']").waitFor();

  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a waiting part shows its heading, and the first Tab brings every part in, so the keyboard skips none', async () => {
  const { page, context, errors } = await openPage(browser, server.url, { width: 375, height: 812 });
  await page.goto(server.url);
  await waitForResults(page);
  assert.equal(
    await page.locator('.deferred[data-part="today"][data-waiting] h2').innerText(),
    "Today's capacity and the gap",
  );
  await page.keyboard.press('Tab');
  for (const part of ['detail', 'today', 'uncertainty', 'criteria']) {
    await page.waitForFunction((p) => !document.querySelector(`.deferred[data-part="${p}"]`).hasAttribute('data-waiting'), part);
  }
  await page.locator('#today-title').waitFor({ state: 'attached' });
  assert.deepEqual(errors, []);
  await context.close();
});

test('a link into the results\' explanations loads them first, then follows the link', async () => {
  const { page, context, errors } = await openPage(browser, server.url, { width: 375, height: 812 });
  await page.goto(server.url);
  await waitForResults(page);
  assert.equal(await page.locator('#explain-mobile-teams').count(), 0);
  await page.locator('[data-metric="mobile-teams"]').locator('xpath=..').getByText('How is this calculated?').click();
  await page.locator('#explain-mobile-teams').waitFor();
  await page.waitForFunction(() => location.hash === '#explain-mobile-teams');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a part whose chunk cannot be fetched says so in its place, and nothing typed is lost', async () => {
  const { page, context } = await openPage(browser, server.url, { width: 375, height: 812 });
  await page.goto(server.url);
  await waitForResults(page);
  await page.getByLabel('Population', { exact: true }).fill('123456');
  // the network fails for the sections under the results (offline, or a site updated meanwhile)
  await page.route('**/split_below.wasm', (route) => route.abort());
  await page.locator('.deferred[data-part="today"]').scrollIntoViewIfNeeded();
  const failed = page.locator('.deferred[data-part="today"] .deferred-failed');
  await failed.waitFor();
  assert.match(await failed.innerText(), /could not be loaded.*what you entered is kept/);
  assert.equal(await page.getByLabel('Population', { exact: true }).inputValue(), '123456');
  assert.ok(Number(await page.locator('[data-metric="residential-beds"]').getAttribute('data-value')) > 0);
  await context.close();
});

test('the headline figures are drawn first; the inputs follow a frame later without moving them', async () => {
  const { page, context, errors, foreign } = await openPage(browser, server.url, { width: 1280, height: 900 });
  // hold the app's first animation frame for a while, so the moment between the two is seen (not
  // boot.js's, which lets the first screen drawn at build time paint before the app starts)
  await page.addInitScript(() => {
    const raf = window.requestAnimationFrame.bind(window);
    let held = false;
    window.requestAnimationFrame = (cb) => {
      if (held || /boot\.js/.test(new Error().stack)) return raf(cb);
      held = true;
      return setTimeout(() => raf(cb), 1500);
    };
  });
  await page.goto(server.url);
  // the app's own page (body > main), not the first screen drawn at build time that covers it
  // until the inputs are built (scripts/prerender.mjs)
  await page.waitForSelector('body > main [data-metric="residential-beds"]');
  const panel = page.locator('body > main section.inputs');
  assert.equal(await panel.getAttribute('aria-busy'), 'true', 'the inputs panel says it is still being filled');
  assert.equal(await panel.locator('input, select').count(), 0, 'no field is built before the figures are drawn');
  assert.equal(await page.locator('body > main #inputs-title').textContent(), 'Your scenario', 'the panel holds its place and heading');
  assert.equal(await page.locator('.site-footer').count(), 0, 'the footer comes later too');
  const before = await page.locator('body > main [data-metric="residential-beds"]').boundingBox();

  // then the fields arrive, with the preset's values, and the figures stay where they were
  await page.locator('body > main input[data-path="population"]').waitFor({ timeout: 5000 });
  assert.equal(await panel.getAttribute('aria-busy'), null);
  assert.equal(await page.locator('body > main input[data-path="population"]').inputValue(), '500000');
  assert.equal(await page.locator('.mix-program').count(), 6, "the preset's six residential programs");
  await page.locator('.site-footer').waitFor();
  assert.deepEqual(await page.locator('body > main [data-metric="residential-beds"]').boundingBox(), before, 'the figures did not move');
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, []);
  await context.close();
});
