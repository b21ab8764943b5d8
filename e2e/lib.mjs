// Shared helpers for the end-to-end tests, the screenshots and the browser benchmark:
// a static server for dist/ on 127.0.0.1, and headless Debian Chromium driven by playwright-core.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const DIST = process.env.DIST ? path.resolve(process.env.DIST) : path.resolve(here, '..', 'dist');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
};

/** Serve dist/ on 127.0.0.1 (a free port). Resolves to { url, close, bytes }. */
export function serveDist(root = DIST) {
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    throw new Error(`${root}/index.html is missing: run ./dev.sh build first`);
  }
  const served = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    let file = path.normalize(path.join(root, decodeURIComponent(url.pathname)));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) { res.writeHead(404).end('not found'); return; }
    const body = fs.readFileSync(file);
    served.push({ path: url.pathname, bytes: body.length });
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
    res.end(body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}/`, served, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

/** Launch Debian's Chromium headless, with no background networking (`args`: more switches). */
export function launch({ args = [] } = {}) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ...args,
    ],
  });
}

/**
 * A new page that records every request to a host other than the page's own and every page
 * error, so a test can fail on them. Such a request is refused (each request is routed through
 * this process); with `refuse: false` it is only recorded, and the page's requests go straight to
 * the server, as a visitor's do (the benchmark's timed loads). `device` adds to the context's
 * options (`PHONE`: a phone's touch screen). The release site's service worker is blocked unless
 * `serviceWorkers: 'allow'` (e2e/offline.test.mjs): routing does not see the requests a worker
 * answers, and each test here is about one visit.
 */
export async function openPage(browser, base, { width = 1280, height = 900, refuse = true, device = {}, serviceWorkers = 'block' } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, serviceWorkers, ...device });
  const page = await context.newPage();
  const origin = new URL(base).origin;
  const foreign = [];
  const errors = [];
  const own = (u) => u.startsWith(origin) || u.startsWith('data:') || u.startsWith('blob:');
  if (refuse) {
    await context.route('**/*', (route) => {
      const u = route.request().url();
      if (own(u)) return route.continue();
      foreign.push(u);
      return route.abort();
    });
  } else {
    page.on('request', (r) => { if (!own(r.url())) foreign.push(r.url()); });
  }
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return { context, page, foreign, errors };
}

/** A phone in a visitor's hand, as playwright's `devices` describe one: 390 x 844, touch, 3x pixels. */
export const PHONE = {
  width: 390,
  height: 844,
  device: {
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 3,
    userAgent: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36',
  },
};

/** Wait until the app has mounted, shows its headline figures, and has built its inputs. */
export async function waitForResults(page) {
  // the first screen drawn at build time (scripts/prerender.mjs) goes once the app has taken over
  await page.waitForFunction(() => !document.getElementById('first-screen'), null, { timeout: 15000 });
  await page.waitForSelector('[data-metric="residential-beds"]', { timeout: 15000 });
  // the inputs panel is filled in the task after the figures are drawn (src/shell/lazy.rs, `painted`)
  await page.waitForSelector('section.inputs:not([aria-busy])', { timeout: 15000 });
}

/**
 * Bring on-demand parts of the page (src/shell/lazy.rs: detail, today, uncertainty, criteria) onto it,
 * as a reader does: scroll to each one's place and wait until it has loaded.
 */
export async function showParts(page, ...names) {
  for (const name of names) {
    // on a phone the results' tables and charts start folded: open them, as a reader does
    await page.locator(`.deferred[data-part="${name}"]`).evaluate((el) => {
      const fold = el.closest('details');
      if (fold && !fold.open) fold.open = true;
    });
    await page.locator(`.deferred[data-part="${name}"]`).scrollIntoViewIfNeeded();
    await page.waitForFunction((n) => {
      const el = document.querySelector(`.deferred[data-part="${n}"]`);
      return el && !el.hasAttribute('data-waiting') && !el.querySelector('.deferred-loading') && el.childElementCount > 0;
    }, name);
  }
}

/** The parts a reader reaches by scrolling, in page order. */
export const SCROLLED_PARTS = ['detail', 'today', 'funding', 'uncertainty', 'criteria'];

/**
 * A test file's server and browser: started before its tests, closed after them. `ready` receives
 * them (`serveAndLaunch((s, b) => { [server, browser] = [s, b]; })`).
 */
export function serveAndLaunch(ready) {
  let server;
  let browser;
  before(async () => {
    server = await serveDist();
    browser = await launch();
    ready(server, browser);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
}

/** The scenario this tab keeps in local storage (src/shell/kept.rs: one key a tab, each with the
 * time it was last changed), as JSON text, or null when it keeps none. */
export const keptScenario = (page) => page.evaluate(() => {
  const key = `crisis-continuum-planner.scenario.v1.tab-${sessionStorage.getItem('crisis-continuum-planner.tab')}`;
  const text = localStorage.getItem(key);
  return text && JSON.stringify(JSON.parse(text).scenario);
});
