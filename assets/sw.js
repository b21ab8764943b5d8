// The release site's service worker. scripts/sw.mjs writes dist/sw.js from this file, putting in
// the release (the name of its app-<hash> folder) and the list of every file in that folder, read
// from the folder at build time, so the list can never drift from what the page loads.
//
// It keeps one release of the planner in the browser's cache, so that after one visit the whole
// planner works with no network: the page, its main module and every part that loads on demand.
// offline.js registers it once the first results are on screen, so its downloads never compete
// with them. A new release is a new sw.js (its list names a new app-<hash> folder): the browser
// installs it beside the old one and it takes over at once, keeping the previous release's files
// so that a page still open on the old release keeps loading its parts; the page says a new
// version is available, and a reload opens it.
//
// It answers two kinds of request only, both from this site: a visit to the planner's own address
// (the page, from the cache of this release) and a file of an app-<hash> folder. Anything else (a
// request to another host, another page of the same site) goes to the network as if there were no
// worker, and nothing is ever stored but the files of the list.
const RELEASE = 'app-0000000000000000';
const FILES = [];

const PREFIX = 'crisis-continuum-planner-';
const CACHE = PREFIX + RELEASE;
// the planner's address: the folder sw.js is in, which is the registration's scope
const PAGE = self.registration.scope;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await cache.addAll(FILES.map((f) => `${PAGE}${RELEASE}/${f}`));
    // the page last, and only the page of this release (a cache between here and the server could
    // still hold the one before): the activate step below keeps a cache only when it has its page
    const page = await fetch(PAGE, { cache: 'no-cache' });
    if (!page.ok || !(await page.clone().text()).includes(`./${RELEASE}/`)) {
      throw new Error(`sw.js: ${PAGE} is not the page of ${RELEASE}`);
    }
    await cache.put(PAGE, page);
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    // keep this release and the complete one before it (a page still open on that release
    // fetches its parts from there); delete the rest
    const older = (await caches.keys()).filter((k) => k.startsWith(PREFIX) && k !== CACHE);
    let keep = null;
    for (const k of older.reverse()) {
      if (!keep && (await (await caches.open(k)).match(PAGE))) keep = k;
    }
    await Promise.all(older.filter((k) => k !== keep).map((k) => caches.delete(k)));
    // the page of a first visit is served from the cache from now on, so it works offline at once
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const path = url.origin + url.pathname;
  if (request.mode === 'navigate') {
    // ?s=, ?lang=, ?embed=1 are read by the page itself: every visit gets this release's page
    if (path !== PAGE && path !== `${PAGE}index.html`) return;
    event.respondWith(caches.open(CACHE).then((c) => c.match(PAGE)).then((r) => r || fetch(request)));
  } else if (path.startsWith(`${PAGE}app-`)) {
    // content-hashed: a file of any kept release is the same file
    event.respondWith(caches.match(path).then((r) => r || fetch(request)));
  }
});

// offline.js asks which release this worker holds, to tell when a new one has taken over
self.addEventListener('message', (event) => event.ports[0]?.postMessage(RELEASE));
