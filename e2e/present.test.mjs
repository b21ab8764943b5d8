// End-to-end: presentation mode listens to the arrow keys only while it is open. Its key listener
// is removed when the overlay leaves the page (src/browser: `on_window`), so presenting a second
// time moves one slide a key press, not one slide per earlier presentation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveAndLaunch, openPage, waitForResults } from './lib.mjs';

let server;
let browser;
serveAndLaunch((s, b) => {
  [server, browser] = [s, b];
});

const counter = (dialog) => dialog.locator('.present-foot span').innerText();

test('presenting a second time, one arrow press moves exactly one slide', async () => {
  const { page, foreign, errors, context } = await openPage(browser, server.url, { width: 1920, height: 1080 });
  await page.goto(server.url);
  await waitForResults(page);
  const dialog = page.getByRole('dialog', { name: 'Presentation' });

  // the first presentation: one press, one slide; then leave with Escape
  await page.getByRole('button', { name: 'Present' }).click();
  await dialog.waitFor();
  assert.match(await counter(dialog), /^Slide 1 of 8 /);
  await page.keyboard.press('ArrowRight');
  assert.match(await counter(dialog), /^Slide 2 of 8 /, 'the first presentation moves one slide');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });

  // the second: it starts at the first slide, and one press moves to the second, not the third
  await page.getByRole('button', { name: 'Present' }).click();
  await dialog.waitFor();
  assert.match(await counter(dialog), /^Slide 1 of 8 /);
  await page.keyboard.press('ArrowRight');
  assert.match(await counter(dialog), /^Slide 2 of 8 /, 'the second presentation moves one slide a press');
  // the same after leaving with the button rather than a key
  await page.getByRole('button', { name: 'Leave (Esc)' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByRole('button', { name: 'Present' }).click();
  await dialog.waitFor();
  await page.keyboard.press('ArrowRight');
  assert.match(await counter(dialog), /^Slide 2 of 8 /, 'the third presentation moves one slide a press');
  await page.keyboard.press('ArrowLeft');
  assert.match(await counter(dialog), /^Slide 1 of 8 /);

  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
  await context.close();
});
