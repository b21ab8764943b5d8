// End-to-end security checks on the release build: the Content Security Policy is in force, and
// whatever a person, a link, a file or the browser's storage puts on the page is shown as text,
// never run as code. No cookies are set and no other host is contacted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveAndLaunch, openPage, waitForResults, showParts, SCROLLED_PARTS } from './lib.mjs';

let server;
let browser;
serveAndLaunch((s, b) => {
  [server, browser] = [s, b];
});

// Each payload sets window.__xss or opens a dialog if it ever runs.
const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=2</script>',
  '"><svg onload="window.__xss=3">',
  "javascript:window.__xss=4",
  '{{7*7}}<b>bold</b>&amp;',
];

/** A page that records dialogs and policy violations. */
async function guardedPage(query = '') {
  const opened = await openPage(browser, server.url);
  const dialogs = [];
  opened.page.on('dialog', (d) => {
    dialogs.push(d.message());
    d.dismiss();
  });
  await opened.page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective));
  });
  await opened.page.goto(server.url + query);
  await waitForResults(opened.page);
  return { ...opened, dialogs };
}

async function assertNothingRan(page, dialogs, errors) {
  assert.equal(await page.evaluate(() => window.__xss), undefined, 'no payload ran');
  assert.deepEqual(dialogs, []);
  assert.equal(await page.locator('.results img, .results script, .results svg[onload]').count(), 0);
  assert.deepEqual(await page.evaluate(() => window.__violations), [], 'the app itself never trips the policy');
  assert.deepEqual(errors, []);
}

test('the policy allows the app and nothing else inline', async () => {
  const { page, context, errors, dialogs } = await guardedPage();
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(csp, /default-src 'none'/);
  // script only from the page's own files: no inline script at all, not even by hash
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval';/);
  assert.doesNotMatch(csp, /sha256-/);
  assert.equal(await page.locator('script:not([src])').count(), 0);
  assert.doesNotMatch(csp, /unsafe-inline/);
  await assertNothingRan(page, dialogs, errors);
  // a script injected after load is refused by the policy
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__xss = "injected"';
    document.body.append(s);
  });
  await page.waitForFunction(() => window.__violations.length > 0);
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.deepEqual(await context.cookies(), [], 'no cookies');
  await context.close();
});

test('markup typed into every text input is shown as text', async () => {
  const { page, context, errors, dialogs } = await guardedPage();
  for (const payload of PAYLOADS) {
    await page.locator('input[data-path="place_name"]').fill(payload);
    await page.locator('input[data-path="programs[0].name"]').fill(payload);
    assert.ok((await page.locator('.place-title').innerText()).includes(payload));
  }
  // the parts further down show the place name too (the board summary, the gap)
  await showParts(page, ...SCROLLED_PARTS);
  await page.locator('#saved-scenarios > summary').click();
  for (const payload of PAYLOADS) {
    await page.locator('#library-name').fill(payload);
    await page.getByRole('button', { name: 'Save the scenario on screen' }).click();
  }
  const names = await page.locator('.library-row .entry-name').allInnerTexts();
  assert.deepEqual(names, PAYLOADS);
  await assertNothingRan(page, dialogs, errors);
  await context.close();
});

test('markup in a link, a file and the browser storage is shown as text', async () => {
  // a link whose scenario names the place with every payload
  const payload = PAYLOADS.join(' ');
  const json = JSON.stringify({ version: 1, preset: 'crisis-now', place_name: payload });
  const link = Buffer.from(json).toString('base64url');
  let g = await guardedPage(`?s=${link}`);
  assert.ok((await g.page.locator('.place-title').innerText()).includes(payload));
  await showParts(g.page, ...SCROLLED_PARTS);
  await assertNothingRan(g.page, g.dialogs, g.errors);

  // the same as an imported file
  await g.page.goto(server.url);
  await waitForResults(g.page);
  await g.page.locator('input[type=file]').setInputFiles({
    name: '<img src=x onerror=alert(1)>.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ version: 1, place_name: payload, programs: [{ kind: 'peer-respite', name: payload, share: 1 }] })),
  });
  await g.page.locator('.file-tools .hint', { hasText: 'Opened' }).waitFor();
  assert.ok((await g.page.locator('.place-title').innerText()).includes(payload));
  await assertNothingRan(g.page, g.dialogs, g.errors);
  await g.context.close();

  // local storage holding payloads (autosave and saved scenarios) from a reload
  g = await guardedPage();
  await g.page.waitForTimeout(500); // the page's own first write to storage is done
  await g.page.evaluate((p) => {
    localStorage.setItem('crisis-continuum-planner.scenario.v1', JSON.stringify({ version: 1, place_name: p }));
    // the tab's own autosave, which a reload opens (src/shell/kept.rs)
    const tab = `crisis-continuum-planner.scenario.v1.tab-${sessionStorage.getItem('crisis-continuum-planner.tab')}`;
    localStorage.setItem(tab, JSON.stringify({ changed_at: Date.now(), scenario: { version: 1, place_name: p } }));
    localStorage.setItem('crisis-continuum-planner.library.v1', JSON.stringify({ version: 1, entries: [{ id: 1, name: p, scenario: { version: 1, place_name: p } }] }));
  }, payload);
  await g.page.goto(server.url); // no ?s=, so the saved scenario is read

  await waitForResults(g.page);
  assert.ok((await g.page.locator('.place-title').innerText()).includes(payload));
  // names are kept to 80 characters (the saved scenarios load when their panel is opened)
  await g.page.locator('#saved-scenarios > summary').click();
  assert.equal(await g.page.locator('.library-row .entry-name').textContent(), payload.slice(0, 80).trim());
  await assertNothingRan(g.page, g.dialogs, g.errors);
  await g.context.close();
});
