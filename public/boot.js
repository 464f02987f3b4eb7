// Runs before the first paint (a blocking same-origin script; the CSP allows no inline one).
// index.html holds the start page prerendered in English in #root and in Dutch in a <template>
// (build/prerender.ts). This picks the UI language as src/i18n/language.ts does (keep the two in
// step): the remembered choice in localStorage, else Dutch for a Dutch browser, English for all
// others. On any route but the start page it empties #root, so no other screen flashes the start.
(function () {
  var root = document.getElementById('root');
  if (!root) return;
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
    return;
  }
  if (root.getAttribute('data-prerendered') !== language) {
    var other = document.getElementById('prerendered-' + language);
    if (!other) return;
    root.replaceChildren(other.content.cloneNode(true));
    root.setAttribute('data-prerendered', language);
  }
})();
