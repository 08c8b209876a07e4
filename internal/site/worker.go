package site

import "strings"

// navigationTimeoutMS is how long a page navigation waits for the network before the worker
// answers from its cache: long enough for a slow phone connection, short enough that a reader on
// a dead train Wi-Fi is not left staring at a blank tab.
const navigationTimeoutMS = "4000"

// workerJS is the service worker template, derived from go-app's DefaultAppWorkerJS (whose
// {{.Version}} and {{.ResourcesToCache}} the handler fills in) with what offline use needs:
//
//   - Navigations go to the network first, so online readers get the prerendered page (link
//     previews, fresh HTML), and fall back offline to a cached copy matched without its query,
//     then to the precached shell, from which the wasm routes any path, query and fragment.
//     A navigation the host answers with 404 gets the shell too, online: the static build writes
//     no page for a comparison or a search, and not every host serves 404.html for them.
//     go-app's worker is cache-first, matches the query and has no fallback: offline, every
//     page but the root fails.
//   - Installation waits for the precache (event.waitUntil) and bypasses the HTTP cache, so a
//     worker never activates over a half-filled or stale cache; cache.addAll is all-or-nothing.
//   - Other requests are cache-first over the versioned cache, which is replaced as a whole
//     when the version changes; requests to other origins are left alone.
//
// {{.Shell}} and {{.NavigationTimeout}} are filled in by Handler.
const workerJS = `// Parallax service worker (from go-app's app-worker.js; see internal/site/worker.go).
const cacheName = "app-" + "{{.Version}}";
const resourcesToCache = {{.ResourcesToCache}};
const shellURL = "{{.Shell}}";
const navigationTimeout = {{.NavigationTimeout}};

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(cacheName);
    await cache.addAll(resourcesToCache.map((url) => new Request(url, { cache: "reload" })));
    await self.skipWaiting();
    console.log("app worker {{.Version}} installed");
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    const keys = await caches.keys();
    await Promise.all(keys.filter((key) => key !== cacheName).map((key) => caches.delete(key)));
    await self.clients.claim();
    console.log("app worker {{.Version}} activated");
  })());
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) {
    return;
  }
  event.respondWith(request.mode === "navigate" ? navigate(request) : cacheFirst(request));
});

async function navigate(request) {
  let response;
  try {
    response = await withTimeout(fetch(request), navigationTimeout);
  } catch (err) {
    const cache = await caches.open(cacheName);
    const page = (await cache.match(request, { ignoreSearch: true })) || (await cache.match(shellURL));
    if (page) {
      return page;
    }
    throw err;
  }
  if (response.status === 404) {
    const shell = await (await caches.open(cacheName)).match(shellURL);
    if (shell) {
      return shell;
    }
  }
  return response;
}

async function cacheFirst(request) {
  const cache = await caches.open(cacheName);
  return (await cache.match(request)) || fetch(request);
}

function withTimeout(promise, ms) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("network timeout")), ms);
    promise.then(
      (value) => { clearTimeout(timer); resolve(value); },
      (err) => { clearTimeout(timer); reject(err); },
    );
  });
}
`

// WorkerJS returns the service worker template for the app hosted at base ("/" or "/sub/").
func WorkerJS(base string) string {
	return strings.NewReplacer(
		"{{.Shell}}", base,
		"{{.NavigationTimeout}}", navigationTimeoutMS,
	).Replace(workerJS)
}
