// End-to-end: old links and files open forever. A link and a file of every version of the scenario
// format (crates/model/tests/fixtures: link-vN.txt, scenario-vN.json, as the build of their day wrote
// them) open in today's page with the same figures as the `crisis-plan` command gives for them, and
// no message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { serveAndLaunch, openPage, waitForResults } from './lib.mjs';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'crates', 'model', 'tests', 'fixtures');
const VERSIONS = [1, 2, 3];

let server;
let browser;
serveAndLaunch((s, b) => {
  [server, browser] = [s, b];
});

/** The command line's JSON for a scenario file (the debug build cargo keeps). */
function crisisPlan(file) {
  const out = execFileSync('cargo', ['run', '-q', '-p', 'crisis-model', '--bin', 'crisis-plan', '--', '--scenario', file, '--format', 'json'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out);
}

/** The headline figures the page shows, by their data-metric. */
async function shown(page) {
  await waitForResults(page);
  const value = async (metric) => Number(await page.locator(`[data-metric="${metric}"]`).first().getAttribute('data-value'));
  return {
    beds: await value('residential-beds'),
    place: await page.locator('input[data-path="place_name"]').inputValue(),
  };
}

/** Nothing on the page says a link or a file could not be read. */
async function noMessage(page) {
  const texts = await page.locator('[role=alert], .link-problem, .file-problem, .problem').allTextContents();
  assert.deepEqual(texts.map((t) => t.trim()).filter(Boolean), []);
}

for (const v of VERSIONS) {
  test(`a link of format version ${v} opens with the command line's figures`, async () => {
    const link = fs.readFileSync(path.join(FIXTURES, `link-v${v}.txt`), 'utf8').trim();
    const json = Buffer.from(link, 'base64url').toString('utf8');
    assert.equal(JSON.parse(json).version, v);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccp-formats-'));
    const file = path.join(dir, 'scenario.json');
    fs.writeFileSync(file, json);
    let want;
    try {
      want = crisisPlan(file);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const { page, errors, context } = await openPage(browser, server.url);
    await page.goto(`${server.url}?s=${link}`);
    const got = await shown(page);
    assert.equal(got.place, JSON.parse(json).place_name);
    assert.equal(got.beds, want.totals.residential_beds.total);
    await noMessage(page);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test(`a file of format version ${v} opens with the command line's figures`, async () => {
    const file = path.join(FIXTURES, `scenario-v${v}.json`);
    const text = fs.readFileSync(file);
    assert.equal(JSON.parse(text).version, v);
    const want = crisisPlan(file);
    const { page, errors, context } = await openPage(browser, server.url);
    await page.goto(server.url);
    await waitForResults(page);
    await page.locator('.file-tools input[type=file]').setInputFiles({ name: `scenario-v${v}.json`, mimeType: 'application/json', buffer: text });
    await page.waitForFunction((name) => document.querySelector('input[data-path="place_name"]')?.value === name, JSON.parse(text).place_name);
    const got = await shown(page);
    assert.equal(got.beds, want.totals.residential_beds.total);
    await noMessage(page);
    assert.deepEqual(errors, []);
    await context.close();
  });
}
