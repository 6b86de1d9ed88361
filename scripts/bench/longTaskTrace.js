// What runs in the main-thread tasks of the sample-latency intervals (issue 22: no task over
// 50 ms): the same run as `npm run bench -- --latency` (scripts/bench/sampleLatency.js), with a
// Chrome trace (CDP Tracing, V8's sampling profiler included) recorded around each chosen
// measurement. For every main-thread task of at least --min ms (default 30) inside the click →
// state interval it prints the task's time by trace event (script, style, layout, paint, …,
// self time) and its JavaScript by function (self time, and inclusive time of the app's own
// functions). Build without minifying to read the app's function names:
//   npx vite build --minify false --logLevel warn
//   node scripts/bench/longTaskTrace.js [/lifecycle/ /clv/ drill …] [--min 30] [--runs 1]
//     [--to-rest]   (trace on until the page is at rest: the tasks after the first chart too)
//     [--site dir]  (another built site, e.g. a copy of the build before a change)
//   node scripts/bench/longTaskTrace.js --from bench-data/trace-lifecycle-1.json   (re-read one)
// Tracing slows the page (tasks run ~10–30 % longer): read the shares, not the absolute times.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { startSite } from '../../tests/e2e/harness.js';
import { serve } from '../serve.js';
import { sampleLatency } from './sampleLatency.js';
import { startTrace } from './cdpTrace.js';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
	const i = args.indexOf(name);
	return i >= 0 ? args.splice(i, 2)[1] : dflt;
};
const MIN_MS = Number(opt('--min', 30));
const RUNS = Number(opt('--runs', 1));
const LANG = opt('--lang', 'en');
const TO_REST = args.includes('--to-rest') && !!args.splice(args.indexOf('--to-rest'), 1);
const wanted = new Set(args.length ? args : ['/lifecycle/', '/clv/', '/segments/', 'drill']);

async function recordTrace(context, page, run) {
	const trace = await startTrace(context, page);
	const result = await run();
	const interval = await page.evaluate(() => window.__latency.results.at(-1));
	if (TO_REST) {
		// On until the page is at rest: what renders after the first chart (the rest of the
		// page, later results) is reported too.
		await page.waitForFunction(
			() => document.querySelector('main#main')?.getAttribute('data-busy') === '0',
			null,
			{ timeout: 120_000, polling: 50 }
		);
		interval.rest = await page.evaluate(
			() =>
				new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 100)))
		);
	}
	const { events, markAt } = await trace.stop();
	return { events, markAt, interval, result };
}

/** The renderer's main thread: the thread named CrRendererMain that holds our mark. */
function mainThread(events) {
	const mark = events.find((e) => e.name === 'longTaskTrace' && e.cat.includes('user_timing'));
	if (!mark) throw new Error('the trace has no performance mark');
	return { pid: mark.pid, tid: mark.tid, markTs: mark.ts };
}

const short = (url) => (url ? url.split('/').slice(-1)[0].replace(/\?.*$/, '') : '');

/** Self and inclusive time per JS function from the trace's CPU profile, within [from, to] µs. */
function jsTime(events, { pid, tid }, from, to) {
	const nodes = new Map();
	const self = new Map();
	const incl = new Map();
	// Svelte's runtime (the chunk with its scheduler) is left out of the inclusive list: every
	// component's time runs through it, so it would hide the app's own functions.
	const runtime = new Set();
	for (const e of events)
		for (const n of e.name === 'ProfileChunk' ? (e.args.data.cpuProfile?.nodes ?? []) : [])
			if (
				/^(update_reaction|run_micro_tasks|flush_queued_root_effects)$/.test(
					n.callFrame?.functionName
				)
			)
				runtime.add(n.callFrame.url);
	const chunks = events.filter(
		(e) => e.pid === pid && (e.name === 'Profile' || e.name === 'ProfileChunk')
	);
	const starts = new Map();
	for (const e of chunks)
		if (e.name === 'Profile') starts.set(e.id, { t: e.args.data.startTime, tid: e.tid });
	const clock = new Map();
	for (const e of chunks) {
		if (e.name !== 'ProfileChunk') continue;
		const st = starts.get(e.id);
		if (!st || st.tid !== tid) continue;
		const p = e.args.data.cpuProfile ?? {};
		for (const n of p.nodes ?? [])
			if (n.callFrame) nodes.set(`${e.id}:${n.id}`, { ...n, key: `${e.id}` });
		const deltas = e.args.data.timeDeltas ?? [];
		let t = clock.get(e.id) ?? st.t;
		(p.samples ?? []).forEach((s, i) => {
			t += deltas[i] ?? 0;
			if (t < from || t > to) return;
			// A sample stands for the time since the one before (capped: a gap is idle time).
			const dt = Math.min(Math.max(deltas[i] ?? 0, 0), 2000);
			const leaf = nodes.get(`${e.id}:${s}`);
			if (!leaf) return;
			const name = (n) =>
				`${n.callFrame.functionName || '(anonymous)'} ${short(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
			self.set(name(leaf), (self.get(name(leaf)) ?? 0) + dt);
			const seen = new Set();
			for (let n = leaf; n; n = n.parent ? nodes.get(`${e.id}:${n.parent}`) : null) {
				if (!n.callFrame.url?.includes('/_app/') || runtime.has(n.callFrame.url)) continue;
				const k = name(n);
				if (seen.has(k)) continue;
				seen.add(k);
				incl.set(k, (incl.get(k) ?? 0) + dt);
			}
		});
		clock.set(e.id, t);
	}
	return { self, incl };
}

/** Self time per trace event name inside one task (children nested by time on one thread). */
function eventSelfTimes(events, { pid, tid }, task) {
	const inside = events
		.filter(
			(e) =>
				e.pid === pid &&
				e.tid === tid &&
				e.ph === 'X' &&
				e !== task &&
				e.ts >= task.ts &&
				e.ts + (e.dur ?? 0) <= task.ts + task.dur
		)
		.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
	const self = new Map();
	const stack = [{ name: '(task itself)', ts: task.ts, dur: task.dur, child: 0 }];
	const close = (upTo) => {
		while (stack.length > 1 && stack.at(-1).ts + stack.at(-1).dur <= upTo) {
			const f = stack.pop();
			self.set(f.name, (self.get(f.name) ?? 0) + f.dur - f.child);
		}
	};
	for (const e of inside) {
		close(e.ts);
		stack.at(-1).child += e.dur;
		stack.push({ name: e.name, ts: e.ts, dur: e.dur, child: 0 });
	}
	close(Infinity);
	const root = stack[0];
	self.set(root.name, (self.get(root.name) ?? 0) + root.dur - root.child);
	return self;
}

const top = (m, n) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
const ms = (us) => `${(us / 1000).toFixed(1).padStart(6)} ms`;

function report(label, { events, markAt, interval }) {
	const main = mainThread(events);
	// Trace µs = (performance.now ms - markAt) * 1000 + markTs.
	const toTrace = (t) => (t - markAt) * 1000 + main.markTs;
	const from = toTrace(interval.start);
	const to = toTrace(interval.rest ?? interval.end);
	const tasks = events.filter(
		(e) =>
			e.pid === main.pid &&
			e.tid === main.tid &&
			e.ph === 'X' &&
			(e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') &&
			e.ts + e.dur >= from &&
			e.ts <= to
	);
	// RunTask nests inside ThreadControllerImpl::RunTask: keep the outermost of each.
	const outer = tasks.filter(
		(e) =>
			!tasks.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur && o.dur > e.dur)
	);
	const long = outer.filter((e) => e.dur >= MIN_MS * 1000).sort((a, b) => b.dur - a.dur);
	// Thread time (tdur): the CPU the task used, which a busy machine does not inflate the way
	// it does wall time (a descheduled thread's task goes on in wall time only).
	const inFirst = outer.filter((e) => e.ts <= toTrace(interval.end));
	const cpu = (e) => (e.tdur ?? e.dur) / 1000;
	const maxCpu = Math.max(0, ...inFirst.map(cpu));
	console.log(
		`\n== ${label}: ${(interval.end - interval.start).toFixed(0)} ms click → state; ${tasks.length} tasks, ${long.length} of ≥ ${MIN_MS} ms; longest task to the state: ${Math.max(0, ...inFirst.map((e) => e.dur / 1000)).toFixed(1)} ms wall, ${maxCpu.toFixed(1)} ms thread time (largest)`
	);
	for (const task of long) {
		console.log(
			`  task at +${((task.ts - from) / 1000).toFixed(0)} ms, ${(task.dur / 1000).toFixed(1)} ms (thread time ${cpu(task).toFixed(1)} ms)`
		);
		for (const [name, us] of top(eventSelfTimes(events, main, task), 10))
			if (us >= 500) console.log(`    ${ms(us)}  ${name}`);
		const js = jsTime(events, main, task.ts, task.ts + task.dur);
		console.log('    JS self:');
		for (const [k, us] of top(js.self, 14)) console.log(`    ${ms(us)}  ${k}`);
		console.log('    app functions, inclusive:');
		for (const [k, us] of top(js.incl, 24)) console.log(`    ${ms(us)}  ${k}`);
	}
}

const saved = opt('--from', null);
if (saved) {
	// Re-reads a trace written by an earlier run (no browser).
	const t = JSON.parse(readFileSync(saved, 'utf8'));
	report(t.label, { events: t.traceEvents, markAt: t.markAt, interval: t.interval });
	process.exit(0);
}
const site = opt('--site', null);
const { server, baseUrl } = site
	? await serve(site, 0).then((server) => ({
			server,
			baseUrl: `http://127.0.0.1:${server.address().port}`
		}))
	: await startSite();
mkdirSync('bench-data', { recursive: true });
try {
	for (let r = 0; r < RUNS; r++) {
		const traces = [];
		await sampleLatency(baseUrl, {
			lang: LANG,
			around: async (label, run, b) => {
				if (!wanted.has(label)) return run();
				const t = await recordTrace(b.context, b.page, run);
				traces.push([label, t]);
				return t.result;
			}
		});
		for (const [label, t] of traces) {
			const file = `bench-data/trace-${label.replace(/\W+/g, '') || 'x'}-${r + 1}.json`;
			const { events, markAt, interval } = t;
			writeFileSync(file, JSON.stringify({ label, markAt, interval, traceEvents: events }));
			report(label, t);
			console.log(`  (trace: ${file}; DevTools' Performance panel opens it)`);
		}
	}
} finally {
	server.close();
}
