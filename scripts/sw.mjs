// Write the release site's service worker:  node scripts/sw.mjs [dist]   (scripts/build.mjs runs it)
//
// dist/sw.js is assets/sw.js with the release (the name of the site's one app-<hash> folder) and
// the list of every file in that folder put in, minified. The list is read from the folder itself,
// after the build has written it, so it can never drift from the files the page loads. sw.js sits
// beside index.html: its folder is the service worker's scope, so the site works at the root of a
// host or under any sub-path. Running it again on a site whose folder changed writes a new sw.js
// (the end-to-end test of a new release does this).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { minify } from 'terser';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function writeServiceWorker(dist) {
  const folders = fs.readdirSync(dist).filter((f) => /^app-[0-9a-f]+$/.test(f));
  if (folders.length !== 1) throw new Error(`sw.mjs: ${dist} has ${folders.length} app-<hash> folders, not one`);
  const [release] = folders;
  const files = fs.readdirSync(path.join(dist, release)).sort();
  const template = fs.readFileSync(path.join(ROOT, 'assets', 'sw.js'), 'utf8');
  let js = template;
  for (const [name, value] of [['RELEASE', release], ['FILES', files]]) {
    const line = new RegExp(`^const ${name} = .*;$`, 'm');
    if (!line.test(js)) throw new Error(`sw.mjs: assets/sw.js has no line "const ${name} = ...;"`);
    js = js.replace(line, `const ${name} = ${JSON.stringify(value)};`);
  }
  const out = await minify(js, { ecma: 2020, compress: { passes: 2 } });
  fs.writeFileSync(path.join(dist, 'sw.js'), out.code);
  console.log(`sw.mjs: ${dist}/sw.js: ${release}, ${files.length} files`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await writeServiceWorker(path.resolve(process.argv[2] || path.join(ROOT, 'dist')));
}
