// The release build: the site in dist/, its wasm cut into a first-load module and chunks that
// load on demand.   node scripts/build.mjs   (./dev.sh build and ./dev.sh test run it)
//
//   1. cargo builds the app for wasm32 with the `split` feature, linked with --emit-relocs so the
//      splitter can move code between modules;
//   2. wasm-split-cli cuts the wasm at the split points of src/parts.rs: main.wasm keeps what the
//      first screen reaches, each part's own code goes into its chunk, code two parts share into
//      a shared chunk, and __wasm_split.js fetches a chunk the first time its part is wanted;
//   3. wasm-bindgen writes the JS bindings of main.wasm (keeping the exports the chunks link to);
//   4. wasm-opt -Oz shrinks every module, terser the JS glue;
//   5. everything goes into dist/app-<hash of the contents>/ (a new release never meets an old
//      file in a cache), with the stylesheet, the icon and boot.js, the one script index.html
//      loads; then scripts/csp.mjs gives index.html its Content Security Policy;
//   6. scripts/prerender.mjs opens the built site in headless Chromium and copies the default
//      scenario's first screen, in English and Spanish, into index.html (shown before the wasm runs);
//   7. scripts/sw.mjs writes the service worker, sw.js, beside index.html, with the list of the
//      app folder's files (offline after one visit; the folder also holds the web app manifest).
//
// `trunk serve` (./dev.sh serve) still builds the development site, unsplit: without the `split`
// feature every part is built at once.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import os from 'node:os';
import { execFileSync, execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';
import { writeServiceWorker } from './sw.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const WORK = path.join(ROOT, 'target', 'site-build');
const CRATE = 'crisis-continuum-planner';
// the wasm features every module is built and optimized with (as Trunk's data-wasm-opt-params did)
const WASM_FEATURES = [
  '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
  '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue',
];

const run = (cmd, args, opts = {}) => {
  console.log(`build.mjs: ${cmd} ${args.join(' ')}`);
  execFileSync(cmd, args, { stdio: 'inherit', cwd: ROOT, ...opts });
};

// RUSTFLAGS replaces the rustflags of .cargo/config.toml instead of adding to them: take those
// (erase_components) from the file, so there is one list, and add the relocations the splitter reads
function configRustflags() {
  const config = fs.readFileSync(path.join(ROOT, '.cargo', 'config.toml'), 'utf8');
  const m = config.match(/\[target\.wasm32-unknown-unknown\][^[]*?rustflags\s*=\s*\[([^\]]*)\]/);
  if (!m) throw new Error('build.mjs: no rustflags for wasm32-unknown-unknown in .cargo/config.toml');
  return [...m[1].matchAll(/"([^"]*)"/g)].map((x) => x[1]);
}

// The standard library is compiled with the app (rust-src, which dev.sh installs) instead of
// linked prebuilt, so that it is optimized for size with the rest and a panic stops the program
// at once (-Cpanic=immediate-abort) without the code that formats and reports a panic message.
// Both are unstable options of the stable compiler, turned on by RUSTC_BOOTSTRAP=1 for this one
// build only; SITE_BUILD_STD=0 builds against the prebuilt library, for comparison.
const BUILD_STD = process.env.SITE_BUILD_STD !== '0';
// SITE_NAMES=1 keeps the functions' names in every module, for a profiler (a larger download)
const NAMES = process.env.SITE_NAMES === '1';

function cargoBuild() {
  const flags = [...configRustflags(), '-Clink-args=--emit-relocs'];
  const std = BUILD_STD
    ? ['-Zbuild-std=std,panic_abort', '-Zbuild-std-features=optimize_for_size']
    : [];
  if (BUILD_STD) flags.push('-Zunstable-options', '-Cpanic=immediate-abort');
  const out = execFileSync('cargo', [
    'build', '--release', '--target', 'wasm32-unknown-unknown', '-p', CRATE, '--bin', CRATE,
    '--features', 'split', '--message-format=json-render-diagnostics', ...std,
  ], {
    cwd: ROOT,
    env: { ...process.env, RUSTFLAGS: flags.join(' '), ...(BUILD_STD ? { RUSTC_BOOTSTRAP: '1' } : {}) },
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 256 * 1024 * 1024,
  }).toString();
  let wasm;
  for (const line of out.split('\n')) {
    if (!line.startsWith('{')) continue;
    const msg = JSON.parse(line);
    if (msg.reason === 'compiler-artifact' && msg.target?.name === CRATE) {
      wasm = (msg.filenames || []).find((f) => f.endsWith('.wasm')) || wasm;
    }
  }
  if (!wasm) throw new Error('build.mjs: cargo built no wasm');
  return wasm;
}

// comments out, runs of white space folded: what Trunk's minifier did for our plain stylesheet
function minifyCss(css) {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
}

// wasm-opt -Oz on every module, as many at a time as there are cores
async function optimize(files) {
  console.log(`build.mjs: wasm-opt -Oz on ${files.length} modules`);
  const queue = [...files];
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      await promisify(execFile)('wasm-opt', ['-Oz', ...(NAMES ? ['-g'] : ['--strip-debug']), '--strip-producers', ...WASM_FEATURES, file, '-o', file], { cwd: ROOT });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, os.cpus().length) }, worker));
}

// Offline and installable: what the app folder holds for it (assets/offline.js registers the
// service worker; the manifest names the icons, drawn by scripts/icons.mjs). sw.js itself is
// written beside index.html once the folder is complete (scripts/sw.mjs).
async function copyOffline(pkg) {
  const js = await minify(fs.readFileSync(path.join(ROOT, 'assets', 'offline.js'), 'utf8'), { module: true, ecma: 2020, compress: { passes: 2 } });
  fs.writeFileSync(path.join(pkg, 'offline.js'), js.code);
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'assets', 'manifest.webmanifest'), 'utf8'));
  fs.writeFileSync(path.join(pkg, 'manifest.webmanifest'), JSON.stringify(manifest));
  for (const f of ['icon.svg', 'icon-192.png', 'icon-512.png', 'icon-maskable-512.png']) {
    fs.copyFileSync(path.join(ROOT, 'assets', f), path.join(pkg, f));
  }
}

async function main() {
  fs.rmSync(WORK, { recursive: true, force: true });
  const split = path.join(WORK, 'split');
  const pkg = path.join(WORK, 'pkg');
  fs.mkdirSync(split, { recursive: true });
  fs.mkdirSync(pkg, { recursive: true });

  const input = cargoBuild();
  run('wasm-split-cli', [input, split]);
  run('wasm-bindgen', [
    path.join(split, 'main.wasm'), '--out-dir', pkg, '--out-name', 'main', '--target', 'web',
    '--no-typescript', '--keep-lld-exports', ...(NAMES ? ['--keep-debug'] : []),
  ]);
  for (const f of fs.readdirSync(split)) {
    if (f !== 'main.wasm') fs.copyFileSync(path.join(split, f), path.join(pkg, f));
  }
  await optimize(fs.readdirSync(pkg).filter((f) => f.endsWith('.wasm')).map((f) => path.join(pkg, f)));
  // starts the app, and shows the crash message if it stops (a panic is a trap in this build)
  fs.copyFileSync(path.join(ROOT, 'assets', 'boot.js'), path.join(pkg, 'boot.js'));
  // a classic script run before the body is parsed: does this visit show the first screen drawn
  // at build time (scripts/prerender.mjs)?
  fs.copyFileSync(path.join(ROOT, 'assets', 'first-screen.js'), path.join(pkg, 'first-screen.js'));
  {
    const file = path.join(pkg, 'first-screen.js');
    const out = await minify(fs.readFileSync(file, 'utf8'), { ecma: 2020, compress: { passes: 2 } });
    fs.writeFileSync(file, out.code);
  }
  // the JS, minified (names of exports, imports and properties are kept)
  for (const f of ['main.js', '__wasm_split.js', 'boot.js']) {
    const file = path.join(pkg, f);
    const out = await minify(fs.readFileSync(file, 'utf8'), { module: true, ecma: 2020, compress: { passes: 2 } });
    fs.writeFileSync(file, out.code);
  }
  fs.writeFileSync(path.join(pkg, 'main.css'), minifyCss(fs.readFileSync(path.join(ROOT, 'style', 'main.css'), 'utf8')));
  fs.copyFileSync(path.join(ROOT, 'assets', 'favicon.svg'), path.join(pkg, 'favicon.svg'));
  await copyOffline(pkg);

  // the directory is named by its contents
  const hash = crypto.createHash('sha256');
  for (const f of fs.readdirSync(pkg).sort()) hash.update(f).update(fs.readFileSync(path.join(pkg, f)));
  const dir = `app-${hash.digest('hex').slice(0, 16)}`;

  let html = fs.readFileSync(path.join(ROOT, 'index.html'), 'utf8');
  html = html.replace(/\s*<link data-trunk[^>]*>/g, '');
  const head = [
    // before the body: whether the first screen drawn at build time is shown (scripts/prerender.mjs)
    `<script src="./${dir}/first-screen.js"></script>`,
    `<link rel="stylesheet" href="./${dir}/main.css" />`,
    `<link rel="icon" href="./${dir}/favicon.svg" type="image/svg+xml" />`,
    `<link rel="modulepreload" href="./${dir}/main.js" />`,
    // main.js imports it: fetched beside main.js instead of after it
    `<link rel="modulepreload" href="./${dir}/__wasm_split.js" />`,
    `<link rel="preload" href="./${dir}/main_bg.wasm" as="fetch" type="application/wasm" crossorigin />`,
    `<script type="module" src="./${dir}/boot.js"></script>`,
  ].map((l) => `    ${l}\n`).join('');
  if (!html.includes('</head>')) throw new Error('build.mjs: index.html has no </head>');
  html = html.replace('  </head>', `${head}  </head>`);
  // the web app manifest (installing the planner)
  html = html.replace('  </head>', `    <link rel="manifest" href="./${dir}/manifest.webmanifest" />\n  </head>`);

  fs.rmSync(DIST, { recursive: true, force: true });
  fs.mkdirSync(DIST, { recursive: true });
  fs.cpSync(pkg, path.join(DIST, dir), { recursive: true });
  fs.writeFileSync(path.join(DIST, 'index.html'), html);
  run('node', ['scripts/csp.mjs', path.join(DIST, 'index.html')]);
  // for pages that embed the planner, at fixed addresses: the frame resizer (embed.js) and an
  // example page with its script (README, "Embedding")
  for (const f of fs.readdirSync(path.join(ROOT, 'assets', 'embed'))) {
    fs.copyFileSync(path.join(ROOT, 'assets', 'embed', f), path.join(DIST, f));
  }
  // the default scenario's first screen, drawn by the built app, into index.html
  run('node', ['scripts/prerender.mjs', DIST]);
  // the service worker, with the list of every file of the app folder (last: the page is final)
  await writeServiceWorker(DIST);
  for (const f of fs.readdirSync(path.join(DIST, dir)).sort()) {
    console.log(`  ${dir}/${f}  ${fs.statSync(path.join(DIST, dir, f)).size} B`);
  }
}

await main();
