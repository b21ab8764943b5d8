// The release page's one script (scripts/build.mjs copies it next to main.js): start the app,
// and if the app ever stops on an error, say so in plain words instead of leaving a frozen page.
//
// The release build stops at once on a panic (-Cpanic=immediate-abort: no message formatting in
// the download), which reaches the page as a WebAssembly.RuntimeError thrown out of an event
// handler or a task. The development build and the browser tests show the same message from the
// Rust panic hook (src/shell/crash.rs); keep the two texts the same. Built from text nodes, never markup.
import init from './main.js';

function showCrash() {
  if (document.getElementById('crash')) return;
  const el = (tag, text, attrs = {}) => {
    const e = document.createElement(tag);
    if (text) e.textContent = text;
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    return e;
  };
  const outer = el('div', '', { id: 'crash', class: 'crash', role: 'alert' });
  const inner = el('div');
  inner.append(
    el('h2', 'Something went wrong in the calculator / Algo salió mal en la calculadora'),
    el('p', 'The page hit an unexpected error and stopped. Your scenario is kept in the page '
      + 'address: reload the page to continue. If it happens again, please tell us what you '
      + 'changed just before.', { lang: 'en' }),
    el('p', 'La página tuvo un error inesperado y se detuvo. Su escenario se conserva en la '
      + 'dirección de la página: recargue la página para continuar. Si vuelve a ocurrir, '
      + 'cuéntenos qué cambió justo antes.', { lang: 'es' }),
  );
  const reload = el('button', 'Reload the page / Recargar la página', { type: 'button' });
  reload.addEventListener('click', () => location.reload());
  inner.append(reload);
  outer.append(inner);
  document.body.append(outer);
}

const isTrap = (e) => e instanceof WebAssembly.RuntimeError;
addEventListener('error', (e) => { if (isTrap(e.error)) showCrash(); });
addEventListener('unhandledrejection', (e) => { if (isTrap(e.reason)) showCrash(); });

try {
  await init();
} catch (e) {
  showCrash();
  throw e;
}

// Offline and installable (offline.js): once the first results are on screen and the page has
// loaded, and the browser is idle a moment, register the service worker, so that its downloads
// (every part of the planner) never compete with the first screen's.
const offline = () => setTimeout(() => (self.requestIdleCallback || setTimeout)(
  () => import('./offline.js').then((m) => m.start()).catch(() => {}), { timeout: 3000 }), 1000);
if (document.readyState === 'complete') offline();
else addEventListener('load', offline, { once: true });
