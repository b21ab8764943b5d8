// The release page's one script (scripts/build.mjs copies it next to main.js): start the app,
// and if the app ever stops on an error, say so in plain words instead of leaving a frozen page.
//
// The release build stops at once on a panic (-Cpanic=immediate-abort: no message formatting in
// the download), which reaches the page as a WebAssembly.RuntimeError thrown out of an event
// handler or a task. The development build and the browser tests show the same message from the
// Rust panic hook (src/shell/crash.rs); keep the two texts the same. Built from text nodes, never markup.
// main.js is imported where the app starts, below (index.html preloads it): this script does
// not wait for it, so the first screen is shown as soon as the page is parsed

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

// The default scenario's first screen, drawn by the app at build time (scripts/prerender.mjs):
// first-screen.js, which runs before the page is parsed, has said whether this visit shows it
// (on <html>: data-first-screen, shown as parsed; data-first-screen-later, the language to put in
// here). Returns the screen, or null (then it is removed and the loading message stays).
function firstScreen() {
  const root = document.documentElement;
  const screen = document.getElementById('first-screen');
  if (!screen) return null;
  const later = root.dataset.firstScreenLater;
  if (later) {
    const template = document.getElementById(`first-screen-${later}`);
    if (later !== screen.lang && template) {
      screen.replaceChildren(template.content.cloneNode(true));
      screen.lang = later;
    }
    // a phone starts these folded (src/browser `is_phone`)
    if (innerWidth > 0 && innerWidth <= 600) {
      for (const d of screen.querySelectorAll('[data-phone-closed]')) d.open = false;
    }
    if (screen.lang === later) {
      root.lang = later;
      document.title = screen.querySelector('h1')?.textContent || document.title;
      root.dataset.firstScreen = later;
    }
  }
  if (!root.dataset.firstScreen) {
    delete root.dataset.firstScreenLater;
    screen.remove();
    return null;
  }
  return screen;
}

// The app has mounted under the first screen: the copy covers it, in the same place, until the
// app's inputs are built; then what was typed or chosen in the copy's fields is carried to the
// app's (with the focus and the caret), and the copy goes.
function takeOver(screen) {
  screen.classList.add('covering');
  // the app's inputs panel has its fields (a part loaded once the first screen is painted), or
  // says that they could not be loaded
  const READY = 'section.inputs:not([aria-busy]) .deferred[data-part="inputs"] :is([data-path], .deferred-failed)';
  const appOwn = (selector) => [...document.querySelectorAll(selector)].find((el) => !screen.contains(el));
  const carry = () => {
    const active = document.activeElement;
    for (const el of screen.querySelectorAll('input[data-path], select[data-path], textarea[data-path]')) {
      const app = appOwn(`[data-path="${CSS.escape(el.dataset.path)}"]`);
      if (!app) continue;
      const box = el.type === 'checkbox' || el.type === 'radio';
      const changed = box ? el.checked !== el.defaultChecked
        : el.tagName === 'SELECT' ? !el.options[el.selectedIndex]?.defaultSelected
          : el.value !== el.defaultValue;
      if (changed) {
        if (box) app.checked = el.checked;
        else app.value = el.value;
        app.dispatchEvent(new Event(box || el.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));
      }
      if (el === active) {
        app.focus();
        try {
          app.setSelectionRange(el.selectionStart, el.selectionEnd);
        } catch {
          // a field without a caret
        }
      }
    }
    screen.remove();
    delete document.documentElement.dataset.firstScreen;
    delete document.documentElement.dataset.firstScreenLater;
  };
  if (appOwn(READY)) {
    carry();
    return;
  }
  const observer = new MutationObserver(() => {
    if (appOwn(READY)) {
      observer.disconnect();
      carry();
    }
  });
  observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
}

const screen = firstScreen();
// let the first screen be painted before the app's module is compiled and started (a hidden tab
// paints no frame: it goes on after 50 ms)
if (screen) await new Promise((go) => { requestAnimationFrame(() => setTimeout(go, 0)); setTimeout(go, 50); });

try {
  const { default: init } = await import('./main.js');
  await init();
} catch (e) {
  showCrash();
  throw e;
}
if (screen) takeOver(screen);

// Offline and installable (offline.js): once the first results are on screen and the page has
// loaded, and the browser is idle a moment, register the service worker, so that its downloads
// (every part of the planner) never compete with the first screen's.
const offline = () => setTimeout(() => (self.requestIdleCallback || setTimeout)(
  () => import('./offline.js').then((m) => m.start()).catch(() => {}), { timeout: 3000 }), 1000);
if (document.readyState === 'complete') offline();
else addEventListener('load', offline, { once: true });
