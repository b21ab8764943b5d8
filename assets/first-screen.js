// The first of the page's scripts, a classic one that runs before the body is parsed: does this
// visit show the default scenario's first screen that the build drew into index.html
// (scripts/prerender.mjs)? Only on a first visit to the default scenario: an address with any
// parameter but `lang` (a link's scenario, an embedded page) or a scenario kept in this browser
// shows the app's loading message instead, and never the default figures. The language is the one
// the app will choose (src/shell/i18n.rs `initial`: `?lang`, the stored choice, the browser's).
//   data-first-screen="en" on <html>: the English screen, in the page as parsed, is shown at once
//     (style/main.css), as on a plain page;
//   data-first-screen-later="es" (or "en" on a phone): boot.js puts in the Spanish screen, or closes
//     a phone's folds, and then shows it.
(() => {
  const PREFIX = 'crisis-continuum-planner.';
  try {
    const params = new URLSearchParams(location.search);
    for (const key of params.keys()) if (key !== 'lang') return;
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key.startsWith(`${PREFIX}scenario`) || key.startsWith(`${PREFIX}library`)) return;
    }
    const tag = (t) => {
      const primary = (t || '').trim().split(/[-_]/)[0].toLowerCase();
      return primary === 'en' || primary === 'es' ? primary : null;
    };
    const lang = tag(params.get('lang')) || tag(localStorage.getItem(`${PREFIX}lang`))
      || (navigator.languages || [navigator.language]).map(tag).find(Boolean) || 'en';
    // a phone (src/browser `is_phone`) starts some folds closed
    const phone = innerWidth > 0 && innerWidth <= 600;
    if (lang === 'en' && !phone) document.documentElement.dataset.firstScreen = 'en';
    else document.documentElement.dataset.firstScreenLater = lang;
  } catch {
    // storage refused: the loading message
  }
})();
