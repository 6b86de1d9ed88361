// One measured run of the app in a fresh headless Chromium profile: the real import UI
// (file input → "Check all rows" → report → "Import N rows" → saved), then analyses through
// the engine worker (`?bench` exposes window.__crmBench), storage used, a reload, and the
// renderer's peak memory. Times come from the page's own clock (see pageProbe.js).
import { openBrowser } from '../../tests/e2e/harness.js';
import { writeFileSync } from 'node:fs';
import { pageProbe } from './pageProbe.js';
import { watchRendererMemory } from './rendererMemory.js';
import { diff as cpuDiff, snapshot as cpuSnapshot } from './rendererCpu.js';
import { startTrace } from './cdpTrace.js';

const TIMEOUT = 300_000;

/** Runs an analysis in the engine worker and times it in the page. */
export async function timeAnalysis(page, name, params) {
	return page.evaluate(
		async ([name, params]) => {
			const t0 = performance.now();
			try {
				// fresh: timed as computed, never answered from the engine's result cache.
				const r = await window.__crmBench.engine.run(name, params, undefined, { fresh: true });
				return {
					ms: performance.now() - t0,
					workerMs: window.__crmBench.engine.lastWorkerMs,
					rfmMs: r?.rfmMs,
					tableMs: r?.tableMs,
					customers: r?.customers ?? r?.data?.customers
				};
			} catch (e) {
				return { ms: NaN, error: `${e?.code ?? ''} ${e?.detail ?? e}` };
			}
		},
		[name, params]
	);
}

async function waitForWorkspace(page, timeout = TIMEOUT) {
	const handle = await page.waitForFunction(
		() => window.__crmBench?.workspace.ready && performance.now(),
		null,
		{ timeout, polling: 10 }
	);
	return handle.jsonValue();
}

/** Longest main-thread task that overlaps [from, to] (page clock), 0 if none. */
function longestTask(tasks, from, to) {
	let max = 0;
	for (const [start, duration] of tasks)
		if (start + duration >= from && start <= to) max = Math.max(max, duration);
	return max;
}

/**
 * Imports `path` through the Data page and runs `analyses` ([{ key, name, params(id) }]) on
 * it — as soon as the data is in the engine, or with `afterSave` once it is stored; with
 * `reload`, reloads and times the first RFM from IndexedDB.
 */
export async function appRun(
	baseUrl,
	path,
	{ analyses = [], reload = false, afterSave = false, timeout = TIMEOUT, trace = null } = {}
) {
	const memory = watchRendererMemory();
	const b = await openBrowser(baseUrl);
	try {
		const { page } = b;
		await page.addInitScript(pageProbe);
		await page.goto(`${baseUrl}/data/?bench&lang=en`);
		await waitForWorkspace(page, timeout);
		const storageBefore = await page.evaluate(
			async () => (await navigator.storage.estimate()).usage
		);
		// With `trace` (a file name): a Chrome trace from the drop to the save, for
		// `node scripts/bench/longTaskTrace.js --from <file>` (what ran in each long task).
		const tracing = trace ? await startTrace(b.context, page) : null;
		const cpu0 = cpuSnapshot();
		await page.getByTestId('file-input').setInputFiles(path);
		const card = page.locator('article.job').last();
		const check = card.locator('button', { hasText: /^Check all rows/ });
		await check.waitFor({ timeout });
		await check.click();
		await card.locator('section.report').waitFor({ timeout });
		await card.locator('button', { hasText: /^Import / }).click();
		// Analyses start as soon as the data is in the engine, while IndexedDB still writes.
		// (afterSave: once stored, so a measurement does not share the CPUs with the save.)
		await card
			.locator(afterSave ? 'p.good' : 'p.ready, p.good')
			.first()
			.waitFor({ timeout });
		const id = await page.evaluate(() => window.__crmBench.workspace.active('transactions').id);
		const timed = {};
		const run = async (a) => {
			const r = await timeAnalysis(page, a.name, a.params(id));
			if (r.error) throw new Error(`${a.name}: ${r.error}`);
			timed[a.key] = r.ms;
			timed[`${a.key}Worker`] = r.workerMs;
			if (r.rfmMs !== undefined) timed[`${a.key}Rfm`] = r.rfmMs;
			timed[`${a.key}Customers`] = r.customers;
		};
		for (const a of analyses) if (!a.afterSave) await run(a);
		const cpu1 = cpuSnapshot();
		await card.locator('p.good').waitFor({ timeout });
		const cpu2 = cpuSnapshot();
		// Analyses marked afterSave are timed without the save competing for the two CPUs.
		for (const a of analyses) if (a.afterSave) await run(a);
		const probe = await page.evaluate(() => window.__benchProbe);
		if (tracing) {
			const t = await tracing.stop();
			const interval = { start: probe.marks.drop, end: probe.marks.saved };
			writeFileSync(
				trace,
				JSON.stringify({ label: 'import', markAt: t.markAt, interval, traceEvents: t.events })
			);
		}
		// Validation's phases on the import worker's clock (and the helper's, for its half).
		const phases = await page.evaluate(() => window.__crmBench.importer.jobs.at(-1)?.timings);
		const m = probe.marks;
		if (m.failed) throw new Error(`import failed: ${m.failed}`);
		const out = {
			// The time Playwright takes to see a button and click it is taken out: it is the
			// user's reading time, not the app's.
			preview: m.mapping - m.drop,
			validate: m.report - m.check,
			dataReady: m.mapping - m.drop + (m.report - m.check),
			handOver: m.ready - m.commit,
			save: m.saved - m.commit,
			longestTask: longestTask(probe.tasks, m.drop, m.saved),
			longestTaskToReport: longestTask(probe.tasks, m.drop, m.report),
			longestTaskSave: longestTask(probe.tasks, m.commit, m.saved),
			longTasksSupported: !probe.noLongTasks
		};
		// CPU of the renderer's threads (ms, 10 ms ticks): drop → the first analyses done (RFM
		// ready), and drop → saved. Unlike the times above it includes what runs while Playwright
		// reaches the buttons (the file's read after the preview, the helper's start).
		for (const [k, v] of Object.entries(cpuDiff(cpu0, cpu1))) out[`cpuToReady_${k}`] = v;
		for (const [k, v] of Object.entries(cpuDiff(cpu0, cpu2))) out[`cpuToSaved_${k}`] = v;
		// Every long task from drop to saved: [start after drop, duration] (ms).
		out.longTasks = probe.tasks
			.filter(([start, d]) => start + d >= m.drop && start <= m.saved)
			.map(([start, d]) => [Math.round(start - m.drop), Math.round(d)]);
		out.marks = Object.fromEntries(
			Object.entries(m)
				.filter(([, v]) => typeof v === 'number')
				.map(([k, v]) => [k, Math.round(v - m.drop)])
		);
		Object.assign(out, timed);
		for (const [k, v] of Object.entries(phases ?? {})) out[`validate_${k}`] = v;
		// What this import added (an empty profile already reports a few MiB).
		out.storage =
			(await page.evaluate(async () => (await navigator.storage.estimate()).usage)) - storageBefore;
		if (reload) {
			await page.reload();
			out.reloadReadyAt = await waitForWorkspace(page, timeout);
			// A fresh engine worker: the first RFM reads the columns back from IndexedDB (tableMs)
			// and runs with cold code (rfmMs), both on the worker's clock.
			const r = await timeAnalysis(page, 'rfmCore', { id });
			if (r.error) throw new Error(`reload RFM: ${r.error}`);
			out.reloadRfm = r.ms;
			out.reloadRfmCold = r.rfmMs;
			out.reloadLoad = r.tableMs;
			const v = await timeAnalysis(page, 'segmentsRfm', { id });
			if (v.error) throw new Error(`reload segments: ${v.error}`);
			out.reloadSegments = v.ms;
		}
		out.peakRenderer = memory.peak();
		return out;
	} catch (e) {
		// What the page showed when it stopped: a stuck run is otherwise only a timeout.
		await b.page
			.screenshot({ path: 'bench-data/appRun-failed.png', fullPage: true })
			.catch(() => {});
		throw e;
	} finally {
		memory.stop();
		await b.close();
	}
}
