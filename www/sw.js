// Keeps the page and the analyzer for offline visits. Network first, so a
// new build is picked up at once; the cache answers when the network
// cannot. Only this origin's own files are ever fetched or stored.
const CACHE = 'article-analyzer-v1';
const FILES = [
  './', 'index.html', 'style.css', 'marks.css', 'main.js', 'app.js', 'engine.js', 'render.js', 'input.js',
  'worker.js', 'wasm-inline.js', 'pkg/article_analyzer.js', 'element.js', 'element.css', 'embed.html',
];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          event.waitUntil(caches.open(CACHE).then((cache) => cache.put(request, copy)));
        }
        return response;
      })
      .catch(() => caches.match(request, { ignoreSearch: true }).then((hit) => hit ?? Response.error())),
  );
});
