// Offline and installable (assets/sw.js, assets/offline.js, scripts/sw.mjs), on the release build:
// after one visit the planner works with no network (the same figures after a reload, and every
// part that loads on demand, presentation mode included); a new release served in place of the old
// one is announced, the old page keeps working, and a reload opens the new one with the scenario
// kept; the same under a sub-path and inside an iframe of a course page on another host; and the
// development site's sw.js takes a release's worker away. "No network" is both the browser's
// offline mode and a server that drops every connection, so nothing can come from the network.
//
// OFFLINE_SHOTS=DIR saves screenshots of the update notice (English, Spanish, a phone) there.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST, launch, openPage, waitForResults, showParts, SCROLLED_PARTS } from './lib.mjs';
import { writeServiceWorker } from '../scripts/sw.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHOTS = process.env.OFFLINE_SHOTS;
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/**
 * A static host whose site can be replaced while it runs (`site.root`), mounted at `site.prefix`,
 * that can be taken down (`site.down`: every connection is dropped), with a course page at
 * /course.html that embeds the planner from `site.frame`.
 */
function host() {
  const site = { root: DIST, prefix: '/', down: false, frame: '', missing: [] };
  const server = http.createServer((req, res) => {
    if (site.down) {
      req.socket.destroy();
      return;
    }
    const url = new URL(req.url, 'http://127.0.0.1');
    if (url.pathname === '/course.html') {
      res.writeHead(200, { 'content-type': TYPES['.html'] });
      res.end('<!doctype html><title>Course week 3</title><link rel="icon" href="data:,"><h1>Week 3: planning crisis beds</h1>'
        + `<iframe title="Crisis Continuum Planner" src="${site.frame}" width="700" height="900"></iframe>`);
      return;
    }
    let file = url.pathname.startsWith(site.prefix)
      ? path.join(site.root, decodeURIComponent(url.pathname.slice(site.prefix.length)))
      : null;
    if (file && fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!file || !file.startsWith(site.root) || !fs.existsSync(file)) {
      site.missing.push(url.pathname);
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream', 'cache-control': 'no-cache' });
    res.end(fs.readFileSync(file));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      site.port = server.address().port;
      site.url = `http://127.0.0.1:${site.port}/`;
      site.close = () => new Promise((r) => {
        server.closeAllConnections();
        server.close(r);
      });
      resolve(site);
    });
  });
}

let site;
let browser;
const scratch = [];
before(async () => {
  site = await host();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await site?.close();
  for (const dir of scratch) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh browser profile whose pages may have service workers, with the site as it was built. */
async function visit(url, options = {}) {
  Object.assign(site, { root: DIST, prefix: '/', down: false, missing: [] });
  const opened = await openPage(browser, url, { serviceWorkers: 'allow', refuse: false, ...options });
  const failed = [];
  opened.context.on('requestfailed', (r) => failed.push(r.url()));
  return { ...opened, failed };
}

const HEADLINE = ['residential-beds', 'receiving-chairs', 'mobile-teams', 'crisis-line-staff', 'annual-cost', 'savings'];
const headline = (page) => page.evaluate((names) => names.map(
  (n) => document.querySelector(`[data-metric="${n}"]`).getAttribute('data-value'),
), HEADLINE);

/** Type a population and wait until the figures show it and the page has kept it (250 ms). */
async function typePopulation(page, value) {
  const before = await headline(page);
  await page.locator('input[data-path="population"]').fill(String(value));
  await page.waitForFunction((b) => document.querySelector('[data-metric="residential-beds"]').getAttribute('data-value') !== b, before[0]);
  await page.waitForTimeout(600);
  return headline(page);
}

/** Wait until the release's worker is active and answers this page (or frame). */
const offlineReady = (where) => where.waitForFunction(
  () => navigator.serviceWorker.controller?.state === 'activated',
  null,
  { timeout: 60000 },
);

/** Every cache of the origin and the addresses it holds. */
const caches = (where) => where.evaluate(async () => {
  const out = {};
  for (const name of await self.caches.keys()) {
    out[name] = (await (await self.caches.open(name)).keys()).map((r) => r.url).sort();
  }
  return out;
});

/** The release folder of a site, and the addresses its worker must keep (the page first). */
function release(root, base) {
  const dir = fs.readdirSync(root).find((f) => f.startsWith('app-'));
  const files = fs.readdirSync(path.join(root, dir)).map((f) => `${base}${dir}/${f}`);
  return { dir, urls: [base, ...files].sort() };
}

/** Drop every connection and put the browser offline. */
async function goOffline(context) {
  site.down = true;
  await context.setOffline(true);
}

test('after one visit the whole planner works offline: the same figures, every part, presentation mode', async () => {
  const { context, page, errors, foreign, failed } = await visit(site.url);
  await page.goto(site.url);
  await waitForResults(page);
  const want = await typePopulation(page, 345678);
  await offlineReady(page);

  // the worker keeps exactly the page and every file of the release, all from this host
  const { dir, urls } = release(DIST, site.url);
  assert.deepEqual(await caches(page), { [`crisis-continuum-planner-${dir}`]: urls });

  // installable: a manifest the browser reads without errors, and no installability error
  const cdp = await context.newCDPSession(page);
  const manifest = await cdp.send('Page.getAppManifest');
  assert.equal(manifest.url, `${site.url}${dir}/manifest.webmanifest`);
  assert.deepEqual(manifest.errors, []);
  // (a test's browser profile is a private one, which Chromium never installs from)
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors.filter((e) => e.errorId !== 'in-incognito'), []);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(csp, /manifest-src 'self'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval';/);

  await goOffline(context);
  await page.reload();
  await waitForResults(page);
  assert.deepEqual(await headline(page), want, 'the same figures with no network');
  assert.equal(await page.locator('input[data-path="population"]').inputValue(), '345678');

  // every part that loads on demand: the sections further down, "More assumptions", the saved
  // scenarios and the comparison, "Embed this", presentation mode, the printed inputs
  await showParts(page, ...SCROLLED_PARTS, 'outcomes');
  await page.getByText('More assumptions').click();
  await page.locator("input[data-path='mobile.staff_per_team']").waitFor();
  await page.locator('#saved-scenarios > summary').click();
  await page.locator('#library-name').fill('Offline');
  await page.getByRole('button', { name: 'Save the scenario on screen' }).click();
  await typePopulation(page, 500000);
  await page.getByLabel('Compare: Offline').check();
  await page.locator('.library-compare button').click();
  await page.locator('#comparison tr[data-row="residential_beds"]').waitFor();
  await page.getByRole('button', { name: 'Embed this' }).click();
  await page.locator('#embed-panel').waitFor();
  await page.getByRole('button', { name: 'Present' }).click();
  const dialog = page.getByRole('dialog', { name: 'Presentation' });
  await dialog.waitFor();
  assert.equal(
    await dialog.locator('[data-present-metric="residential-beds"]').innerText(),
    await page.locator('[data-metric="residential-beds"]').getAttribute('data-value'),
  );
  // the last slide (today against need) is drawn by the gap section's part
  await page.keyboard.press('End');
  await page.waitForFunction(() => /^Slide (\d+) of \1\b/.test(document.querySelector('.present-foot span')?.textContent));
  assert.ok(await dialog.locator('svg').count() > 0, 'the last slide draws its chart');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+p');
  await page.locator('.print-inputs').waitFor({ state: 'attached' });

  // new tabs, offline too: a fresh visit opens the latest tab's scenario and offers the others
  // under "Recent" (the part that says so)
  const second = await context.newPage();
  await second.goto(site.url);
  await waitForResults(second);
  await typePopulation(second, 111111);
  const other = await context.newPage();
  await other.goto(site.url);
  await waitForResults(other);
  await other.getByTestId('recent').getByText('500,000 residents').waitFor();

  // an embedded page loads its messages' part, and a change local storage has no room for loads
  // the IndexedDB part: offline too
  const resource = (p, file) => p.waitForFunction(
    (f) => performance.getEntriesByType('resource').some((e) => e.name.endsWith(f)), file, { timeout: 15000 });
  const embedded = await context.newPage();
  await embedded.goto(`${site.url}?embed=1`);
  await embedded.waitForSelector('[data-metric="residential-beds"]');
  await resource(embedded, 'split_frame.wasm');
  // and "Several areas", a mode of its own
  const areas = await context.newPage();
  await areas.goto(`${site.url}?view=areas`);
  await resource(areas, 'split_areas.wasm');
  await other.evaluate(() => {
    for (let n = 1 << 22; n >= 1; n >>= 1) {
      for (let i = 0; ; i += 1) {
        try {
          localStorage.setItem(`fill-${n}-${i}`, 'x'.repeat(n));
        } catch {
          break;
        }
      }
    }
  });
  await typePopulation(other, 222222);
  await resource(other, 'split_store.wasm');
  await other.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('fill-')).forEach((k) => localStorage.removeItem(k)));

  // each part came in: none failed, and every wasm module of the release was used
  for (const p of [page, other, embedded, areas]) {
    assert.equal(await p.locator('.deferred-failed').count(), 0, 'no part failed to load');
  }
  const used = new Set();
  for (const p of [page, other, embedded, areas]) {
    for (const name of await p.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name))) {
      if (name.endsWith('.wasm')) used.add(path.basename(new URL(name).pathname));
    }
  }
  const modules = fs.readdirSync(path.join(DIST, dir)).filter((f) => f.endsWith('.wasm')).sort();
  assert.deepEqual([...used].sort(), modules, 'every module of the release opened offline');
  assert.deepEqual(failed, [], 'no request failed');
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
  await context.close();
});

/** A new release of the site: a copy whose app folder has new contents (so a new name), its page and sw.js rewritten. */
function newRelease() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ccp-release-'));
  scratch.push(root);
  fs.cpSync(DIST, root, { recursive: true });
  const old = release(root, '').dir;
  const dir = `app-${'0123456789abcdef'.split('').reverse().join('')}`;
  assert.notEqual(dir, old);
  fs.renameSync(path.join(root, old), path.join(root, dir));
  fs.appendFileSync(path.join(root, dir, 'main.css'), '\n/* the next release */\n');
  const index = path.join(root, 'index.html');
  fs.writeFileSync(index, fs.readFileSync(index, 'utf8').replaceAll(`./${old}/`, `./${dir}/`));
  return { root, dir, old };
}

test('a new release: the page says so, keeps working, and a reload opens it with the scenario kept', async () => {
  const next = newRelease();
  await writeServiceWorker(next.root);
  const { context, page, errors, failed } = await visit(site.url);
  await page.goto(site.url);
  await waitForResults(page);
  await offlineReady(page);
  const notice = page.locator('.update-notice');
  assert.equal(await notice.getAttribute('role'), 'status');
  assert.equal(await notice.getAttribute('aria-live'), 'polite');
  assert.equal(await notice.isVisible(), false, 'no notice while this is the newest release');
  const want = await typePopulation(page, 456789);

  // the host now serves the new release only; the person comes back to the page
  site.root = next.root;
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await notice.getByText('A new version of the planner is available.').waitFor({ timeout: 60000 });
  assert.match(await notice.innerText(), /Reload the page to use it; your scenario is kept\./);
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'update-notice-en.png') });

  // the page keeps working on its own release: a part it had not opened yet comes from the old
  // release's files, which the new worker keeps (the host has none of them any more)
  await page.getByRole('button', { name: 'Present' }).click();
  const dialog = page.getByRole('dialog', { name: 'Presentation' });
  await dialog.waitFor();
  assert.equal(await dialog.locator('[data-present-metric="residential-beds"]').innerText(), want[0]);
  await page.keyboard.press('Escape');
  assert.deepEqual(site.missing.filter((p) => p.includes(next.old)), [], 'nothing of the old release was asked of the host');

  // in the page's language
  await page.locator('[data-lang="es"]').click();
  await notice.getByText('Hay una nueva versión del planificador.').waitFor();
  assert.match(await notice.innerText(), /Recargue la página para usarla; su escenario se conserva\./);
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'update-notice-es.png') });
  await page.waitForTimeout(600);

  await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Recargar' }).click()]);
  await waitForResults(page);
  assert.equal(await page.locator('script[type="module"]').getAttribute('src'), `./${next.dir}/boot.js`, 'the new release');
  assert.deepEqual(await headline(page), want, 'the scenario is kept');
  assert.equal(await page.locator('html').getAttribute('lang'), 'es');
  await page.waitForTimeout(2500);
  assert.equal(await notice.isVisible(), false, 'no notice on the new release');
  // the new release's files, and the old one's for a page still open on it
  assert.deepEqual(Object.keys(await caches(page)).sort(), [
    `crisis-continuum-planner-${next.dir}`,
    `crisis-continuum-planner-${next.old}`,
  ].sort());
  assert.deepEqual(failed, []);
  assert.deepEqual(errors, []);
  await context.close();

  if (SHOTS) {
    // the notice on a phone
    const phone = await visit(site.url, { width: 390, height: 844 });
    await phone.page.goto(site.url);
    await waitForResults(phone.page);
    await offlineReady(phone.page);
    site.root = next.root;
    await phone.page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await phone.page.locator('.update-notice p').waitFor({ timeout: 60000 });
    await phone.page.screenshot({ path: path.join(SHOTS, 'update-notice-phone.png') });
    await phone.context.close();
  }
});

test('under a sub-path, and inside an iframe of a course page on another host', async () => {
  const base = `${site.url}tools/crisis/`;
  const { context, page, errors, failed } = await visit(base);
  site.prefix = '/tools/crisis/';
  await page.goto(base);
  await waitForResults(page);
  const want = await typePopulation(page, 234567);
  await offlineReady(page);
  assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope), base);
  const { dir, urls } = release(DIST, base);
  assert.deepEqual(await caches(page), { [`crisis-continuum-planner-${dir}`]: urls });
  await goOffline(context);
  await page.reload();
  await waitForResults(page);
  assert.deepEqual(await headline(page), want);
  await showParts(page, 'detail');
  assert.deepEqual(failed, []);
  assert.deepEqual(errors, []);
  await context.close();

  // the course page is on localhost, the planner on 127.0.0.1: a frame of another site. Chrome
  // gives such a frame its own storage, partitioned by the course page's site; Playwright turns
  // that off, so this browser turns it back on (a later --disable-features replaces Playwright's)
  const course = `http://localhost:${site.port}/course.html`;
  const partitioned = await launch({ args: ['--disable-features=Translate', '--enable-features=ThirdPartyStoragePartitioning'] });
  try {
    const framed = await openPage(partitioned, course, { serviceWorkers: 'allow', refuse: false });
    Object.assign(site, { prefix: '/tools/crisis/', frame: `${base}?embed=1`, down: false });
    await framed.context.setOffline(false);
    await framed.page.goto(course);
    const frame = framed.page.frameLocator('iframe');
    await frame.locator('[data-metric="residential-beds"]').waitFor();
    const planner = framed.page.frames().find((f) => f.url().startsWith(base));
    await offlineReady(planner);
    const beds = await frame.locator('[data-metric="residential-beds"]').getAttribute('data-value');
    await goOffline(framed.context);
    await planner.evaluate(() => {
      window.__before = true;
      setTimeout(() => location.reload());
    });
    await planner.waitForFunction(() => !window.__before && document.querySelector('[data-metric="residential-beds"]'));
    assert.equal(await frame.locator('[data-metric="residential-beds"]').getAttribute('data-value'), beds);
    assert.equal(await frame.locator('.site-header').count(), 0, 'still the embedded page');
    assert.deepEqual(framed.errors, [], site.missing.join(' '));
  } finally {
    await partitioned.close();
  }

  // where the browser gives a frame of another site no storage (Playwright's default, as some
  // browsers' private windows), the worker is refused and the embedded planner works as before
  const refused = await visit(course);
  Object.assign(site, { prefix: '/tools/crisis/', frame: `${base}?embed=1` });
  await refused.page.goto(course);
  const frame = refused.page.frameLocator('iframe');
  await frame.locator('[data-metric="residential-beds"]').waitFor();
  await refused.page.waitForTimeout(3000);
  const planner = refused.page.frames().find((f) => f.url().startsWith(base));
  assert.equal(await planner.evaluate(() => navigator.serviceWorker.controller), null);
  assert.equal(await frame.locator('.update-notice').count(), 0);
  assert.deepEqual(refused.failed, []);
  assert.deepEqual(refused.errors, []);
  await refused.context.close();
});

test("the development site's sw.js takes a release's worker away", async () => {
  const dev = fs.mkdtempSync(path.join(os.tmpdir(), 'ccp-dev-'));
  scratch.push(dev);
  fs.writeFileSync(path.join(dev, 'index.html'), '<!doctype html><title>Development site</title><p id="dev">served by trunk</p>');
  fs.copyFileSync(path.join(ROOT, 'assets', 'dev', 'sw.js'), path.join(dev, 'sw.js'));
  const { context, page } = await visit(site.url);
  await page.goto(site.url);
  await waitForResults(page);
  await offlineReady(page);

  // the same address now serves the development site (as ./dev.sh serve would)
  site.root = dev;
  await page.reload();
  await page.locator('#dev').waitFor({ timeout: 30000 });
  await page.evaluate(async () => {
    while ((await navigator.serviceWorker.getRegistrations()).length) await new Promise((r) => setTimeout(r, 100));
  });
  assert.equal(await page.evaluate(() => navigator.serviceWorker.controller), null);
  assert.deepEqual(await caches(page), {});
  await context.close();
});
