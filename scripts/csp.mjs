// Give the built page a Content Security Policy:  node scripts/csp.mjs [dist/index.html]
//
// The page loads the app from its own file (app-<hash>/boot.js) and has no inline script, so the
// policy allows script from the page's own origin only: no 'unsafe-inline', no hash. This script
// refuses to write a policy for a page that has inline script. The rest of the policy allows only
// the page's own files: its script and wasm ('wasm-unsafe-eval' lets WebAssembly compile), its
// stylesheet, its icon, fetching its own wasm chunks, and its web app manifest (the service
// worker, sw.js, is a script of the page's own origin). scripts/build.mjs runs it.
import fs from 'node:fs';

const file = process.argv[2] || 'dist/index.html';
let html = fs.readFileSync(file, 'utf8');
// a second run replaces the policy rather than adding another
html = html.replace(/<meta http-equiv="?Content-Security-Policy"?[^>]*>/gi, '');

for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
  const [, attrs, body] = m;
  if (!/\bsrc\s*=/.test(attrs) || body.trim() !== '') {
    console.error(`csp.mjs: ${file} has inline script; the policy allows none`);
    process.exit(1);
  }
}

const policy = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  // the web app manifest (the service worker needs nothing more: worker-src falls back to script-src)
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;

// the policy must come before any script: put it right after <meta charset>
const charset = html.match(/<meta charset=[^>]*>/i);
if (!charset) {
  console.error(`csp.mjs: no <meta charset> in ${file}`);
  process.exit(1);
}
html = html.replace(charset[0], charset[0] + meta);
fs.writeFileSync(file, html);
console.log(`csp.mjs: ${file}: ${policy}`);
