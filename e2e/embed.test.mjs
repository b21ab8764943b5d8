// End-to-end: the planner embedded in a course page on another origin (src/sections/frame.rs,
// assets/embed/). The course page has a strict Content Security Policy and no inline script; its
// 700 px frame is sized to the planner's height by embed.js, with no scroll bar inside it; a
// `crisis-planner:set` for an input `edit=` allows changes the figures and a
// `crisis-planner:results` message comes back; a `set` for a locked input, of an unknown type or
// from another origin changes nothing. The example page shipped with the site works as well.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { serveAndLaunch, waitForResults } from './lib.mjs';

let server;
let browser;
serveAndLaunch((s, b) => {
  [server, browser] = [s, b];
});

/** A course page on its own origin (another port), framing the planner at `planner`. */
function serveCourse(planner) {
  const origin = new URL(planner).origin;
  const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src ${origin}; frame-src ${origin}">
    <title>A course page</title>
  </head>
  <body>
    <h1>Week 3: sizing a crisis continuum</h1>
    <iframe id="planner" data-crisis-planner title="Crisis Continuum Planner" width="700" height="300"
      src="${planner}?embed=1&amp;lock=1&amp;edit=population"></iframe>
    <p>After the frame.</p>
    <script src="${origin}/embed.js"></script>
  </body>
</html>`;
  const course = http.createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  return new Promise((resolve) => {
    course.listen(0, '127.0.0.1', () => {
      resolve({ url: `http://127.0.0.1:${course.address().port}/`, close: () => new Promise((r) => course.close(r)) });
    });
  });
}

/** A page whose every request stays on this machine, recording errors and the messages it gets. */
async function open(url) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  const foreign = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('request', (r) => { if (!r.url().startsWith('http://127.0.0.1:') && !r.url().startsWith('data:')) foreign.push(r.url()); });
  // the messages the top page receives (added by the test, not the page: it has no inline script)
  await page.addInitScript(() => {
    window.received = [];
    window.addEventListener('message', (e) => window.received.push({ origin: e.origin, data: e.data }));
  });
  await page.goto(url);
  return { context, page, errors, foreign };
}

const results = (page) => page.evaluate(() => window.received.filter((m) => m.data?.type === 'crisis-planner:results'));
const figure = (frame, metric) => frame.locator(`[data-metric="${metric}"]`).first().innerText();

test('a course page frames the planner: sized to it, set by message, told the figures', async () => {
  const course = await serveCourse(server.url);
  const { context, page, errors, foreign } = await open(course.url);
  try {
    const frame = page.frameLocator('#planner');
    await frame.locator('[data-metric="residential-beds"]').waitFor({ timeout: 20000 });
    const inner = page.frames().find((f) => f.url().startsWith(server.url));
    assert.ok(inner, 'the planner frame');

    // the frame grows to the planner's height (from 300 px) and nothing scrolls inside it
    await page.waitForFunction(() => document.getElementById('planner').getBoundingClientRect().height > 1500, null, { timeout: 30000 });
    const settle = async () => {
      let last = -1;
      for (let i = 0; i < 40; i += 1) {
        const h = await page.evaluate(() => document.getElementById('planner').clientHeight);
        if (h === last) return h;
        last = h;
        await page.waitForTimeout(500);
      }
      return last;
    };
    const height = await settle();
    const inside = await inner.evaluate(() => ({
      scroll: document.documentElement.scrollHeight,
      client: document.documentElement.clientHeight,
      width: document.documentElement.clientWidth,
    }));
    assert.ok(inside.scroll <= inside.client + 1, `no scroll bar inside the frame: ${JSON.stringify(inside)} in a ${height} px frame`);
    assert.ok(Math.abs(inside.client - height) <= 2, `the frame is as tall as the planner: ${height} against ${inside.client}`);
    // the planner lays itself out for the frame's 700 px, not the 1000 px window
    assert.ok(inside.width <= 700, `the planner is as wide as its frame: ${inside.width}`);
    const heights = await page.evaluate(() => window.received.filter((m) => m.data?.type === 'crisis-planner:height'));
    assert.ok(heights.length > 0, 'height messages');
    assert.ok(heights.every((m) => m.origin === new URL(server.url).origin), "from the planner's origin");

    // the figures once the page has started
    await page.waitForFunction(() => window.received.some((m) => m.data?.type === 'crisis-planner:results'));
    const first = (await results(page)).at(-1).data;
    assert.equal(first.valid, true);
    const bedsShown = Number((await figure(frame, 'residential-beds')).replace(/,/g, ''));
    assert.equal(first.figures.residential_beds, bedsShown, 'the message carries the figures on the page');
    for (const name of ['receiving_chairs', 'mobile_teams', 'annual_cost', 'savings', 'hospital_only_cost']) {
      assert.equal(typeof first.figures[name], 'number', name);
    }

    const send = (message) => page.evaluate((m) => {
      const f = document.getElementById('planner');
      f.contentWindow.postMessage(m, new URL(f.src).origin);
    }, message);
    const quiet = async (what) => {
      const before = (await results(page)).length;
      const beds = await figure(frame, 'residential-beds');
      await page.waitForTimeout(1200);
      assert.equal((await results(page)).length, before, `${what}: no new figures`);
      assert.equal(await figure(frame, 'residential-beds'), beds, `${what}: the figures are unchanged`);
    };

    // a locked input, an unknown type, a value that is not a number: ignored
    await send({ type: 'crisis-planner:set', path: 'adult.rate_per_100k', value: 9000 });
    await quiet('a locked input');
    await send({ type: 'crisis-planner:reset', path: 'population', value: 5000 });
    await quiet('an unknown type');
    await send({ type: 'crisis-planner:set', path: 'population', value: '5000' });
    await quiet('text for a number');
    // from another origin: the planner's own window (not the parent, not the parent's origin)
    await inner.evaluate(() => window.postMessage({ type: 'crisis-planner:set', path: 'population', value: 5000 }, '*'));
    await quiet('another origin');

    // the allowed input: the figures change and come back
    const count = (await results(page)).length;
    await send({ type: 'crisis-planner:set', path: 'population', value: 2500000 });
    await page.waitForFunction((n) => window.received.filter((m) => m.data?.type === 'crisis-planner:results').length > n, count, { timeout: 10000 });
    const after = (await results(page)).at(-1).data;
    assert.ok(after.figures.residential_beds > first.figures.residential_beds, `more beds for more people: ${first.figures.residential_beds} -> ${after.figures.residential_beds}`);
    assert.equal(Number((await figure(frame, 'residential-beds')).replace(/,/g, '')), after.figures.residential_beds);
    assert.equal((await frame.locator('input[data-path="population"]').inputValue()).replace(/,/g, ''), '2500000');

    // a bad value goes through the same validation as a typed one: the message at the field,
    // the last figures kept and sent as not valid
    const n = (await results(page)).length;
    await send({ type: 'crisis-planner:set', path: 'population', value: -5 });
    await page.waitForFunction((k) => window.received.filter((m) => m.data?.type === 'crisis-planner:results').length > k, n, { timeout: 10000 });
    const bad = (await results(page)).at(-1).data;
    assert.equal(bad.valid, false);
    assert.equal(bad.figures.residential_beds, after.figures.residential_beds);
    assert.equal(await frame.locator('input[data-path="population"]').getAttribute('aria-invalid'), 'true');

    assert.deepEqual(foreign, []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await course.close();
  }
});

test('the example page shipped with the site sets the population and shows the figures', async () => {
  const { context, page, errors, foreign } = await open(`${server.url}embed-example.html`);
  try {
    await page.waitForFunction(() => /residential beds/.test(document.getElementById('course-figures').textContent), null, { timeout: 20000 });
    const before = await page.locator('#course-figures').innerText();
    await page.fill('#course-population', '3000000');
    await page.click('#course-controls button');
    await page.waitForFunction((b) => document.getElementById('course-figures').textContent !== b, before, { timeout: 10000 });
    await page.waitForFunction(() => document.getElementById('planner').getBoundingClientRect().height > 1500, null, { timeout: 30000 });
    assert.deepEqual(foreign, []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
