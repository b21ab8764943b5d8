import { serveDist, launch, waitForResults } from './lib.mjs';
const server = await serveDist();
const browser = await launch();
for (const width of [390, 1280]) {
  // the notice: storage turned off
  const ctx = await browser.newContext({ viewport: { width, height: 900 } });
  await ctx.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('no', 'SecurityError'); } });
  });
  const page = await ctx.newPage();
  await page.goto(server.url);
  await waitForResults(page);
  await page.locator("[data-testid='storage-notice']").waitFor();
  await page.locator('.share-bar').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `/tmp/shots26/notice-${width}.png` });
  await page.locator('[data-lang="es"]').click();
  await page.screenshot({ path: `/tmp/shots26/notice-es-${width}.png` });
  await ctx.close();
  // Recent: two tabs, then a fresh visit
  const ctx2 = await browser.newContext({ viewport: { width, height: 900 } });
  const a = await ctx2.newPage();
  await a.goto(server.url);
  await waitForResults(a);
  await a.locator("input[data-path='place_name']").fill('Pima County');
  await a.locator("input[data-path='population']").fill('1043433');
  await a.waitForTimeout(600);
  const b = await ctx2.newPage();
  await b.goto(server.url);
  await waitForResults(b);
  await b.locator("input[data-path='place_name']").fill('Santa Cruz County');
  await b.locator("input[data-path='population']").fill('47669');
  await b.waitForTimeout(600);
  const c = await ctx2.newPage();
  await c.goto(server.url);
  await waitForResults(c);
  await c.locator("[data-testid='recent']").waitFor();
  await c.locator('.share-bar').scrollIntoViewIfNeeded();
  await c.screenshot({ path: `/tmp/shots26/recent-${width}.png` });
  await ctx2.close();
}
await browser.close();
await server.close();
