// A small end-to-end harness: serves the built site on a free localhost port, launches
// Debian's Chromium through playwright-core with a fresh profile per test, records every
// request so tests can assert that nothing leaves the origin, and saves screenshots. The rerun
// of a failed test records a Playwright trace, which all.spec.js's afterEach keeps.
import { chromium } from 'playwright-core';
import { copyFileSync, mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { serve } from '../../scripts/serve.js';
import { CHROMIUM_ARGS, findChromium } from './chromium.js';

export const SHOTS = 'tests/.artifacts/screenshots';

/** The home page and the views in the app's navigation, in its order. */
export const VIEW_ROUTES = [
	'/',
	'/data/',
	'/segments/',
	'/clv/',
	'/lifecycle/',
	'/satisfaction/',
	'/churn/',
	'/crossbuy/',
	'/referral/',
	'/compare/',
	'/learn/'
];
export const TRACES = 'tests/.artifacts/traces';

/** The browsers opened since the last finishBrowsers(): one test runs at a time per worker. */
const opened = [];
let traceThisTest = false;

/**
 * Called by all.spec.js before each test: whether its browsers record a trace. E2E_TRACE=1:
 * every test; E2E_TRACE=0: none; otherwise only a rerun (`retry` > 0) of a test that failed.
 */
export function startTest(retry) {
	const mode = process.env.E2E_TRACE;
	traceThisTest = mode === '1' || (mode !== '0' && retry > 0);
}

export async function startSite() {
	const server = await serve('build', 0);
	const { port } = server.address();
	return { server, baseUrl: `http://127.0.0.1:${port}` };
}

/**
 * This worker's Chromium: launched by the first openBrowser() and shared by the tests the
 * worker runs after it (closed by closeSharedBrowser(), all.spec.js's afterAll). Each test
 * still gets a fresh context of its own — its own storage (IndexedDB, caches, service
 * workers), cookies and permissions — as Playwright's own `context` fixture does. Launching a
 * browser with a fresh profile for every openBrowser() cost about 2.5 s (launch and close) and
 * a new context about 0.5 s, measured side by side at load 9–16 (docs/testing.md).
 */
let shared = null;

async function sharedBrowser() {
	const current = shared && (await shared.catch(() => null));
	// A browser that crashed or was closed is not handed to the next test.
	if (!current?.isConnected())
		shared = chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
	return shared;
}

/** Closes this worker's shared browser, if one was launched (all.spec.js's afterAll). */
export async function closeSharedBrowser() {
	const current = shared && (await shared.catch(() => null));
	shared = null;
	await current?.close().catch(() => {});
}

/**
 * A fresh browser context (storage, cookies, permissions of its own) in this worker's shared
 * Chromium; `foreign` collects requests to other origins. Tests that need a profile on disk or
 * launch options of their own (faults, hostile) launch their own browser.
 */
export async function openBrowser(
	baseUrl,
	{ viewport = { width: 1280, height: 720 }, locale = 'en-US' } = {}
) {
	const browser = await sharedBrowser();
	const context = await browser.newContext({ viewport, locale, acceptDownloads: true });
	// Limits, not waits: two test files run side by side on the CI machine's two cores, so a
	// step that takes 10 s alone may take 40 s; every wait still ends as soon as its state holds.
	context.setDefaultTimeout(90_000);
	// A trace (screenshots and DOM snapshots of every action), kept only if the test fails.
	// Recording costs about 45 % more browser CPU (lifecycle test: 17 s → 25 s), so by default
	// only the rerun of a failed test records one (see tracing below and playwright.config.js).
	const tracing = traceThisTest;
	if (tracing) await context.tracing.start({ screenshots: true, snapshots: true });
	const trace = tracing ? join(mkdtempSync(join(tmpdir(), 'crm-e2e-trace-')), 'trace.zip') : null;
	const origin = new URL(baseUrl).origin;
	const foreign = [];
	const errors = [];
	const watch = (page) => {
		page.on('request', (r) => {
			const u = r.url();
			if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'))
				foreign.push(u);
		});
		page.on('pageerror', (e) => errors.push(String(e)));
		page.on('console', (m) => {
			if (m.type() === 'error') errors.push(m.text());
		});
	};
	context.on('page', watch);
	// A new context has no page yet: this one is watched through the 'page' event.
	const page = await context.newPage();
	let closed = false;
	const b = {
		context,
		page,
		foreign,
		errors,
		/** The trace file once closed (null without tracing or if it could not be written). */
		trace: null,
		async close() {
			if (closed) return;
			closed = true;
			// The test may still fail after this browser is gone: its trace is written now, to
			// a temporary file that finishBrowsers() keeps or deletes.
			if (tracing)
				b.trace = await context.tracing
					.stop({ path: trace })
					.then(() => trace)
					.catch(() => null);
			await context.close();
		}
	};
	opened.push(b);
	return b;
}

/**
 * After each test (all.spec.js): closes what the test left open; if it failed, copies each
 * browser's trace to tests/.artifacts/traces/<test>[-n].zip, attaches it to the report and
 * prints its path (`npx playwright show-trace <zip>` opens it). Temporary traces are deleted.
 */
export async function finishBrowsers(testInfo) {
	const failed = testInfo.status !== testInfo.expectedStatus;
	const list = opened.splice(0);
	for (const [i, b] of list.entries()) {
		await b.close().catch(() => {});
		if (!b.trace) continue;
		if (failed) {
			mkdirSync(TRACES, { recursive: true });
			const name = testInfo.title.replace(/[^\p{L}\p{N}._-]+/gu, '-').slice(0, 120);
			const path = join(TRACES, `${name}${list.length > 1 ? `-${i + 1}` : ''}.zip`);
			copyFileSync(b.trace, path);
			await testInfo.attach(`trace${list.length > 1 ? `-${i + 1}` : ''}`, {
				path,
				contentType: 'application/zip'
			});
			console.log(`  trace of the failed test: ${path}`);
		}
		rmSync(dirname(b.trace), { recursive: true, force: true });
	}
}

export async function shot(page, name) {
	mkdirSync(SHOTS, { recursive: true });
	await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

export function assert(cond, message) {
	if (!cond) throw new Error(message);
}

/**
 * Reads `read()` until `ok(value)` holds and returns that value, as Playwright's expect.poll
 * does: for a state no single locator or page function can name (an input that is re-created,
 * what IndexedDB holds). Fails with `what` and the last value read when `timeout` runs out.
 */
export async function poll(read, ok, what, { timeout = 90_000, every = 100 } = {}) {
	const until = Date.now() + timeout;
	for (;;) {
		const value = await read();
		if (ok(value)) return value;
		if (Date.now() > until)
			throw new Error(`${what}: not reached in ${timeout} ms; last read ${JSON.stringify(value)}`);
		// The interval between two reads, not a wait for something to happen.
		await new Promise((r) => setTimeout(r, every));
	}
}

let restToken = 0;

/**
 * Waits until the page is at rest: the stored datasets are listed (main[data-workspace=ready]),
 * no analysis is queued or running (main[data-busy=0]), the fonts are loaded and no CSS
 * transition or animation is running, for three animation frames in a row (a chart measures
 * its box, then draws in a later frame). For screenshots and for reads of a finished view.
 */
export async function settled(page, timeout = 90_000) {
	const token = `__e2eRest${++restToken}`;
	await page.waitForFunction(
		(token) => {
			const main = document.querySelector('main#main');
			const rest =
				main?.getAttribute('data-workspace') === 'ready' &&
				main.getAttribute('data-busy') === '0' &&
				document.fonts.status === 'loaded' &&
				document.getAnimations().length === 0;
			window[token] = rest ? (window[token] ?? 0) + 1 : 0;
			return window[token] >= 3;
		},
		token,
		{ timeout, polling: 'raf' }
	);
}

/** Waits until the Data page (or any page) has listed the stored datasets, e.g. after a reload. */
export async function workspaceReady(page, timeout = 90_000) {
	await page.locator('main#main[data-workspace="ready"]').waitFor({ timeout });
}

/**
 * Opens the home page (in `lang` if given) and loads the teaching sample with its button;
 * resolves once the page says it is stored. Shared by the tests and the Lighthouse bench.
 */
export async function loadTeachingSample(
	page,
	baseUrl,
	{ lang, timeout = 90_000, waitUntil = 'load' } = {}
) {
	await page.goto(`${baseUrl}/${lang ? `?lang=${lang}` : ''}`, { waitUntil });
	const button = page.getByTestId('load-sample');
	// Hovered first as a user's pointer would be: the home page preloads on hover.
	await button.hover();
	await button.click();
	await page.locator('p.good[role="status"]').waitFor({ timeout });
}

let visitToken = 0;

/**
 * Opens `path` (e.g. '/clv/?lang=zh') inside the running app, as a click on one of its links
 * does, instead of page.goto's reload: the engine worker and the analyses it has cached stay,
 * so a walk over the views computes each analysis once (a reload recomputes every one of them:
 * the twelve routes took ~95 s that way and ~25 s this way, measured at load 20). For tests
 * that read what a view shows, not how a fresh load behaves. Resolves once the new page has
 * replaced the old one (a new `main h1`); wait for its content, or settled(), after this.
 */
export async function visit(page, path, timeout = 90_000) {
	const token = `v${++visitToken}`;
	const before = new URL(page.url());
	const target = new URL(path, before);
	const newPage = target.pathname !== before.pathname;
	await page.evaluate(
		([href, token, newPage]) => {
			// The current page's headings, marked so the next page's own can be told apart.
			if (newPage) for (const h of document.querySelectorAll('main h1')) h.dataset.e2eLeft = token;
			// SvelteKit routes clicks on same-origin links anywhere in the document.
			const a = document.createElement('a');
			a.href = href;
			document.body.append(a);
			a.click();
			a.remove();
		},
		[target.href, token, newPage]
	);
	await page.waitForURL((u) => u.pathname === target.pathname && u.search === target.search, {
		timeout
	});
	if (newPage) await page.locator('main h1:not([data-e2e-left])').first().waitFor({ timeout });
}
