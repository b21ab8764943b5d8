// End-to-end: charts to take away (src/widgets/charts/download.rs, src/browser/image.rs). Every
// chart on the page sits above "Download PNG", "Download SVG" and "Download data (CSV)"; the SVG
// is self-contained (no stylesheet, variable or address outside it) and opens as an image of its
// stated size carrying the chart's title, the place, the date and the source line; the PNG opens
// at least 1920 pixels wide with the title's ink at the top; the CSV holds the chart's numbers.
// In Spanish, the same in Spanish.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serveAndLaunch, openPage, waitForResults, showParts } from './lib.mjs';

let server;
let browser;
serveAndLaunch((s, b) => {
  [server, browser] = [s, b];
});

/** Click a chart's download button and return the file's name and bytes. */
async function download(page, chart, kind) {
  const button = page.locator(`.chart-block[data-chart="${chart}"] button[data-download="${kind}"]`).first();
  await button.scrollIntoViewIfNeeded();
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 15000 }), button.click()]);
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(await file.path()) };
}

/** Open an image in the page (from its bytes) and return its natural size and how much ink its
 * top band (where the title is) holds. */
const openImage = (page, base64, mime) => page.evaluate(async ([b64, type]) => {
  // a data: address, which the page's Content Security Policy allows for images
  const img = new Image();
  img.src = `data:${type};base64,${b64}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = img.naturalWidth;
  canvas.height = img.naturalHeight;
  const ctx = canvas.getContext('2d');
  ctx.drawImage(img, 0, 0);
  // the title's line: the top 15% of the picture (the margin, then the title), left half
  const band = ctx.getImageData(0, 0, Math.floor(canvas.width / 2), Math.max(1, Math.floor(canvas.height * 0.15))).data;
  let dark = 0;
  for (let i = 0; i < band.length; i += 4) if (band[i] + band[i + 1] + band[i + 2] < 200 && band[i + 3] > 200) dark += 1;
  return { width: img.naturalWidth, height: img.naturalHeight, dark };
}, [base64, mime]);

test('every chart has its downloads; the SVG, PNG and CSV of the cost chart are what they say', async () => {
  const { context, page, foreign, errors } = await openPage(browser, server.url, { width: 1280, height: 900 });
  try {
    await page.goto(server.url);
    await waitForResults(page);
    await page.getByLabel('Place name').fill('Lakeview County');
    await showParts(page, 'detail', 'today', 'funding', 'uncertainty');
    // every chart drawn on the page has its three downloads
    const charts = await page.evaluate(() => [...document.querySelectorAll('svg.chart')].map((svg) => {
      const block = svg.closest('.chart-block');
      return block ? block.querySelectorAll(':scope > .chart-downloads button').length : 0;
    }));
    assert.ok(charts.length >= 5, `charts on the page: ${charts.length}`);
    assert.deepEqual(charts.filter((n) => n !== 3), [], 'each chart with PNG, SVG and CSV');

    const title = 'Annual cost: the continuum against hospital only';
    const svg = await download(page, 'annual-cost', 'svg');
    assert.equal(svg.name, 'annual-cost.svg');
    const text = svg.bytes.toString('utf8');
    assert.ok(text.startsWith('<svg'), text.slice(0, 80));
    for (const words of [title, 'Dollars a year', 'Lakeview County', 'Source: Crisis Continuum Planner', String(new Date().getFullYear())]) {
      assert.ok(text.includes(words), `the SVG carries "${words}"`);
    }
    // self-contained: no stylesheet, custom property, class or address outside the file
    assert.ok(!/var\(--/.test(text), 'no CSS variables');
    assert.ok(!/<link|@import|xlink:href="http|href="http|url\(["']?http/.test(text), 'no external reference');
    assert.ok(!/class="/.test(text), 'no class left for a stylesheet');
    assert.ok(/font-family:/.test(text), 'the font named inline');
    const [w, h] = [Number(text.match(/<svg[^>]* width="([\d.]+)"/)[1]), Number(text.match(/<svg[^>]* height="([\d.]+)"/)[1])];
    const shown = await openImage(page, svg.bytes.toString('base64'), 'image/svg+xml');
    assert.equal(shown.width, Math.round(w));
    assert.equal(shown.height, Math.round(h));
    assert.ok(shown.dark > 50, `the title is drawn: ${shown.dark} dark pixels at the top`);

    const png = await download(page, 'annual-cost', 'png');
    assert.equal(png.name, 'annual-cost.png');
    assert.equal(png.bytes.subarray(1, 4).toString('latin1'), 'PNG');
    const [pw, ph] = [png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)];
    assert.ok(pw >= 1920, `PNG width ${pw}`);
    assert.ok(Math.abs(ph / pw - h / w) < 0.01, `the PNG keeps the picture's proportions: ${pw} x ${ph} against ${w} x ${h}`);
    const picture = await openImage(page, png.bytes.toString('base64'), 'image/png');
    assert.deepEqual([picture.width, picture.height], [pw, ph]);
    assert.ok(picture.dark > 500, `the title is drawn: ${picture.dark} dark pixels at the top`);

    // the CSV holds the chart's numbers: the table under the chart, to the dollar
    const csv = (await download(page, 'annual-cost', 'csv')).bytes.toString('utf8');
    const lines = csv.trim().split('\r\n');
    assert.equal(lines[0], '"Annual cost","At low costs (dollars a year)","Default (dollars a year)","At high costs (dollars a year)"');
    const continuum = lines.find((l) => l.startsWith('"Crisis continuum"')).split(',');
    const tableDefault = await page.locator('.chart-block[data-chart="annual-cost"] tfoot tr').first().locator('td').nth(2).innerText();
    assert.equal(`$${Math.round(Number(continuum[2])).toLocaleString('en-US')}`, tableDefault);

    // the flow's data: the bands, from and to, episodes a month
    const flow = (await download(page, 'crisis-flow', 'csv')).bytes.toString('utf8');
    assert.ok(flow.startsWith('"From","To","Episodes a month"\r\n'), flow.slice(0, 80));
    assert.ok(flow.split('\r\n').length > 4);

    assert.deepEqual(foreign, []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('in Spanish, the picture and the data speak Spanish', async () => {
  const { context, page, foreign, errors } = await openPage(browser, server.url, { width: 1280, height: 900 });
  try {
    await page.goto(`${server.url}?lang=es`);
    await waitForResults(page);
    await showParts(page, 'detail');
    await page.locator('.chart-block[data-chart="beds-curve"] button[data-download="png"]').waitFor();
    assert.equal(await page.locator('.chart-block[data-chart="beds-curve"] button[data-download="png"]').innerText(), 'Descargar PNG');
    const svg = (await download(page, 'beds-curve', 'svg')).bytes.toString('utf8');
    for (const words of ['Camas, días a plena capacidad y utilización', 'Fuente: Planificador del continuo de crisis']) {
      assert.ok(svg.includes(words), `the SVG carries "${words}"`);
    }
    const months = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
    assert.ok(svg.includes(`de ${months[new Date().getMonth()]} de`), 'the date in Spanish');
    const csv = (await download(page, 'beds-curve', 'csv')).bytes.toString('utf8');
    assert.ok(csv.startsWith('"Programa","Camas",'), csv.slice(0, 60));
    const png = await download(page, 'beds-curve', 'png');
    assert.ok(png.bytes.readUInt32BE(16) >= 1920);
    assert.deepEqual(foreign, []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
