// End-to-end: the Spanish page is the English page in other words. The same scenario link opened
// in English and with `lang=es` shows the same headline figures; the Spanish page writes them as
// US Spanish does ($1.6 millones, 12,345, 4.8%) and reads what a person types the US way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveAndLaunch, openPage, waitForResults } from './lib.mjs';

let server;
let browser;
serveAndLaunch((s, b) => {
  [server, browser] = [s, b];
});

/** Every headline figure of a page: name -> { value, text }. */
async function figures(page) {
  return page.$$eval('[data-metric]', (els) =>
    Object.fromEntries(els.map((el) => [el.dataset.metric, { value: Number(el.dataset.value), text: el.textContent.trim() }])));
}

/**
 * A figure as written for a person, back to a number: `$32.6 million`, `$32.6 millones`,
 * `$1.2 mil millones`, `12,345`, `-$1,500`. Throws on text that is not a figure in US style.
 */
function read(text) {
  const m = /^(-?)\$?([\d,]+(?:\.\d+)?)(?: (million|millones|billion|mil millones|trillion|billones))?$/.exec(text);
  assert.ok(m, `not a figure written the US way: ${JSON.stringify(text)}`);
  const scale = { million: 1e6, millones: 1e6, billion: 1e9, 'mil millones': 1e9, trillion: 1e12, billones: 1e12 }[m[3]] ?? 1;
  return (m[1] ? -1 : 1) * Number(m[2].replaceAll(',', '')) * scale;
}

/** The page's address for a language: the same link, with `lang` set. */
function inLanguage(link, lang) {
  const url = new URL(link);
  url.searchParams.set('lang', lang);
  return url.toString();
}

test('the same link in English and in Spanish shows the same headline figures', async () => {
  const { page, foreign, errors, context } = await openPage(browser, server.url);
  // a scenario of its own, so that the link carries it: the Roadmap, 750,000 residents, youth on
  await page.goto(inLanguage(server.url, 'en'));
  await waitForResults(page);
  await page.getByLabel('Start from').selectOption('roadmap');
  await page.waitForFunction(() => new URL(location.href).searchParams.has('s'));
  const before = new URL(page.url()).searchParams.get('s');
  await page.getByLabel('Population', { exact: true }).fill('750,000');
  // typing is written into the address once it pauses
  await page.waitForFunction((s) => new URL(location.href).searchParams.get('s') !== s, before);
  const link = page.url();

  const pages = {};
  for (const lang of ['en', 'es']) {
    const p = await context.newPage();
    await p.goto(inLanguage(link, lang));
    await waitForResults(p);
    assert.equal(await p.locator('html').getAttribute('lang'), lang);
    pages[lang] = await figures(p);
    await p.close();
  }
  const names = Object.keys(pages.en);
  assert.ok(names.length >= 8, `headline figures: ${names.join(', ')}`);
  assert.deepEqual(Object.keys(pages.es).sort(), [...names].sort(), 'the same figures on both pages');
  for (const name of names) {
    const [en, es] = [pages.en[name], pages.es[name]];
    assert.equal(es.value, en.value, `${name}: data-value`);
    assert.equal(read(es.text), read(en.text), `${name}: ${es.text} (es) against ${en.text} (en)`);
    // only the words differ: the digits, the dollar sign and the decimal point are the same
    const words = es.text.replace(' mil millones', ' billion').replace(' millones', ' million').replace(' billones', ' trillion');
    assert.equal(words, en.text, name);
  }
  // the money is written the US Spanish way
  assert.match(pages.es['annual-cost'].text, /^\$\d+\.\d (mil )?millones$/);
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('on the Spanish page, numbers are typed the US way and the field shows what it read', async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  await page.goto(inLanguage(server.url, 'es'));
  await waitForResults(page);
  await page.getByLabel('Punto de partida').selectOption('roadmap');
  const population = page.getByLabel('Población', { exact: true });
  await population.fill('500,000');
  // the Roadmap's 500,000 residents need 55 residential beds (500 residents would need 8 or so)
  const beds = page.locator('[data-metric="residential-beds"]');
  await page.waitForFunction(() => document.querySelector('[data-metric="residential-beds"]')?.textContent.trim() === '55');
  assert.equal(Number(await beds.getAttribute('data-value')), 55);
  // once typing pauses, the field shows the value it understood
  const readAs = population.locator('xpath=ancestor::div[contains(concat(" ", @class, " "), " field ")][1]').locator('.read-as');
  await readAs.waitFor({ state: 'visible' });
  assert.equal((await readAs.innerText()).trim(), 'Se leyó como 500,000');
  // a plain number is not repeated back
  await population.fill('600000');
  await population.blur();
  await page.waitForTimeout(900);
  assert.equal(await readAs.isVisible(), false);
  assert.equal(await page.locator('#f-population-err').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});
