// Runs before the first paint (a blocking same-origin script; the CSP allows no inline one).
// index.html holds the start page prerendered in English in #root and in Dutch in a <template>
// (build/prerender.ts). This picks the UI language as src/i18n/language.ts does (keep the two in
// step): the remembered choice in localStorage, else Dutch for a Dutch browser, English for all
// others. On any route but the start page it empties #root, so no other screen flashes the start.
// It also starts the app's script (build/entry-after-paint.ts keeps it inert in <template
// id="app-entry">): at once on any other route, after the first contentful paint on the start page,
// so the prerendered page is on the screen before the script is fetched and run.
//
// The demo's results (#/demo/results) are prerendered in files of their own (scripts/prerender.mjs),
// fetched on that route only: painted here with today's date in place of DEMO_DATE, then replaced
// by the app in one step once it has rendered the whole screen (src/main.tsx).
(function () {
  // The date the demo's prerendered results are built on (scripts/prerender.mjs reads it here).
  var DEMO_DATE = '1999-12-31';
  // Keep in step with src/lib/first-screen.ts and src/lib/prerendered-screen.ts.
  var READY_EVENT = 'se-radar:ready';
  var TAKEN_OVER_EVENT = 'se-radar:taken-over';
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
  // on a button or link in it and replay it once the app says so. The start page is hydrated, so
  // the same button is clicked; the demo's results are replaced, so the button in the same place.
  function holdEarlyClicks(root, takenOverEvent) {
    var held = null;
    var heldAt = -1;
    function controls(parent) {
      return parent.querySelectorAll('button, a');
    }
    function hold(event) {
      var target = event.target && event.target.closest ? event.target.closest('button, a') : null;
      if (!target || !root.contains(target)) return;
      event.preventDefault();
      event.stopPropagation();
      held = target;
      heldAt = Array.prototype.indexOf.call(controls(root), target);
    }
    document.addEventListener('click', hold, true);
    document.addEventListener(
      takenOverEvent,
      function () {
        document.removeEventListener('click', hold, true);
        if (!held) return;
        var now = document.getElementById('root');
        var target = held.isConnected ? held : now && heldAt >= 0 ? controls(now)[heldAt] : null;
        if (target) target.click();
      },
      { once: true },
    );
  }

  // The prerendered demo was built on DEMO_DATE: today's date and year go in its place (in the
  // markup, before it is parsed: cheaper than visiting every node), formatted as
  // src/model/format-date.ts does. The year is replaced where it starts a word (after a space or a
  // tag), never inside a number or a file name (scripts/prerender.mjs checks there is no other).
  function withToday(html, language) {
    var parts = DEMO_DATE.split('-');
    var now = new Date();
    var format = new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    var built = format.format(new Date(Date.UTC(+parts[0], +parts[1] - 1, +parts[2])));
    var today = format.format(new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())));
    return html
      .split(built)
      .join(today)
      .replace(new RegExp('(^|[\\s>])' + parts[0] + '(?![0-9])', 'g'), '$1' + now.getFullYear());
  }

  // A screen prerendered in a file of its own: fetched, painted, then the app starts. Whatever
  // fails, the app starts, and renders the screen itself.
  function showPrerendered(root, route, file, language) {
    root.setAttribute('data-prerendering', '');
    setTimeout(startApp, 3000);
    function fail() {
      if (!started) root.removeAttribute('data-prerendering');
      startApp();
    }
    fetch(file + '.' + language + '.html')
      .then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.text();
      })
      .then(function (html) {
        var markup = document.createElement('template');
        markup.innerHTML = withToday(html, language);
        // Its stylesheets first (the screen's own, which the app would load with its code), so
        // it is painted once, as the app will show it.
        var links = markup.content.querySelectorAll('link[rel="stylesheet"]');
        var loads = [];
        for (var i = 0; i < links.length; i++) {
          var link = links[i];
          loads.push(
            new Promise(function (resolve, reject) {
              link.onload = resolve;
              link.onerror = reject;
            }),
          );
          document.head.appendChild(link);
        }
        return Promise.all(loads).then(function () {
          // Too late: the app has taken over already, or the address has moved on.
          if (!root.isConnected || pathNow() !== route) return fail();
          root.replaceChildren(markup.content);
          holdEarlyClicks(root, TAKEN_OVER_EVENT);
          // Once this markup is on the screen (the second frame from now has painted it).
          if (document.visibilityState === 'hidden') return startApp();
          requestAnimationFrame(function () {
            requestAnimationFrame(function () {
              setTimeout(startApp, 0);
            });
          });
        });
      })
      .catch(fail);
  }

  var root = document.getElementById('root');
  if (!root) return startApp();
  // Hidden (data-boot, src/styles/global.css) while this script loads, so the English start page
  // in #root is never painted before the language and the route are chosen. This script runs
  // whole before the next paint, so it can show #root first.
  root.removeAttribute('data-boot');
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
  function pathNow() {
    return location.hash.replace(/^#\/?/, '').replace(/\/$/, '');
  }
  var path = pathNow();
  if (path !== '') {
    root.removeAttribute('data-prerendered');
    root.textContent = '';
    if (path === 'demo/results' && window.fetch)
      return showPrerendered(root, path, 'demo-results', language);
    return startApp();
  }
  if (root.getAttribute('data-prerendered') !== language) {
    var other = document.getElementById('prerendered-' + language);
    if (other) {
      root.replaceChildren(other.content.cloneNode(true));
      root.setAttribute('data-prerendered', language);
    }
  }
  holdEarlyClicks(root, READY_EVENT);
  startAppAfterPaint();
})();
