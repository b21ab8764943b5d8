// Draw the installed app's PNG icons from assets/icon.svg:  node scripts/icons.mjs
//
// Run by hand when the icon changes (the PNGs are kept in assets/, and scripts/build.mjs copies
// them into the site with the manifest): icon-192.png and icon-512.png, the icon as drawn, and
// icon-maskable-512.png, the same bars on a square without rounded corners, for launchers that
// cut their own shape (the bars lie inside the middle 80%, the part every such shape keeps).
// Drawn by the same headless Chromium the end-to-end tests use.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from '../e2e/lib.mjs';

const ASSETS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'assets');
const svg = fs.readFileSync(path.join(ASSETS, 'icon.svg'), 'utf8').trim();
const ICONS = [
  ['icon-192.png', 192, svg],
  ['icon-512.png', 512, svg],
  ['icon-maskable-512.png', 512, svg.replace(/ rx="[^"]*"/, '')],
];

const browser = await launch();
try {
  for (const [name, size, source] of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const sized = source.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<!doctype html><body style="margin:0">${sized}</body>`);
    await page.screenshot({ path: path.join(ASSETS, name), omitBackground: true });
    await page.close();
    console.log(`icons.mjs: assets/${name} ${size}x${size}`);
  }
} finally {
  await browser.close();
}
