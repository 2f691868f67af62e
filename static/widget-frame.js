/* supplyscreen — the widget side of embedding (see static/embed.js and docs/embed.md).
 *
 * Loaded by index.html as a static file (the page's Content-Security-Policy forbids inline script).
 * When the page runs inside a host's iframe (embed.js adds `embed=1` to its URL), it tells the host
 * page how tall its content is, so the iframe can grow and shrink without a scroll bar.
 *
 * Privacy: the only messages ever sent to the host are {type:'supplyscreen:ready'} and
 * {type:'supplyscreen:resize', height:n}. Nothing about the supplier file or the results leaves
 * this page. They go to the origin embed.js named in `parentOrigin` when it is a valid origin;
 * otherwise to '*', which is harmless for a message that carries only a number.
 */
(function () {
  'use strict';
  var params = new URLSearchParams(window.location.search);
  var embedded = params.get('embed') === '1' || params.get('embed') === 'true';
  if (!embedded || window.parent === window) return;

  // Styles in embed.css apply under html.embedded (e.g. no full-viewport minimum height, which
  // would stop the iframe from ever shrinking). The app adds the class too; this is just earlier.
  document.documentElement.classList.add('embedded');

  var targetOrigin = '*';
  var asked = params.get('parentOrigin');
  if (asked) {
    try {
      var origin = new URL(asked).origin;
      if (origin === asked && origin !== 'null') targetOrigin = origin;
    } catch (e) { /* not a URL: keep '*' */ }
  }

  function post(message) {
    try { window.parent.postMessage(message, targetOrigin); } catch (e) { /* host went away */ }
  }

  var last = -1;
  function report() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last && height > 0) {
      last = height;
      post({ type: 'supplyscreen:resize', height: height });
    }
  }

  post({ type: 'supplyscreen:ready' });
  report();
  if (typeof ResizeObserver === 'function') {
    var observer = new ResizeObserver(report);
    observer.observe(document.body);
    observer.observe(document.documentElement);
  } else {
    window.addEventListener('resize', report);
    setInterval(report, 500);
  }
})();
