// The first load of the release site, gzipped, against its budget:
//   node scripts/first-load.mjs [dist]      (./dev.sh test runs it after the release build)
//
// What a first visit downloads before the first figure: index.html, and every file it links
// (the stylesheet, the icon, boot.js, and what it preloads: main.js, __wasm_split.js and the main
// .wasm), then every file those scripts import statically, each gzipped at level 9 (as
// e2e/bench.mjs measures them in a browser). The chunks the parts fetch later are not counted:
// they are imported only on demand, by __wasm_split.js. The service worker's script and the
// script that registers it are counted too, though they are fetched after the first figure.
// Prints each file and the total, and exits
// non-zero when the total passes the budget (250 KB) or when a linked file is missing.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.resolve(process.argv[2] || path.join(ROOT, 'dist'));
const KB = 1024;
const BUDGET = 250 * KB;

const index = path.join(DIST, 'index.html');
if (!fs.existsSync(index)) {
  console.error(`first-load: ${index} is missing: build the site first (node scripts/build.mjs)`);
  process.exit(2);
}

const files = [index];
const html = fs.readFileSync(index, 'utf8');
// every file the page links: <link href> (stylesheet, icon, preloads) and <script src>
for (const m of html.matchAll(/<(?:link|script)\b[^>]*?\b(?:href|src)="([^"]+)"/g)) {
  files.push(path.join(DIST, m[1]));
}
// and what its scripts import statically (import ... from './x.js'; export ... from), not the
// dynamic import() of a chunk
for (let i = 0; i < files.length; i++) {
  const f = files[i];
  if (!f.endsWith('.js') || !fs.existsSync(f)) continue;
  const js = fs.readFileSync(f, 'utf8');
  for (const m of js.matchAll(/(?:^|[;\s}])(?:import|export)\b[^'"();]*?\bfrom\s*["']([^"']+)["']|(?:^|[;\s}])import\s*["']([^"']+)["']/g)) {
    const target = path.join(path.dirname(f), m[1] || m[2]);
    if (!files.includes(target)) files.push(target);
  }
}

// the service worker (sw.js, beside index.html) and the script that registers it (offline.js,
// beside boot.js, which imports it): fetched once the first results are on screen, but every
// visit downloads them, so they are counted
if (fs.existsSync(path.join(DIST, 'sw.js'))) {
  files.push(path.join(DIST, 'sw.js'));
  const boot = files.find((f) => path.basename(f) === 'boot.js');
  if (boot) files.push(path.join(path.dirname(boot), 'offline.js'));
}

let total = 0;
let missing = 0;
console.log('First load, before the first figure (gzip -9):');
for (const f of [...new Set(files)]) {
  const name = path.relative(DIST, f);
  if (!fs.existsSync(f)) {
    console.log(`  ${name.padEnd(48)} MISSING`);
    missing++;
    continue;
  }
  const raw = fs.readFileSync(f);
  const gz = zlib.gzipSync(raw, { level: 9 }).length;
  total += gz;
  console.log(`  ${name.padEnd(48)} ${String(raw.length).padStart(9)} B  ${String(gz).padStart(8)} B gz`);
}
const over = total > BUDGET;
console.log(`  ${'total'.padEnd(48)} ${''.padStart(9)}    ${String(total).padStart(8)} B gz = ${(total / KB).toFixed(1)} KB  [${over ? 'OVER' : 'within'} the budget of ${BUDGET / KB} KB]`);
if (missing) {
  console.error(`first-load: ${missing} file(s) the page links are missing`);
  process.exit(1);
}
if (over) {
  console.error(`first-load: the first load is ${(total / KB).toFixed(1)} KB gzipped, over the budget of ${BUDGET / KB} KB`);
  process.exit(1);
}
