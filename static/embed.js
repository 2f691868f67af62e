/*! supplyscreen embed script — puts the supplier screening widget on a host page. MIT OR Apache-2.0.
 *
 *   <script src="https://WIDGET-SITE/embed.js" async></script>
 *   <div data-supplyscreen data-org="Example Trade Association"></div>
 *
 * Every element with a `data-supplyscreen` attribute gets an iframe of the widget, loaded from the
 * site this script came from. With no such element, the iframe goes right after this script tag and
 * takes its settings from the script tag's own data-* attributes. Settings: see docs/embed.md.
 *
 * Privacy: the supplier file is read inside the iframe, on the widget's origin; the host page never
 * sees it. The only messages this script accepts are {type:'supplyscreen:ready'} and
 * {type:'supplyscreen:resize', height:n}, and only from the widget's own origin and iframe.
 */
(function () {
  'use strict';

  var script = document.currentScript || document.querySelector('script[src*="embed.js"]');
  if (!script || !script.src) {
    console.warn('supplyscreen: could not find the embed.js script tag; no widget added.');
    return;
  }
  var widgetPage = new URL('index.html', script.src);
  var widgetOrigin = widgetPage.origin;

  var LISTS = ['dhs_uflpa', 'cbp_wro', 'bis_entity', 'bis_meu', 'bis_dpl', 'bis_uvl',
    'state_isn', 'state_dtc', 'ofac_sdn', 'ofac_cmic', 'dol_ilab'];
  var LANGS = ['en', 'es', 'fr', 'zh'];
  var MIN_HEIGHT = 200;
  var MAX_HEIGHT = 20000;
  var DEFAULT_HEIGHT = 640;
  // data-* attributes this script reads, camel-cased as in element.dataset.
  var KNOWN = ['supplyscreen', 'lists', 'threshold', 'lang', 'compact', 'accent', 'org', 'workers', 'height', 'title'];

  function warn(msg) { console.warn('supplyscreen: ' + msg); }

  /** Turns the data-* attributes into the widget's query parameters, warning about each bad one. */
  function settings(el) {
    var d = el.dataset;
    var q = new URLSearchParams();
    q.set('embed', '1');
    q.set('parentOrigin', window.location.origin);
    Object.keys(d).forEach(function (k) {
      if (KNOWN.indexOf(k) < 0 && k !== 'supplyscreenReady') {
        warn('unknown attribute data-' + k.replace(/[A-Z]/g, function (c) { return '-' + c.toLowerCase(); }) +
          ' ignored; known: data-' + KNOWN.slice(1).join(', data-') + '.');
      }
    });
    if (d.lists !== undefined) {
      var ok = [];
      d.lists.split(',').forEach(function (raw) {
        var c = raw.trim().toLowerCase();
        if (!c) return;
        if (LISTS.indexOf(c) < 0) warn('unknown list "' + raw.trim() + '" in data-lists ignored; known: ' + LISTS.join(', ') + '.');
        else if (ok.indexOf(c) < 0) ok.push(c);
      });
      if (ok.length) q.set('lists', ok.join(','));
      else warn('data-lists names no known list; screening against every list.');
    }
    if (d.threshold !== undefined) {
      var t = Number(d.threshold);
      if (d.threshold.trim() !== '' && isFinite(t) && t >= 0.5 && t <= 0.99) q.set('threshold', String(t));
      else warn('data-threshold="' + d.threshold + '" is not a number from 0.5 to 0.99; the default is used.');
    }
    if (d.lang !== undefined) {
      var l = d.lang.trim().toLowerCase();
      if (LANGS.indexOf(l) >= 0) q.set('lang', l);
      else warn('data-lang="' + d.lang + '" is not supported; choose one of ' + LANGS.join(', ') + '.');
    }
    if (d.compact !== undefined) {
      var c = d.compact.trim().toLowerCase();
      if (c === '' || c === 'true') q.set('compact', 'true');
      else if (c !== 'false') warn('data-compact="' + d.compact + '" is not true or false; ignored.');
    }
    if (d.accent !== undefined) {
      // Checked again, strictly, inside the widget (it becomes a CSS custom property there).
      if (/^#[0-9a-fA-F]{6}$/.test(d.accent.trim())) q.set('accent', d.accent.trim().toLowerCase());
      else warn('data-accent="' + d.accent + '" is not a colour written as #rrggbb; the default is used.');
    }
    if (d.org !== undefined && d.org.trim()) q.set('org', d.org.trim().slice(0, 200));
    if (d.workers !== undefined) {
      var n = Number(d.workers);
      if (/^[1-8]$/.test(d.workers.trim())) q.set('workers', String(n));
      else warn('data-workers="' + d.workers + '" is not a whole number from 1 to 8; the page chooses.');
    }
    return q;
  }

  function initialHeight(el) {
    var h = el.dataset.height;
    if (h === undefined) return DEFAULT_HEIGHT;
    var n = Number(h);
    if (h.trim() !== '' && isFinite(n) && n >= MIN_HEIGHT && n <= 4000) return Math.round(n);
    warn('data-height="' + h + '" is not a number of pixels from ' + MIN_HEIGHT + ' to 4000; using ' + DEFAULT_HEIGHT + '.');
    return DEFAULT_HEIGHT;
  }

  function mount(el, container) {
    var frame = document.createElement('iframe');
    var url = new URL(widgetPage.href);
    url.search = settings(el).toString();
    frame.src = url.href;
    var org = el.dataset.org && el.dataset.org.trim();
    frame.title = (el.dataset.title && el.dataset.title.trim()) ||
      ('Supplier screening tool' + (org ? ', provided by ' + org : ''));
    frame.setAttribute('loading', 'lazy');
    frame.setAttribute('referrerpolicy', 'no-referrer');
    // CSSOM, not a style attribute, so host pages with a strict CSP can use this script too.
    frame.style.width = '100%';
    frame.style.border = '0';
    frame.style.display = 'block';
    frame.style.height = initialHeight(el) + 'px';
    frames.push(frame);
    container(frame);
  }

  var frames = [];

  window.addEventListener('message', function (event) {
    if (event.origin !== widgetOrigin) return;
    var frame = null;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frame = frames[i];
    }
    if (!frame) return;
    var m = event.data;
    if (!m || typeof m !== 'object') return;
    if (m.type === 'supplyscreen:resize') {
      if (typeof m.height !== 'number' || !isFinite(m.height)) return;
      var h = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(m.height)));
      frame.style.height = h + 'px';
    } else if (m.type === 'supplyscreen:ready') {
      frame.setAttribute('data-supplyscreen-loaded', '');
    }
  });

  function start() {
    var hosts = document.querySelectorAll('[data-supplyscreen]');
    var mounted = 0;
    for (var i = 0; i < hosts.length; i++) {
      var el = hosts[i];
      if (el === script || el.hasAttribute('data-supplyscreen-ready')) continue;
      el.setAttribute('data-supplyscreen-ready', '');
      mount(el, function (frame) { el.appendChild(frame); });
      mounted++;
    }
    if (mounted === 0 && !script.hasAttribute('data-supplyscreen-ready') && !document.querySelector('[data-supplyscreen-ready]')) {
      script.setAttribute('data-supplyscreen-ready', '');
      mount(script, function (frame) { script.parentNode.insertBefore(frame, script.nextSibling); });
    }
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
