// What changes size while a page opens, frame by frame: the teaching sample is stored, then the
// route is opened fresh and the boxes of the elements named in --watch are read every animation
// frame until the page is at rest; every change of a box's top or height is printed with its
// time, beside the layout shifts (with the nodes that moved) and the fonts that finished loading.
// Written to find what made the /clv/ header grow ~5 px some 0.8 s after opening.
// `node scripts/bench/boxWatch.js /clv/ --lang=zh --width=1280 --height=720` after `vite build`.
import { openBrowser, settled, startSite } from '../../tests/e2e/harness.js';

const args = process.argv.slice(2);
const option = (name, fallback) =>
	args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const lang = option('lang', 'en');
const viewport = { width: Number(option('width', 1280)), height: Number(option('height', 720)) };
const watch = option(
	'watch',
	'header|main h1|[data-testid="kpi-strip"]|main > .intro|[data-testid="filter-bar"]'
).split('|');
const route = args.find((a) => !a.startsWith('--')) ?? '/clv/';

function record(selectors) {
	const t0 = performance.now();
	const at = () => Math.round(performance.now() - t0);
	window.__boxes = [];
	window.__shifts = [];
	window.__fonts = [];
	const describe = (n) => {
		if (!n || n.nodeType !== 1) return n?.nodeName ?? '';
		const cls = n.classList.length ? `.${[...n.classList].join('.')}` : '';
		const testid = n.dataset?.testid ? `[${n.dataset.testid}]` : '';
		const text = (n.textContent ?? '').trim().slice(0, 30);
		return `${n.tagName.toLowerCase()}${cls}${testid} “${text}”`;
	};
	new PerformanceObserver((list) => {
		for (const e of list.getEntries())
			window.__shifts.push({
				at: Math.round(e.startTime),
				value: Number(e.value.toFixed(4)),
				sources: (e.sources ?? []).map(
					(s) =>
						`${describe(s.node)} y ${Math.round(s.previousRect.y)}→${Math.round(s.currentRect.y)}` +
						` h ${Math.round(s.previousRect.height)}→${Math.round(s.currentRect.height)}`
				)
			});
	}).observe({ type: 'layout-shift', buffered: true });
	document.fonts.addEventListener('loadingdone', (e) =>
		window.__fonts.push({
			at: at(),
			fonts: e.fontfaces.map((f) => `${f.family} ${f.weight} ${f.unicodeRange.slice(0, 20)}`)
		})
	);
	const last = new Map();
	const frame = () => {
		for (const sel of selectors) {
			const el = document.querySelector(sel);
			const r = el?.getBoundingClientRect();
			const box = r
				? `top ${r.top.toFixed(1)} h ${r.height.toFixed(1)} w ${r.width.toFixed(0)}`
				: 'none';
			if (last.get(sel) !== box) {
				last.set(sel, box);
				window.__boxes.push({ at: at(), sel, box });
			}
		}
		if (!window.__stopBoxes) requestAnimationFrame(frame);
	};
	requestAnimationFrame(frame);
}

const { server, baseUrl } = await startSite();
const b = await openBrowser(baseUrl, { viewport });
try {
	const { page } = b;
	await page.goto(`${baseUrl}/?sample=retail&lang=${lang}`);
	await page.locator('p.good[role="status"]').waitFor({ timeout: 120_000 });
	await page.addInitScript(record, watch);
	await page.goto(`${baseUrl}${route}`);
	await settled(page, 300_000);
	const out = await page.evaluate(() => {
		window.__stopBoxes = true;
		return { boxes: window.__boxes, shifts: window.__shifts, fonts: window.__fonts };
	});
	console.log(`${route} ${lang} ${viewport.width} × ${viewport.height}`);
	for (const x of out.boxes) console.log(`${String(x.at).padStart(6)} ms  ${x.sel}: ${x.box}`);
	for (const f of out.fonts)
		console.log(`${String(f.at).padStart(6)} ms  fonts: ${f.fonts.join(', ')}`);
	for (const s of out.shifts)
		console.log(`${String(s.at).padStart(6)} ms  shift ${s.value}: ${s.sources.join(' | ')}`);
} finally {
	await b.close();
	server.close();
}
