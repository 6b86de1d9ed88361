// Offline support. On install the worker caches the app shell: this build's files
// (content-hashed scripts and styles), the static files except the bundled samples, and the
// prerendered pages, in a cache named after the build version. The samples (6 MB, most
// visitors open one or none) are cached the first time they are fetched, so a sample used
// once loads offline too. Pages are fetched network-first, so a reload picks
// up a new deployment at once; everything else is served cache-first, from any version's
// cache. A new version installs and then waits: a tab still running the previous build keeps
// loading that build's chunks from its cache, and the page offers "new version — reload"
// (appUpdate.svelte.ts), which asks the waiting worker to take over. Old caches are deleted
// only once every open tab has said it runs this version. Nothing but this origin's own files
// is ever cached; datasets live in IndexedDB, not here.
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `crm-workbench-${version}`;
/** The bundled samples' folder: fetched on first use, then kept (not precached). */
const SAMPLES = new URL('samples/', sw.location.href).pathname;
const isSample = (path: string) => path.startsWith(SAMPLES);
const PRECACHE = [...build, ...files, ...prerendered].filter(
	(p) => !isSample(new URL(p, sw.location.href).pathname)
);
const PRECACHED = new Set(PRECACHE.map((p) => new URL(p, sw.location.href).pathname));
/** A page request waits this long for the network before the cached copy is used. */
const NETWORK_TIMEOUT_MS = 4000;

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			await cache.addAll(PRECACHE);
			// No skipWaiting here: tabs of the previous build may still need its files.
		})()
	);
});

/** The build version each open tab reported (lost when the worker stops: unknown = keep). */
const tabVersions = new Map<string, string>();

/** Deletes older versions' caches once every open tab runs this version. */
async function dropOldCaches(): Promise<void> {
	const tabs = await sw.clients.matchAll({ type: 'window', includeUncontrolled: true });
	if (!tabs.every((c) => tabVersions.get(c.id) === version)) return;
	for (const key of await caches.keys())
		if (key !== CACHE && key.startsWith('crm-workbench-')) await caches.delete(key);
}

sw.addEventListener('message', (event) => {
	const data = event.data as { type?: string; version?: string } | null;
	const source = event.source as Client | null;
	if (data?.type === 'skip-waiting') void sw.skipWaiting();
	else if (data?.type === 'version' && source && typeof data.version === 'string') {
		tabVersions.set(source.id, data.version);
		event.waitUntil(dropOldCaches());
	}
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			await sw.clients.claim();
			await dropOldCaches();
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

/**
 * `keep`: store what the network returns. `anyVersion`: a copy from any version's cache will
 * do (content-hashed files never change; a sample may between versions, so only this one's).
 */
async function cacheFirst(request: Request, keep: boolean, anyVersion = keep): Promise<Response> {
	const cache = await caches.open(CACHE);
	// This version's copy first; a content-hashed file from any version's cache (a tab of the
	// previous build asks for that build's chunks after a deploy).
	const hit =
		(await cache.match(request, { ignoreSearch: true })) ??
		(anyVersion ? await caches.match(request, { ignoreSearch: true }) : undefined);
	if (hit) return hit;
	const response = await fetch(request);
	// Stored under its path: the same file asked for with another query string is one entry.
	if (keep && response.ok) await cache.put(new URL(request.url).pathname, response.clone());
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
	else if (isSample(url.pathname)) event.respondWith(cacheFirst(request, true, false));
	// Anything else (version.json, files of another deployment) goes to the network as usual.
});
