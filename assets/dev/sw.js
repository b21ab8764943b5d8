// The development site's sw.js (./dev.sh serve: Trunk copies it next to its page). The release
// site registers a service worker (assets/sw.js) that answers visits to its address from the
// cache; if a release site was once opened at the address the development site now uses, that
// worker would keep showing the old release instead of Trunk's page. The browser looks for a new
// sw.js at that address and finds this one: it takes the old worker's place, deletes the release's
// cache, unregisters itself and reloads the pages it held, which then come from Trunk. The
// development page itself never registers a worker.
self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const k of await caches.keys()) {
      if (k.startsWith('crisis-continuum-planner-')) await caches.delete(k);
    }
    await self.registration.unregister();
    for (const client of await self.clients.matchAll({ type: 'window' })) {
      client.navigate(client.url).catch(() => {});
    }
  })());
});
