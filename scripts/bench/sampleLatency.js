// What a teacher feels on the teaching sample (issue 22, item 7), in a fresh headless Chromium
// profile against the built site: "Load the sample" click → the loaded status; each analysis
// page's first chart after in-app navigation (a click on the header's link); a segment's
// customer list after a click in the segment table. Times and long tasks come from the page's
// own clock (latencyProbe.js); the longest main-thread task overlapping each interval is kept.
// Before each click the engine worker is left to finish what the previous page asked of it
// (`?bench` exposes its busy count): the worker runs one analysis at a time, so a page left
// at its first chart would otherwise hand its remaining work (e.g. the Lifetime value page's
// model fits) to the next page's figure. Each figure is that page's own cost.
import { openBrowser } from '../../tests/e2e/harness.js';
import { latencyProbe } from './latencyProbe.js';

/** Analysis pages in the header's order (Data and Learn have no analysis chart to wait for). */
export const LATENCY_PAGES = [
	'/segments/',
	'/clv/',
	'/lifecycle/',
	'/satisfaction/',
	'/churn/',
	'/crossbuy/',
	'/referral/'
];
const TIMEOUT = 120_000;

function longestTask(tasks, from, to) {
	let max = 0;
	for (const [start, duration] of tasks)
		if (start + duration >= from && start <= to) max = Math.max(max, duration);
	return max;
}

async function engineIdle(page) {
	await page.waitForFunction(() => window.__crmBench?.engine.busy === 0, null, {
		timeout: TIMEOUT,
		polling: 50
	});
}

async function measure(page, kind, target, click) {
	await page.evaluate(([k, t]) => window.__latency.arm(k, t), [kind, target]);
	const n = await page.evaluate(() => window.__latency.results.length);
	await click();
	await page.waitForFunction((n) => window.__latency.results.length > n, n, {
		timeout: TIMEOUT,
		polling: 50
	});
	// Long tasks are reported after they end: one more frame so the last one is in.
	await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
	return page.evaluate(() => {
		const r = window.__latency.results.at(-1);
		let max = 0;
		for (const [s, d] of window.__latency.tasks)
			if (s + d >= r.start && s <= r.end) max = Math.max(max, d);
		return { ms: r.end - r.start, longestTask: max };
	});
}

/**
 * One run: { load, pages: { '/segments/': {ms, longestTask}, … }, drill }. `around(label, run)`
 * wraps each measurement (scripts/bench/longTaskTrace.js records a trace around it); the
 * engine is idle when it is called, and `run` resolves once the state is reached.
 */
export async function sampleLatency(
	baseUrl,
	{ lang = 'en', around = (_label, run) => run() } = {}
) {
	const b = await openBrowser(baseUrl);
	try {
		const { page } = b;
		await page.addInitScript(latencyProbe);
		await page.goto(`${baseUrl}/?bench&lang=${lang}`, { waitUntil: 'networkidle' });
		const button = page.getByTestId('load-sample');
		await button.waitFor();
		// A user's pointer reaches the button before the click (hover prewarms the import
		// worker on the home page, as a real pointer does).
		await button.hover();
		const step = async (label, kind, target, click) => {
			await engineIdle(page);
			return around(label, () => measure(page, kind, target, click), b);
		};
		const load = await step('load', 'load', '/', () => button.click());
		const pages = {};
		for (const path of LATENCY_PAGES) {
			const link = page.locator(`header nav a[href$="${path}"]`);
			pages[path] = await step(path, 'chart', path, () => link.click());
		}
		// The drill-down: back on Segments (in-app), the first segment's customers.
		await page.locator('header nav a[href$="/segments/"]').click();
		const first = page.getByTestId('segments-table').locator('tbody button.link').first();
		await first.waitFor({ timeout: TIMEOUT });
		const drill = await step('drill', 'drill', '', () => first.click());
		const tasks = await page.evaluate(() => window.__latency.tasks);
		return { load, pages, drill, longestTaskOverall: longestTask(tasks, 0, Infinity) };
	} finally {
		await b.close();
	}
}
