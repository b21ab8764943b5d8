// The default scenario's first screen, written into the built page:  node scripts/prerender.mjs [dist]
// (scripts/build.mjs runs it last, after scripts/csp.mjs).
//
// The app itself draws it: the release site in dist/ is opened in headless Chromium, once in
// English and once in Spanish, with no address parameters and empty storage (a first visit), and
// what the app shows above the fold (the skip link, the header, the introduction, the actions,
// the inputs panel down to the bottom of a 1080-pixel screen, and the results with their headline
// figures and `data-metric` attributes, not yet their tables and charts) is copied into index.html:
// the English one at the top of the body, the Spanish one in a <template>. So the
// figures are the model's, as the app formats them, and e2e/prerender.test.mjs checks that they
// equal what the app then shows. Nothing of it shows until assets/first-screen.js, the page's
// first script, says this is a first visit to the default scenario (a link, a kept scenario keep
// the loading message); boot.js puts the Spanish one in when the app will speak Spanish. No
// inline script is added (the Content Security Policy is unchanged).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDist, launch, waitForResults } from '../e2e/lib.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.resolve(process.argv[2] || path.join(ROOT, 'dist'));
const INDEX = path.join(DIST, 'index.html');
// the inputs panel is copied down to this line (a projector's screen, 1920 x 1080)
const FOLD = 1080;
const DRAWN = [
  /\s*<template id="first-screen-[a-z]+"[^>]*>[\s\S]*?<\/template>/g,
  /\s*<div id="first-screen"[^>]*>[\s\S]*?<\/div>\s*<!-- end of the first screen -->/g,
];

/** The app's first screen in one language, as markup with the fields' values written in. */
async function snapshot(browser, url, locale) {
  const context = await browser.newContext({ viewport: { width: 1280, height: FOLD }, locale });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  await waitForResults(page);
  const html = await page.evaluate((fold) => {
    const main = document.querySelector('main');
    // what a field shows is a property; the copy needs it as an attribute
    for (const el of main.querySelectorAll('input, select, textarea')) {
      if (el.type === 'checkbox' || el.type === 'radio') el.toggleAttribute('checked', el.checked);
      else if (el.tagName === 'SELECT') for (const o of el.options) o.toggleAttribute('selected', o.selected);
      else if (el.tagName === 'TEXTAREA') el.textContent = el.value;
      else el.setAttribute('value', el.value);
    }
    // the inputs below the fold are left to the app
    for (const el of document.querySelectorAll('section.inputs .deferred > *, section.inputs fieldset > *')) {
      if (el.getBoundingClientRect().top >= fold) el.setAttribute('data-below-fold', '');
    }
    // the folds a phone starts closed (src/app.rs `open=!phone`, the results' tables and charts)
    for (const el of document.querySelectorAll('.intro details.fold, details.fold.actions, .results details.fold')) {
      el.setAttribute('data-phone-closed', '');
    }
    const copy = main.cloneNode(true);
    for (const el of copy.querySelectorAll('[data-below-fold]')) el.remove();
    // the results' tables and charts load as on the app's own first paint: after it
    for (const el of copy.querySelectorAll('.results .deferred')) el.replaceChildren();
    // the sections below the results load as the reader reaches them
    const layout = copy.querySelector('.layout');
    while (layout.nextSibling) layout.nextSibling.remove();
    const before = [...document.body.children].filter((el) => el.matches('a.skip-link, header.site-header'));
    return [...before.map((el) => el.outerHTML), copy.outerHTML].join('\n');
  }, FOLD);
  await context.close();
  if (errors.length) throw new Error(`prerender.mjs: the page failed in ${locale}: ${errors.join('; ')}`);
  // the view library's empty comment markers mean nothing outside the running app
  return html.replace(/<!--[\s\S]*?-->/g, '');
}

async function main() {
  // a second run replaces the templates of the first
  const page = DRAWN.reduce((html, re) => html.replace(re, ''), fs.readFileSync(INDEX, 'utf8'));
  fs.writeFileSync(INDEX, page);
  const server = await serveDist(DIST);
  const browser = await launch();
  const shots = {};
  try {
    shots.en = await snapshot(browser, server.url, 'en-US');
    shots.es = await snapshot(browser, server.url, 'es-US');
  } finally {
    await browser.close();
    await server.close();
  }
  for (const [lang, html] of Object.entries(shots)) {
    if (!html.includes('data-metric="residential-beds"')) throw new Error(`prerender.mjs: no headline figures in ${lang}`);
    if (/<script\b|\son[a-z]+=|\sstyle=/i.test(html)) throw new Error(`prerender.mjs: script or inline style in the ${lang} first screen`);
  }
  // English in the page as parsed (shown at once when first-screen.js says so), Spanish in a
  // template that boot.js puts in its place
  const english = `\n    <div id="first-screen" class="first-screen" lang="en">\n${shots.en}\n    </div><!-- end of the first screen -->`;
  const spanish = `    <template id="first-screen-es" lang="es">\n${shots.es}\n    </template>\n`;
  if (!page.includes('  <body>') || !page.includes('  </body>')) throw new Error('prerender.mjs: index.html has no <body>');
  fs.writeFileSync(INDEX, page.replace('  <body>', `  <body>${english}`).replace('  </body>', `${spanish}  </body>`));
  for (const [lang, html] of Object.entries(shots)) console.log(`prerender.mjs: first screen (${lang}) ${html.length} B`);
}

await main();
