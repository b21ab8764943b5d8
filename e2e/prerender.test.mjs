// The default scenario's first screen in the HTML itself (issue 23; scripts/prerender.mjs draws it
// at build time, assets/boot.js shows it): its figures are the app's, in both languages, and keep
// their place when the app takes over; a link's scenario or a kept one never shows the default
// figures; what is typed into the population before the app is ready is kept, with its results.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveAndLaunch, waitForResults, PHONE } from './lib.mjs';

let server;
let browser;
serveAndLaunch((s, b) => {
  [server, browser] = [s, b];
});

// Records, from the page itself, whether the first screen was ever shown (assets/first-screen.js
// or boot.js set data-first-screen on <html>), its figures, and the place of its first figure when
// it was shown and at the last change before the app took over.
function watchFirstScreen() {
  window.__firstScreen = { shown: false, first: null, rect: null, lang: null, figures: null };
  new MutationObserver(() => {
    const lang = document.documentElement.dataset.firstScreen;
    const figure = document.querySelector('#first-screen [data-metric="residential-beds"]');
    if (!lang || !figure || document.readyState === 'loading') return;
    const r = figure.getBoundingClientRect();
    window.__firstScreen.first ||= [r.x, r.y, r.width, r.height];
    const figures = [...document.querySelectorAll('#first-screen .headline .metric')].map((m) => {
      const v = m.querySelector('[data-metric]');
      return [v.dataset.metric, m.querySelector('.label').textContent, v.textContent.trim(), v.dataset.value, m.querySelector('span.detail').textContent];
    });
    Object.assign(window.__firstScreen, { shown: true, rect: [r.x, r.y, r.width, r.height], lang, figures });
  }).observe(document, { childList: true, subtree: true, attributes: true });
}

// every headline figure: metric, label, value shown, data-value, detail
const figuresOf = (root) => [...root.querySelectorAll('.headline .metric')].map((m) => {
  const v = m.querySelector('[data-metric]');
  return [v.dataset.metric, m.querySelector('.label').textContent, v.textContent.trim(), v.dataset.value, m.querySelector('span.detail').textContent];
});

async function open(locale, query = '', context, size = { width: 1280, height: 900 }, device = {}) {
  const ctx = context || await browser.newContext({ viewport: size, locale, ...device });
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript(watchFirstScreen);
  await page.goto(server.url + query);
  await waitForResults(page);
  return { ctx, page, errors };
}

for (const [locale, lang] of [['en-US', 'en'], ['es-US', 'es']]) {
  test(`the first screen's figures are the app's, in place (${lang})`, async () => {
    const { ctx, page, errors } = await open(locale);
    const seen = await page.evaluate(() => window.__firstScreen);
    assert.ok(seen.shown, 'a first visit shows the drawn figures before the app runs');
    assert.equal(seen.lang, lang);
    const drawn = seen.figures;
    const app = await page.evaluate(`(${figuresOf})(document.querySelector('main'))`);
    assert.equal(app.length, 8);
    assert.deepEqual(drawn, app, 'every figure, label and detail as the app shows them');
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    // the app's first figure is where the drawn one was
    const rect = await page.locator('main [data-metric="residential-beds"]').evaluate((el) => {
      const r = el.getBoundingClientRect();
      return [r.x, r.y, r.width, r.height];
    });
    assert.deepEqual(rect.map(Math.round), seen.rect.map(Math.round));
    assert.deepEqual(seen.first.map(Math.round), seen.rect.map(Math.round), 'and where it was first shown');
    assert.deepEqual(errors, []);
    await ctx.close();
  });
}

test('on a phone the first screen starts folded as the app does, and its figures keep their place', async () => {
  const { ctx, page, errors } = await open('en-US', '', null, { width: PHONE.width, height: PHONE.height }, PHONE.device);
  const seen = await page.evaluate(() => window.__firstScreen);
  assert.ok(seen.shown);
  const folds = await page.request.get(server.url).then((r) => r.text()).then((html) => html.match(/<div id="first-screen"[\s\S]*?<!-- end of the first screen -->/)[0].match(/data-phone-closed/g).length);
  assert.equal(folds, 3, 'the introduction, the actions, the tables and charts');
  const rect = await page.locator('main [data-metric="residential-beds"]').evaluate((el) => {
    const r = el.getBoundingClientRect();
    return [r.x, r.y, r.width, r.height];
  });
  assert.deepEqual(rect.map(Math.round), seen.rect.map(Math.round));
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('?lang=es shows the Spanish first screen to an English browser', async () => {
  const { ctx, page } = await open('en-US', '?lang=es');
  const seen = await page.evaluate(() => window.__firstScreen);
  assert.ok(seen.shown);
  assert.equal(seen.lang, 'es');
  assert.equal(await page.locator('main .headline .label').first().textContent(), 'Camas residenciales de crisis');
  await ctx.close();
});

test('a shared link and a returning visitor never see the default figures', async () => {
  // a visitor changes the population: the address and this browser keep the scenario
  const first = await open('en-US');
  const population = first.page.locator('input[data-path="population"]');
  await population.fill('250000');
  await first.page.waitForFunction(() => /[?&]s=/.test(location.search));
  await first.page.waitForTimeout(600);
  const link = first.page.url();
  const figures = await first.page.evaluate(`(${figuresOf})(document.querySelector('main'))`);
  const defaults = (await first.page.evaluate(() => window.__firstScreen)).figures;
  assert.equal(defaults.length, 8);
  assert.notDeepEqual(figures, defaults);

  // the link, in a browser that has never seen the page
  const shared = await open('en-US', link.slice(server.url.length));
  assert.equal((await shared.page.evaluate(() => window.__firstScreen)).shown, false, 'no default figures for a link');
  assert.deepEqual(await shared.page.evaluate(`(${figuresOf})(document.querySelector('main'))`), figures);
  await shared.ctx.close();

  // the same visitor comes back in a new tab, at the bare address
  const back = await open('en-US', '', first.ctx);
  assert.equal((await back.page.evaluate(() => window.__firstScreen)).shown, false, 'no default figures over a kept scenario');
  assert.deepEqual(await back.page.evaluate(`(${figuresOf})(document.querySelector('main'))`), figures);
  await first.ctx.close();
});

test('typing into the population before the app is ready ends with the typed value and its results', async () => {
  // the expected figures: the app's own for 250,000 residents
  const ref = await open('en-US');
  await ref.page.locator('input[data-path="population"]').fill('250000');
  await ref.page.waitForFunction(() => /[?&]s=/.test(location.search));
  const expected = await ref.page.evaluate(`(${figuresOf})(document.querySelector('main'))`);
  await ref.ctx.close();

  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  // hold the app's module until the person has typed
  let release;
  const held = new Promise((r) => { release = r; });
  await ctx.route('**/main_bg.wasm', async (route) => {
    await held;
    await route.continue();
  });
  const p = await ctx.newPage();
  const pageErrors = [];
  p.on('pageerror', (e) => pageErrors.push(String(e)));
  await p.goto(server.url);
  const drawn = p.locator('#first-screen input[data-path="population"]');
  await drawn.waitFor();
  await drawn.click();
  await drawn.press('ControlOrMeta+a');
  await drawn.pressSequentially('250000');
  assert.equal(await p.locator('section.inputs:not(#first-screen *)').count(), 0, 'the app has not started yet');
  release();
  await waitForResults(p);
  const field = p.locator('main input[data-path="population"]');
  assert.equal(await field.inputValue(), '250000');
  assert.ok(await field.evaluate((el) => el === document.activeElement), 'the focus moved to the app\'s field');
  await p.waitForFunction((want) => document.querySelector('main [data-metric="residential-beds"]').dataset.value === want, expected[0][3]);
  assert.deepEqual(await p.evaluate(`(${figuresOf})(document.querySelector('main'))`), expected);
  assert.deepEqual(pageErrors, []);
  await ctx.close();
});
