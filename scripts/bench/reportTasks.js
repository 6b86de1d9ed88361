// The report's main-thread tasks while it loads on stored data (issue 22: Lighthouse mobile on
// /report/ lost its points to total blocking time). The teaching sample is stored, then
// /report/ is opened fresh (as after a reload) and left until at rest; every long task (over
// 50 ms, the browser's own `longtask` entries) is listed with its start and length, with the
// sum of their excess over 50 ms (what Lighthouse calls blocking time, here unthrottled and
// from navigation to rest) and, with --profile, the JavaScript that ran, by self time (V8's
// sampling profiler through CDP; build with `--minify false` to read function names).
//   node scripts/bench/reportTasks.js [--lang zh] [--runs 3] [--profile] [--cpu 4]
// against `vite build` (run from a folder holding another `build` to measure that build).
// `--cpu 4` slows the page's CPU four times, as Lighthouse's mobile preset does.
import { openBrowser, settled, startSite } from '../../tests/e2e/harness.js';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
	const i = args.indexOf(name);
	return i >= 0 ? args[i + 1] : dflt;
};
const LANG = opt('--lang', 'en');
const RUNS = Number(opt('--runs', 1));
const CPU = Number(opt('--cpu', 1));
const PROFILE = args.includes('--profile');
// Another page opened the same way, to compare (e.g. /segments/ alone).
const ROUTE = opt('--route', '/report/');

function watchLongTasks() {
	window.__longTasks = [];
	new PerformanceObserver((list) => {
		for (const e of list.getEntries())
			window.__longTasks.push({ at: Math.round(e.startTime), ms: Math.round(e.duration) });
	}).observe({ type: 'longtask', buffered: true });
	// When each report section is mounted (data-staged) and when the page is at rest, to read
	// the long tasks against.
	window.__events = [];
	new MutationObserver((records) => {
		for (const r of records) {
			const el = r.target;
			const what =
				r.attributeName === 'data-busy'
					? `busy=${el.getAttribute('data-busy')}`
					: `${el.dataset.section}:${el.dataset.staged}`;
			window.__events.push({ at: Math.round(performance.now()), what });
		}
	}).observe(document, {
		subtree: true,
		attributes: true,
		attributeFilter: ['data-staged', 'data-busy']
	});
}

function topFunctions(prof, n = 25) {
	const byId = new Map(prof.nodes.map((x) => [x.id, x]));
	const self = new Map();
	for (let i = 0; i < prof.samples.length; i++) {
		const f = byId.get(prof.samples[i]).callFrame;
		const key = `${f.functionName || '(anon)'} ${f.url.split('/').slice(-1)[0]}:${f.lineNumber + 1}`;
		self.set(key, (self.get(key) ?? 0) + (prof.timeDeltas[i] ?? 0));
	}
	return [...self.entries()]
		.filter(([k]) => !k.startsWith('(idle)'))
		.sort((a, b) => b[1] - a[1])
		.slice(0, n)
		.map(([k, us]) => `${(us / 1000).toFixed(0).padStart(6)} ms  ${k}`);
}

/** Inclusive time of the app's Svelte components (capitalised function names), outermost call only. */
function components(prof, n = 30) {
	const byId = new Map(prof.nodes.map((x) => [x.id, x]));
	const parent = new Map();
	for (const x of prof.nodes) for (const c of x.children ?? []) parent.set(c, x.id);
	const total = new Map();
	for (let i = 0; i < prof.samples.length; i++) {
		const seen = new Set();
		for (let id = prof.samples[i]; id !== undefined; id = parent.get(id)) {
			const name = byId.get(id).callFrame.functionName;
			if (!/^[A-Z][A-Za-z0-9]+$/.test(name) || seen.has(name)) continue;
			seen.add(name);
			total.set(name, (total.get(name) ?? 0) + (prof.timeDeltas[i] ?? 0));
		}
	}
	return [...total.entries()]
		.sort((a, b) => b[1] - a[1])
		.slice(0, n)
		.map(([k, us]) => `${(us / 1000).toFixed(0).padStart(6)} ms  ${k}`);
}

/**
 * The profile cut into busy stretches (samples between idle ones) of at least 50 ms, each with
 * its named functions by inclusive time (outermost call only): what a long task was doing.
 */
function stretches(prof, n = 14) {
	const byId = new Map(prof.nodes.map((x) => [x.id, x]));
	const parent = new Map();
	for (const x of prof.nodes) for (const c of x.children ?? []) parent.set(c, x.id);
	const out = [];
	let cur = null;
	let t = 0;
	for (let i = 0; i < prof.samples.length; i++) {
		const dt = prof.timeDeltas[i] ?? 0;
		t += dt;
		const frame = byId.get(prof.samples[i]).callFrame;
		const leaf =
			frame.functionName ||
			(frame.url ? `(anon ${frame.url.split('/').at(-1)}:${frame.lineNumber + 1})` : '');
		if (leaf === '(idle)') {
			if (cur && cur.us >= 50_000) out.push(cur);
			cur = null;
			continue;
		}
		cur ??= { at: t, us: 0, fns: new Map(), self: new Map() };
		cur.us += dt;
		cur.self.set(leaf || '(anon)', (cur.self.get(leaf || '(anon)') ?? 0) + dt);
		const seen = new Set();
		for (let id = prof.samples[i]; id !== undefined; id = parent.get(id)) {
			const f = byId.get(id).callFrame;
			const name = f.functionName || '';
			// The app's components (capitalised), not Svelte's internals.
			if (!/^[A-Z][A-Za-z0-9]+$/.test(name) || name === 'Svelte4Component' || seen.has(name))
				continue;
			seen.add(name);
			cur.fns.set(name, (cur.fns.get(name) ?? 0) + dt);
		}
	}
	if (cur && cur.us >= 50_000) out.push(cur);
	return out.map(
		(c) =>
			`${Math.round(c.at / 1000)} ms +${Math.round(c.us / 1000)}: ` +
			[...c.fns]
				.sort((a, b) => b[1] - a[1])
				.slice(0, n)
				.map(([k, us]) => `${k} ${Math.round(us / 1000)}`)
				.join(', ') +
			'\n      self: ' +
			[...c.self]
				.sort((a, b) => b[1] - a[1])
				.slice(0, 8)
				.map(([k, us]) => `${k} ${Math.round(us / 1000)}`)
				.join(', ')
	);
}

const { server, baseUrl } = await startSite();
try {
	for (let run = 1; run <= RUNS; run++) {
		const b = await openBrowser(baseUrl, { viewport: { width: 412, height: 823 } });
		try {
			const { page, context } = b;
			await page.goto(`${baseUrl}/?sample=retail&lang=${LANG}`);
			await page.locator('p.good[role="status"]').waitFor({ timeout: 120_000 });
			await page.goto('about:blank');
			await page.addInitScript(watchLongTasks);
			const cdp = await context.newCDPSession(page);
			if (CPU > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
			if (PROFILE) {
				await cdp.send('Profiler.enable');
				await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
				await cdp.send('Profiler.start');
			}
			await page.goto(`${baseUrl}${ROUTE}?lang=${LANG}`);
			if (ROUTE === '/report/') {
				await page.locator('[data-testid="report-include-segments"]:checked').waitFor();
				await page.locator('[data-section="satisfaction"] figure svg').first().waitFor();
			} else await page.locator('figure svg').first().waitFor();
			await settled(page, 300_000);
			// One more frame and a moment: a long task is reported after it ends.
			const rest = await page.evaluate(
				() =>
					new Promise((r) =>
						requestAnimationFrame(() => setTimeout(() => r(Math.round(performance.now())), 200))
					)
			);
			const tasks = await page.evaluate(() => window.__longTasks);
			const blocking = tasks.reduce((a, t) => a + Math.max(0, t.ms - 50), 0);
			const longest = Math.max(0, ...tasks.map((t) => t.ms));
			console.log(
				`run ${run} ${ROUTE} (${LANG}, cpu ×${CPU}): at rest ${rest} ms, ${tasks.length} long tasks, ` +
					`longest ${longest} ms, blocking ${blocking} ms`
			);
			const events = await page.evaluate(() => window.__events);
			const timeline = [
				...tasks.map((t) => ({ at: t.at, text: `[${t.ms} ms task]` })),
				...events
					.filter((e, i) => !e.what.startsWith('busy') || events[i - 1]?.what !== e.what)
					.map((e) => ({ at: e.at, text: e.what }))
			].sort((a, b) => a.at - b.at);
			console.log('  ' + timeline.map((e) => `${e.at} ${e.text}`).join(', '));
			if (PROFILE) {
				const { profile } = await cdp.send('Profiler.stop');
				for (const line of topFunctions(profile)) console.log('  ' + line);
				console.log('  components, inclusive:');
				for (const line of components(profile)) console.log('  ' + line);
				console.log('  busy stretches of 50 ms or more (from the profile start):');
				for (const line of stretches(profile)) console.log('  ' + line);
			}
			await cdp.detach();
		} finally {
			await b.close();
		}
	}
} finally {
	const { closeSharedBrowser } = await import('../../tests/e2e/harness.js');
	await closeSharedBrowser();
	server.close();
}
