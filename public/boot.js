// Runs before the first paint (a blocking same-origin script; the CSP allows no inline one).
// index.html holds the start page prerendered in English in #root and in Dutch in a <template>
// (build/prerender.ts). This picks the UI language as src/i18n/language.ts does (keep the two in
// step): the remembered choice in localStorage, else Dutch for a Dutch browser, English for all
// others. On any route but the start page it empties #root, so no other screen flashes the start.
// It also starts the app's script (build/entry-after-paint.ts keeps it inert in <template
// id="app-entry">): at once on any other route, after the first contentful paint on the start page,
// so the prerendered page is on the screen before the script is fetched and run.
(function () {
  var started = false;
  function startApp() {
    var entry = document.getElementById('app-entry');
    if (started || !entry || !entry.content) return;
    started = true;
    document.head.appendChild(entry.content.cloneNode(true));
    var script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = '';
    script.src = entry.getAttribute('data-src');
    document.head.appendChild(script);
  }
  function startAppAfterPaint() {
    // A tab opened in the background paints nothing: start now.
    if (document.visibilityState === 'hidden') return startApp();
    // Never wait longer than this, whatever the browser reports.
    setTimeout(startApp, 3000);
    var types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
    if (types.indexOf('paint') >= 0) {
      // The first contentful paint, as the browser reports it once it is on the screen.
      new PerformanceObserver(function (list, observer) {
        var entries = list.getEntriesByName('first-contentful-paint');
        if (entries.length === 0) return;
        observer.disconnect();
        startApp();
      }).observe({ type: 'paint', buffered: true });
    } else if (window.requestAnimationFrame) {
      // The frame after the first one: that one has been painted by then.
      requestAnimationFrame(function () {
        requestAnimationFrame(startApp);
      });
    } else startApp();
  }

  // Until the app has taken the prerendered page over, its buttons do nothing: hold the last click
  // on a button or link in it and replay it once the app says it is ready (src/lib/first-screen.ts).
  function holdEarlyClicks(root) {
    var held = null;
    function hold(event) {
      var target = event.target && event.target.closest ? event.target.closest('button, a') : null;
      if (!target || !root.contains(target)) return;
      event.preventDefault();
      event.stopPropagation();
      held = target;
    }
    document.addEventListener('click', hold, true);
    document.addEventListener(
      'se-radar:ready',
      function () {
        document.removeEventListener('click', hold, true);
        if (held && held.isConnected) held.click();
      },
      { once: true },
    );
  }

  var root = document.getElementById('root');
  if (!root) return startApp();
  var language = null;
  try {
    language = localStorage.getItem('se-radar.language');
  } catch (e) {
    // Storage blocked: the browser's languages decide.
  }
  if (language !== 'nl' && language !== 'en') {
    var preferred = navigator.languages || [];
    var first = null;
    for (var i = 0; i < preferred.length && first === null; i++) {
      if (/^(nl|en)\b/i.test(preferred[i])) first = preferred[i];
    }
    if (first === null) first = preferred[0] || '';
    language = /^nl/i.test(first) ? 'nl' : 'en';
  }
  document.documentElement.lang = language;
  var path = location.hash.replace(/^#\/?/, '').replace(/\/$/, '');
  if (path !== '') {
    root.removeAttribute('data-prerendered');
    root.textContent = '';
    return startApp();
  }
  if (root.getAttribute('data-prerendered') !== language) {
    var other = document.getElementById('prerendered-' + language);
    if (other) {
      root.replaceChildren(other.content.cloneNode(true));
      root.setAttribute('data-prerendered', language);
    }
  }
  holdEarlyClicks(root);
  startAppAfterPaint();
})();
