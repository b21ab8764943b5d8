// Offline and installable: boot.js imports this once the first results are on screen and the page
// has loaded. It registers the release's service worker (../sw.js, which fetches the page, the main
// module and every part that loads on demand into the browser's cache) and says when a newer
// release has taken over: "A new version is available" in a polite live region, in the page's
// language; a reload opens it, and the scenario is kept (the address and the tab's autosave hold it).
//
// Where a page may not have a service worker (a sandboxed frame, storage turned off, a browser
// without them) this does nothing and the planner works online as before.

// this release: the name of the app-<hash> folder this file is in
const RELEASE = new URL('.', import.meta.url).pathname.split('/').at(-2);

const TEXT = {
  en: ['A new version of the planner is available. Reload the page to use it; your scenario is kept.', 'Reload', 'Later'],
  es: ['Hay una nueva versión del planificador. Recargue la página para usarla; su escenario se conserva.', 'Recargar', 'Más tarde'],
};

// the polite live region, on the page (empty) from the start, so that the notice is announced;
// the notice's text and buttons, made the first time it is shown
let region;
let parts;

function notice() {
  if (region.firstChild) return;
  if (!parts) {
    const [text, reload, later] = parts = [document.createElement('p'), document.createElement('button'), document.createElement('button')];
    reload.type = later.type = 'button';
    reload.addEventListener('click', () => location.reload());
    // shown again by the next look for a new release (when the person comes back to the page)
    later.addEventListener('click', () => region.replaceChildren());
    const say = () => {
      const [t, r, l] = TEXT[document.documentElement.lang === 'es' ? 'es' : 'en'];
      text.textContent = t;
      reload.textContent = r;
      later.textContent = l;
    };
    say();
    // the language switch turns the notice too
    new MutationObserver(say).observe(document.documentElement, { attributeFilter: ['lang'] });
  }
  region.append(...parts);
}

// the release a worker holds (sw.js answers a message with it)
const release = (worker) => new Promise((resolve) => {
  const channel = new MessageChannel();
  channel.port1.onmessage = (e) => resolve(e.data);
  worker.postMessage(null, [channel.port2]);
});

export async function start() {
  let registration;
  try {
    registration = await navigator.serviceWorker.register(new URL('../sw.js', import.meta.url));
  } catch {
    return;
  }
  if (!registration) return;
  region = document.createElement('div');
  region.className = 'update-notice';
  region.setAttribute('role', 'status');
  region.setAttribute('aria-live', 'polite');
  document.body.append(region);
  // the newest worker, once it is active: a release other than this page's is a new version
  const check = async () => {
    const worker = registration.installing || registration.waiting || registration.active;
    if (!worker) return;
    if (worker.state !== 'activated') {
      worker.addEventListener('statechange', check);
      return;
    }
    if ((await release(worker)) !== RELEASE) notice();
  };
  registration.addEventListener('updatefound', check);
  // look for a new release now, and whenever the person comes back to the page
  const update = () => registration.update().catch(() => {});
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') update().then(check);
  });
  if (registration.active) await update();
  check();
}
