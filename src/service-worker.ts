// Offline support. On install the worker caches this build's files (content-hashed scripts
// and styles), the static files (the bundled samples included) and the prerendered pages, in
// a cache named after the build version. Pages are fetched network-first, so a reload picks
// up a new deployment at once; everything else is served cache-first. A new version takes
// over on install (skipWaiting) and deletes the caches of older versions. Nothing but this
// origin's own files is ever cached; datasets live in IndexedDB, not here.
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `crm-workbench-${version}`;
const PRECACHE = [...build, ...files, ...prerendered];
const PRECACHED = new Set(PRECACHE.map((p) => new URL(p, sw.location.href).pathname));
/** A page request waits this long for the network before the cached copy is used. */
const NETWORK_TIMEOUT_MS = 4000;

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			await cache.addAll(PRECACHE);
			await sw.skipWaiting();
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys())
				if (key !== CACHE && key.startsWith('crm-workbench-')) await caches.delete(key);
			await sw.clients.claim();
		})()
	);
});

async function networkFirst(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	try {
		const response = await Promise.race([
			fetch(request),
			new Promise<never>((_, reject) =>
				setTimeout(() => reject(new Error('timeout')), NETWORK_TIMEOUT_MS)
			)
		]);
		if (response.ok && PRECACHED.has(new URL(request.url).pathname))
			await cache.put(new URL(request.url).pathname, response.clone());
		return response;
	} catch (err) {
		// Offline: the cached page for this path (query strings do not change the HTML shell).
		const hit = await cache.match(new URL(request.url).pathname, { ignoreSearch: true });
		if (hit) return hit;
		throw err;
	}
}

async function cacheFirst(request: Request, keep: boolean): Promise<Response> {
	const cache = await caches.open(CACHE);
	const hit = await cache.match(request, { ignoreSearch: true });
	if (hit) return hit;
	const response = await fetch(request);
	if (keep && response.ok) await cache.put(request, response.clone());
	return response;
}

/** Content-hashed build files never change; those not in the manifest (worker chunks) are kept on first use. */
function isImmutable(url: URL): boolean {
	return url.pathname.includes('/_app/immutable/');
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	if (request.mode === 'navigate') event.respondWith(networkFirst(request));
	else if (PRECACHED.has(url.pathname) || isImmutable(url))
		event.respondWith(cacheFirst(request, isImmutable(url)));
	// Anything else (version.json, files of another deployment) goes to the network as usual.
});
