// End-to-end: the release build (dist/) served on 127.0.0.1, driven in headless Chromium the way
// a person uses it, and checked against the `crisis-plan` command for the same scenario.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { serveAndLaunch, serveDist, openPage, waitForResults, showParts } from './lib.mjs';

let server;
let browser;
serveAndLaunch((s, b) => {
  [server, browser] = [s, b];
});

/** The model's results for a preset, from the command line. */
function crisisPlan(...args) {
  const out = execFileSync('cargo', ['run', '--release', '-q', '--bin', 'crisis-plan', '--', ...args, '--format', 'json'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out);
}

async function metric(page, name) {
  const el = page.locator(`[data-metric="${name}"]`);
  return { value: Number(await el.getAttribute('data-value')), text: (await el.textContent()).trim() };
}

test('a person picks the Roadmap preset, types a population, and sees the command line figures', async () => {
  const { page, foreign, errors, context } = await openPage(browser, server.url);
  await page.goto(server.url);
  await waitForResults(page);

  await page.getByLabel('Start from').selectOption('roadmap');
  const population = page.getByLabel('Population', { exact: true });
  await population.fill('500,000');
  assert.equal((await metric(page, 'residential-beds')).text, '55');

  await population.fill('750000');
  const want = crisisPlan('--preset', 'roadmap', '--population', '750000', '--rate', '200');
  const beds = await metric(page, 'residential-beds');
  assert.equal(beds.value, want.totals.residential_beds.total);
  assert.equal((await metric(page, 'residential-facilities')).value, want.totals.residential_facilities.total);
  assert.equal((await metric(page, 'annual-cost')).value, want.totals.annual_cost.mid);
  assert.equal((await metric(page, 'savings')).value, want.totals.savings.mid);

  assert.deepEqual(foreign, [], 'no request to any other host');
  assert.deepEqual(errors, [], 'no error in the console');
  await context.close();
});

test('the default page shows the Crisis Now figures of the command line, with no NaN anywhere', async () => {
  const { page, foreign, errors, context } = await openPage(browser, server.url, { width: 375, height: 800 });
  await page.goto(server.url);
  await waitForResults(page);
  const want = crisisPlan('--preset', 'crisis-now');
  for (const [name, value] of [
    ['residential-beds', want.totals.residential_beds.total],
    ['receiving-chairs', want.totals.receiving_chairs.total],
    ['mobile-teams', want.totals.mobile_teams],
    ['crisis-line-staff', want.totals.crisis_line_on_duty],
    ['hospital-only-cost', want.totals.hospital_only_cost.mid],
  ]) {
    assert.equal((await metric(page, name)).value, value, name);
  }
  const text = await page.locator('body').innerText();
  assert.ok(!/NaN|undefined|Infinity/.test(text), 'no raw float words on the page');
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a bad value shows a message next to the field and keeps the last results', async () => {
  const { page, context } = await openPage(browser, server.url);
  await page.goto(server.url);
  await waitForResults(page);
  const before = await metric(page, 'residential-beds');
  await page.getByLabel('Population', { exact: true }).fill('-12');
  await page.waitForSelector('#f-population-err');
  assert.match(await page.locator('#f-population-err').innerText(), /Population/);
  assert.equal((await metric(page, 'residential-beds')).value, before.value);
  assert.match(await page.locator('.status.stale').innerText(), /Out of date/);
  await context.close();
});

test("a program's cost fields appear when their section opens, and a bad value there keeps its message", async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  await page.goto(server.url);
  await waitForResults(page);
  const low = page.locator('#f-programs-0--cost-per-day-low');
  // built the first time the section is opened, not with the first screen
  assert.equal(await low.count(), 0);
  const more = page.locator('.mix-program').first().locator('details.program-more');
  await more.locator('summary').click();
  await low.waitFor();
  assert.match(await low.inputValue(), /^\d[\d,]*$/, 'the preset cost is shown');
  assert.equal(await more.locator('input[data-path]').count(), 3);

  await low.fill('abc');
  await page.waitForSelector('#f-programs-0--cost-per-day-low-err');
  // closed and opened again, the field keeps what was typed and its message
  await more.locator('summary').click();
  await more.locator('summary').click();
  assert.equal(await low.inputValue(), 'abc');
  assert.match(await page.locator('#f-programs-0--cost-per-day-low-err').innerText(), /cost/i);
  assert.deepEqual(errors, [], 'no error in the console');
  await context.close();
});

test('the results redrawn after typing are the same page as the results drawn afresh from the link', async () => {
  // guards the patched attribute rebuild (vendor/README.md): updating in place must give the DOM a
  // fresh build gives, attribute for attribute
  const cards = (page) =>
    page.evaluate(() => [...document.querySelectorAll('#results .card')].map((c) => c.outerHTML).join('\n'));
  const { page, errors, context } = await openPage(browser, server.url);
  await page.goto(server.url);
  await waitForResults(page);
  await showParts(page, 'detail');
  const population = page.getByLabel('Population', { exact: true });
  const first = await cards(page);
  for (const value of ['3000000', '12345', '800000']) {
    await population.fill(value);
    await page.waitForTimeout(100);
  }
  // the address is written once typing pauses for 250 ms
  await page.waitForTimeout(600);
  const redrawn = await cards(page);
  assert.notEqual(redrawn, first, 'the figures changed');
  const fresh = await openPage(browser, server.url);
  await fresh.page.goto(page.url());
  await waitForResults(fresh.page);
  await showParts(fresh.page, 'detail');
  assert.match(await fresh.page.getByLabel('Population', { exact: true }).inputValue(), /^800,?000$/);
  assert.equal(redrawn, await cards(fresh.page));
  assert.deepEqual(errors, [], 'no error in the console');
  await fresh.context.close();
  await context.close();
});

test('a change that leaves a table as it was does not redraw that table', async () => {
  // the detail tables read only the figures they show (src/sections/results_view.rs): the
  // first program's stay changes the capacity table, never the mobile teams and crisis line
  const { page, errors, context } = await openPage(browser, server.url);
  await page.goto(server.url);
  await waitForResults(page);
  await showParts(page, 'detail');
  await page.evaluate(() => {
    window.__mutations = {};
    for (const name of ['facility', 'staff']) {
      window.__mutations[name] = 0;
      const section = document.querySelector(`section[aria-labelledby="${name}-title"]`);
      new MutationObserver((records) => {
        window.__mutations[name] += records.length;
      }).observe(section, { subtree: true, childList: true, attributes: true, characterData: true });
    }
  });
  const stay = page.locator('input[data-path="programs[0].stay_days"]');
  const days = Number((await stay.inputValue()).replace(/,/g, ''));
  await stay.fill(String(days * 2));
  await page.waitForFunction(() => window.__mutations.facility > 0);
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__mutations.staff), 0, 'the staff table is untouched');
  // and the observer does see the staff table when its figures change
  await page.getByLabel('Population', { exact: true }).fill('3000000');
  await page.waitForFunction(() => window.__mutations.staff > 0);
  assert.deepEqual(errors, [], 'no error in the console');
  await context.close();
});

test('the same build works under a sub-path, in an iframe of a course page', async () => {
  const fs = await import('node:fs');
  const os = await import('node:os');
  const path = await import('node:path');
  const { DIST } = await import('./lib.mjs');
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ccp-site-'));
  fs.mkdirSync(path.join(root, 'tools'));
  fs.symlinkSync(DIST, path.join(root, 'tools', 'crisis'));
  fs.writeFileSync(
    path.join(root, 'index.html'),
    '<!doctype html><title>Course week 3</title><h1>Week 3: planning crisis beds</h1>' +
      '<iframe title="Crisis Continuum Planner" src="tools/crisis/" width="1000" height="800"></iframe>',
  );
  const site = await serveDist(root);
  try {
    const { page, foreign, errors, context } = await openPage(browser, site.url);
    await page.goto(site.url + 'tools/crisis/');
    await waitForResults(page);
    assert.ok((await metric(page, 'residential-beds')).value > 0);
    await page.goto(site.url);
    const frame = page.frameLocator('iframe');
    await frame.locator('[data-metric="residential-beds"]').waitFor();
    assert.ok(Number(await frame.locator('[data-metric="residential-beds"]').getAttribute('data-value')) > 0);
    assert.deepEqual(foreign, []);
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await site.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('the page fits phone, laptop and projector widths without sideways scrolling', async () => {
  for (const width of [375, 1280, 1920]) {
    for (const query of ['', '?embed=1']) {
      const { page, context } = await openPage(browser, server.url, { width, height: 800 });
      await page.goto(server.url + query);
      await waitForResults(page);
      const [scroll, client] = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        document.documentElement.clientWidth,
      ]);
      assert.ok(scroll <= client, `${width}px ${query}: page is ${scroll}px wide`);
      await context.close();
    }
  }
});

test('if the app stops on a trap, the page says so in plain words and offers a reload', async () => {
  // The release build stops at once on a panic: the trap reaches the page as a
  // WebAssembly.RuntimeError, from an event handler or from a task. Both are simulated here.
  for (const how of ['thrown', 'rejected']) {
    const { page, context } = await openPage(browser, server.url);
    await page.goto(server.url);
    await waitForResults(page);
    // an ordinary script error (another script, an extension) does not take the page over
    await page.evaluate(() => setTimeout(() => { throw new Error('not ours'); }));
    await page.waitForTimeout(100);
    assert.equal(await page.locator('#crash').count(), 0, 'no crash message for a plain error');
    await page.evaluate((h) => {
      const trap = new WebAssembly.RuntimeError('unreachable');
      if (h === 'thrown') setTimeout(() => { throw trap; });
      else Promise.reject(trap);
    }, how);
    const crash = page.locator('#crash[role="alert"]');
    await crash.waitFor();
    const text = await crash.textContent();
    assert.match(text, /Something went wrong in the calculator/);
    assert.match(text, /Your scenario is kept in the page address/);
    assert.match(text, /Su escenario se conserva/);
    assert.equal(await crash.getByRole('button', { name: /Reload the page/ }).count(), 1);
    await context.close();
  }
});
