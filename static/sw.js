/* supplyscreen service worker: the app works offline after the first visit.
 *
 * VERSION and PRECACHE are written at build time by scripts/sw-precache.mjs (a Trunk post_build
 * hook, see Trunk.toml): PRECACHE lists every file of the build but the reading worker's, which
 * are ON_DEMAND: fetched when a visitor first brings a file, cached then (by the fetch handler),
 * and fetched again by every later version's install once they have been cached, so an update
 * keeps what already worked offline. VERSION is a hash of all of them.
 * Any change to the app or to lists.bundle therefore changes this file, which is how a browser
 * notices an update: it installs the new worker, which caches the new files under a new cache name
 * and deletes the old caches when it takes over.
 *
 * Fetch: cache first for same-origin GETs, network as fallback (and the answer is cached). The
 * page's URL carries the embed settings in its query string, so navigations are answered with the
 * cached index.html whatever the query. Cross-origin requests are not touched (the app makes none).
 */
const VERSION = 'unbuilt';
const PRECACHE = [];
const ON_DEMAND = [];

const CACHE = 'supplyscreen-' + VERSION;
const SCOPE = new URL(self.registration.scope);
const INDEX = new URL('index.html', SCOPE).href;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    if (VERSION === 'unbuilt') {
      // Served straight from static/ without the build step: precache nothing rather than
      // pinning a set of files that will never be updated.
      return;
    }
    const cache = await caches.open(CACHE);
    // `cache: 'reload'` bypasses the HTTP cache, so a stale copy cannot be pinned under a new version.
    const fresh = (path) => new Request(new URL(path, SCOPE).href, { cache: 'reload' });
    await cache.addAll(PRECACHE.map(fresh));
    // The on-demand files this browser has used before (an older version's cache holds them).
    const used = [];
    for (const path of ON_DEMAND) {
      if (await caches.match(new URL(path, SCOPE).href)) used.push(path);
    }
    await cache.addAll(used.map(fresh));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names
      .filter((name) => name.startsWith('supplyscreen-') && name !== CACHE)
      .map((name) => caches.delete(name)));
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (VERSION === 'unbuilt' || request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== SCOPE.origin || !url.href.startsWith(SCOPE.href)) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const isPage = request.mode === 'navigate' &&
      (url.pathname === SCOPE.pathname || url.href.split('?')[0] === INDEX);
    const cached = isPage
      ? await cache.match(INDEX)
      : await cache.match(request, { ignoreSearch: false });
    if (cached) return cached;
    const response = await fetch(request);
    if (response.ok && response.type === 'basic' && !request.headers.has('range')) {
      cache.put(request, response.clone()).catch(() => {});
    }
    return response;
  })());
});
