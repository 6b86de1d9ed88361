// What moves while a page opened on stored data loads (Lighthouse's CLS names only the
// largest shifted element): the teaching sample is stored, then each route given is opened
// fresh at Lighthouse's desktop size and every layout shift is printed with the elements that
// moved and from where to where, until the page is at rest.
// `node scripts/bench/layoutShifts.js /clv/ /satisfaction/` against a fresh `vite build`;
// `--lang=zh`, `--width=390 --height=844` for another language or a phone (default: English at
// Lighthouse's desktop size, 1350 × 940).
import { closeSharedBrowser, openBrowser, settled, startSite } from '../../tests/e2e/harness.js';

function recordShifts() {
	window.__shifts = [];
	const describe = (n) => {
		if (!n || n.nodeType !== 1) return n?.nodeName ?? '';
		const id = n.id ? `#${n.id}` : '';
		const cls = n.classList.length ? `.${[...n.classList].join('.')}` : '';
		const testid = n.dataset?.testid ? `[${n.dataset.testid}]` : '';
		return `${n.parentElement?.tagName.toLowerCase() ?? ''} > ${n.tagName.toLowerCase()}${id}${cls}${testid}`;
	};
	new PerformanceObserver((list) => {
		for (const e of list.getEntries())
			if (!e.hadRecentInput)
				window.__shifts.push({
					at: Math.round(e.startTime),
					value: Number(e.value.toFixed(4)),
					sources: (e.sources ?? []).map((s) => ({
						node: describe(s.node),
						from: [s.previousRect.y, s.previousRect.height].map(Math.round),
						to: [s.currentRect.y, s.currentRect.height].map(Math.round)
					}))
				});
	}).observe({ type: 'layout-shift', buffered: true });
}

const args = process.argv.slice(2);
const option = (name, fallback) =>
	args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const lang = option('lang', 'en');
const viewport = { width: Number(option('width', 1350)), height: Number(option('height', 940)) };
const routes = args.filter((a) => !a.startsWith('--'));

const { server, baseUrl } = await startSite();
const b = await openBrowser(baseUrl, { viewport });
try {
	const { page } = b;
	await page.addInitScript(recordShifts);
	await page.goto(`${baseUrl}/?sample=retail&lang=${lang}`);
	await page.locator('p.good[role="status"]').waitFor({ timeout: 120_000 });
	console.log(`${lang}, ${viewport.width} × ${viewport.height}`);
	for (const route of routes) {
		await page.goto(`${baseUrl}${route}`);
		await settled(page, 300_000);
		const shifts = await page.evaluate(() => window.__shifts);
		const total = shifts.reduce((a, s) => a + s.value, 0);
		console.log(`${route}: ${shifts.length} shifts, sum ${total.toFixed(3)}`);
		for (const s of shifts) console.log(JSON.stringify(s));
	}
} finally {
	await b.close();
	// The harness's Chromium is shared and outlives the context: without this, node never exits.
	await closeSharedBrowser();
	server.close();
}
