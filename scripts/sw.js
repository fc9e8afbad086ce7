// Pilar Siap's service worker (generated into dist/sw.js by scripts/service-worker.mjs, which
// fills in VERSION and FILES). It keeps the whole release build — both apps and the bundled
// bank — so that after one visit everything works with no network at all.
// - Install: every file of this version into one cache; a new version installs beside the old.
// - It waits: a new version takes over only when the page asks (the app offers "Perbarui" when
//   no attempt is in progress) or when every tab of the old one is closed.
// - Fetch: this version's files from the cache first; other files of this site (a bank a trainer
//   publishes) from the network, kept for when it is offline.
const VERSION = 'pilar-siap-__VERSION__';
const RUNTIME = 'pilar-siap-runtime';
const FILES = __FILES__;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(VERSION).then((cache) => cache.addAll(FILES)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('pilar-siap-') && k !== VERSION && k !== RUNTIME).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    (async () => {
      const ours = await caches.open(VERSION);
      // A page opened with ?bank=… is the same page.
      const hit = await ours.match(request, { ignoreSearch: request.mode === 'navigate' });
      if (hit) return hit;
      const runtime = await caches.open(RUNTIME);
      try {
        const response = await fetch(request);
        if (response.ok) await runtime.put(request, response.clone());
        return response;
      } catch (offline) {
        const kept = await runtime.match(request);
        if (kept) return kept;
        throw offline;
      }
    })(),
  );
});
