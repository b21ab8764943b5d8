// Give the built page a Content Security Policy:  node scripts/csp.mjs [dist/index.html]
//
// Trunk writes one inline <script type=module> that loads the app. Rather than allow inline script
// in general ('unsafe-inline'), the policy names that one script by its SHA-256 hash, computed here
// from the built file, so nothing else inline can ever run. The rest of the policy allows only the
// page's own files: its script and wasm ('wasm-unsafe-eval' lets WebAssembly compile), its
// stylesheet, its icon, and fetching its own wasm. Run after every release build (./dev.sh does).
import fs from 'node:fs';
import crypto from 'node:crypto';

const file = process.argv[2] || 'dist/index.html';
let html = fs.readFileSync(file, 'utf8');
// a second run replaces the policy rather than adding another
html = html.replace(/<meta http-equiv="?Content-Security-Policy"?[^>]*>/gi, '');

const hashes = [];
for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
  const [, attrs, body] = m;
  if (/\bsrc\s*=/.test(attrs)) continue;
  hashes.push(`'sha256-${crypto.createHash('sha256').update(body, 'utf8').digest('base64')}'`);
}
if (hashes.length !== 1) {
  console.error(`csp.mjs: expected Trunk's one inline loader script in ${file}, found ${hashes.length}`);
  process.exit(1);
}

const policy = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`,
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
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
