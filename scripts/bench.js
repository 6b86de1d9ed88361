// `npm run bench`: times the app in headless Chromium on generated transaction files (10k,
// 100k, 1M rows) through the real import UI, the engine's analyses, a reload, CLV on CDNOW,
// and the same 1M-row file → RFM in DuckDB-WASM; prints median (min–max) of each and writes
// the results into docs/benchmarks.md. Not part of `npm test`: timings are not assertions.
//   --runs N          runs per measurement (default 3)
//   --quick           10k and 100k only; prints, writes nothing
//   --sizes 1M        pick files (e.g. 10k,100k); prints, writes nothing
//   --import-only     no CLV, DuckDB or JS-size step (development)
//   --latency         only the teaching-sample latencies (load, each page's first chart, the
//                     drill-down; scripts/bench/sampleLatency.js) and the home page's initial
//                     JS; writes their block of docs/benchmarks.md (full runs write it too)
//   --cli --size 1GB,5GB   instead: the CLI's `summarize` on generated files of those sizes (MB/s,
//                     peak memory; scripts/bench/streamBench.js), no browser
//   --parsers [runs]  instead: PapaParse vs the app's fastParse and RecordSplitter on the same
//                     texts in Node (scripts/bench/parsersNode.ts; figures in docs/design.md)
//   --lighthouse      instead: Lighthouse (desktop and mobile presets) over every route with the
//                     teaching sample loaded (scripts/bench/lighthouseRun.js); writes its block
//   --large           instead: 10M- and 20M-row files (read in slices) → RFM ready and peak
//                     renderer memory, DuckDB-WASM at 10M, 1M before and after (one run each;
//                     scripts/bench/largeBench.js); writes the bench:large block
//   --filter          instead: a new workspace filter on 1M rows + the Segments page's RFM
//                     analysis in Node (scripts/bench/filterNode.ts), the engine-time goal < 300 ms
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { findChromium } from '../tests/e2e/chromium.js';
import { startSite } from '../tests/e2e/harness.js';
import { appRun } from './bench/appRun.js';
import { serveDuckdb } from './bench/benchServer.js';
import { duckdbRun } from './bench/duckdbRun.js';
import { initialJs } from './bench/initialJs.js';
import { latencyMarkdown, latencyTable } from './bench/latencyReport.js';
import { sampleLatency } from './bench/sampleLatency.js';
import { ensureTransactions, SIZES } from './bench/makeTransactions.js';
import { formatSummary, markdownTable, summary, table } from './bench/stats.js';

const args = process.argv.slice(2);
if (args.includes('--cli')) {
	await import('./bench/streamBench.js');
	process.exit(0);
}
if (args.includes('--parsers')) {
	const n = Number(args[args.indexOf('--parsers') + 1]);
	const runs = Number.isFinite(n) && n > 0 ? ` ${n}` : '';
	execSync(`node --expose-gc --import tsx scripts/bench/parsersNode.ts${runs}`, {
		stdio: 'inherit'
	});
	process.exit(0);
}
if (args.includes('--large')) {
	await import('./bench/largeBench.js');
	process.exit(0);
}
if (args.includes('--filter')) {
	execSync('npx tsx scripts/bench/filterNode.ts 5', { stdio: 'inherit' });
	process.exit(0);
}
if (args.includes('--lighthouse')) {
	const { lighthouseRun, lighthouseMarkdown } = await import('./bench/lighthouseRun.js');
	if (!existsSync('build/index.html')) execSync('npx vite build', { stdio: 'inherit' });
	const before = os.loadavg();
	const { server, baseUrl } = await startSite();
	try {
		const res = await lighthouseRun(baseUrl);
		const after = os.loadavg();
		const la = (l) => l.map((x) => x.toFixed(1)).join(' / ');
		const md = lighthouseMarkdown(res);
		console.log(`\n${md}`);
		const block = [
			'<!-- bench:lighthouse:start (written by `npm run bench -- --lighthouse`; edit outside these markers) -->',
			`Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, Lighthouse ${lighthouseVersion()}, one run per route and preset, the teaching sample loaded. Load average ${la(before)} before, ${la(after)} after (1/5/15 min).`,
			'',
			md,
			'<!-- bench:lighthouse:end -->'
		].join('\n');
		const doc = readFileSync('docs/benchmarks.md', 'utf8');
		const re = /<!-- bench:lighthouse:start[\s\S]*?<!-- bench:lighthouse:end -->/;
		writeFileSync(
			'docs/benchmarks.md',
			re.test(doc)
				? doc.replace(re, block)
				: `${doc.trimEnd()}\n\n## Lighthouse (issue 22)\n\n${block}\n`
		);
		writeFileSync('bench-data/last-lighthouse.json', JSON.stringify(res, null, 1));
	} finally {
		server.close();
	}
	process.exit(0);
}

function lighthouseVersion() {
	return JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')).version;
}
const quick = args.includes('--quick');
const latencyOnly = args.includes('--latency');
const importOnly = args.includes('--import-only');
const runsArg = args.indexOf('--runs');
const RUNS = runsArg >= 0 ? Math.max(1, Number(args[runsArg + 1])) : 3;
const DOC = 'docs/benchmarks.md';
const CDNOW = 'tests/fixtures/cdnow/CDNOW_master.txt';

const chromium = findChromium();
if (!existsSync('build/index.html')) execSync('npx vite build', { stdio: 'inherit' });

const loadBefore = os.loadavg();
const sizesArg = args.indexOf('--sizes');
const chosen =
	sizesArg >= 0
		? SIZES.filter((s) => args[sizesArg + 1].split(',').includes(s.label))
		: quick
			? SIZES.slice(0, 2)
			: SIZES.filter((s) => !s.large);
if (!chosen.length) throw new Error(`--sizes takes ${SIZES.map((s) => s.label).join(', ')}`);
const sizes = chosen.map((s) => ensureTransactions('bench-data', s));
const cpus = os.availableParallelism?.() ?? os.cpus().length;
if (loadBefore[0] > cpus)
	console.warn(
		`Note: load average ${loadBefore[0].toFixed(1)} on ${cpus} CPUs — other work will inflate the times.`
	);
const { server, baseUrl } = await startSite();

/** Initial JS of the home page: issue 20's goal, under the 229 KB gzipped of its start. */
const JS_GOAL = 229_000;
const jsLine = (js) =>
	`${(js.gzip / 1000).toFixed(1)} KB gzipped (${(js.raw / 1000).toFixed(0)} KB raw, ${js.files.length} files; goal < ${JS_GOAL / 1000} KB: ${js.gzip < JS_GOAL ? 'met' : 'missed'})`;

/** Writes the latency block (between its markers) of docs/benchmarks.md. */
function writeLatency(runs, js) {
	const stamp = new Date().toISOString().slice(0, 16).replace('T', ' ');
	const block = [
		'<!-- bench:latency:start (written by `npm run bench`; edit outside these markers) -->',
		`Run ${stamp} UTC, ${runs.length} runs (fresh profile each), median (min–max), headless ${execSync(
			`${chromium} --version`,
			{ stdio: ['ignore', 'pipe', 'ignore'] }
		)
			.toString()
			.trim()} on ${os.cpus()[0]?.model ?? 'unknown'} (${cpus} CPUs). Load average ${loadBefore.map((l) => l.toFixed(1)).join(' / ')} before, ${os
			.loadavg()
			.map((l) => l.toFixed(1))
			.join(' / ')} after (1/5/15 min).`,
		'',
		latencyMarkdown(runs),
		'',
		`Initial JavaScript of the home page: ${jsLine(js)}.`,
		'<!-- bench:latency:end -->'
	].join('\n');
	const doc = readFileSync(DOC, 'utf8');
	const re = /<!-- bench:latency:start[\s\S]*?<!-- bench:latency:end -->/;
	writeFileSync(DOC, re.test(doc) ? doc.replace(re, block) : `${doc.trimEnd()}\n\n${block}\n`);
}

async function latencyRuns() {
	const runs = [];
	for (let r = 0; r < RUNS; r++) {
		process.stdout.write(`  teaching-sample latency run ${r + 1}/${RUNS}… `);
		const t0 = Date.now();
		runs.push(await sampleLatency(baseUrl));
		console.log(`${((Date.now() - t0) / 1000).toFixed(1)} s`);
	}
	return runs;
}

if (latencyOnly) {
	try {
		const runs = await latencyRuns();
		const js = await initialJs(baseUrl);
		console.log(`\n${latencyTable(runs)}\n\nInitial JS of the home page: ${jsLine(js)}`);
		writeLatency(runs, js);
		writeFileSync('bench-data/last-latency.json', JSON.stringify(runs, null, 1));
		console.log(`\nWritten to ${DOC} (raw runs: bench-data/last-latency.json).`);
	} finally {
		server.close();
	}
	process.exit(0);
}
const duck = await serveDuckdb();

async function repeat(label, run) {
	const out = [];
	for (let r = 0; r < RUNS; r++) {
		process.stdout.write(`  ${label} run ${r + 1}/${RUNS}… `);
		const t0 = Date.now();
		out.push(await run());
		console.log(`${((Date.now() - t0) / 1000).toFixed(1)} s`);
	}
	return out;
}

const pick = (rows, key) => summary(rows.map((r) => r[key]));
const results = { sizes: [], clv: null, duckdb: null, js: null, latency: null };
try {
	console.log(`Benchmarking ${baseUrl} (${RUNS} runs each)`);
	for (const f of sizes) {
		const rows = await repeat(`${f.label} rows`, () =>
			appRun(baseUrl, f.path, {
				reload: true,
				analyses: [
					{ key: 'rfm', name: 'segmentsRfm', params: (id) => ({ id }) },
					// RFM alone (customer table, scores, segments), after the view's analysis
					// compiled the code and the save finished: the cost of a new analysis date or
					// setting.
					{ key: 'rfmCore', name: 'rfmCore', params: (id) => ({ id }), afterSave: true },
					{
						key: 'cohorts',
						name: 'lifecycleCohorts',
						params: (id) => ({ id }),
						afterSave: true
					},
					// A new workspace filter (issue 17): the Segments page's analysis on rows narrowed
					// by a date window and two categories, a filter the engine has not seen (worker
					// clock: narrowing + RFM).
					{
						key: 'filtered',
						name: 'segmentsRfm',
						params: (id) => ({
							id,
							filters: {
								from: '2022-01-01',
								to: '2023-06-30',
								where: [{ on: 'transactions', column: 'category', values: ['books', 'toys'] }],
								customersId: null
							}
						}),
						afterSave: true
					}
				]
			})
		);
		for (const r of rows) r.rfmReady = r.dataReady + r.handOver + r.rfm;
		results.sizes.push({ ...f, rows });
	}
	if (!importOnly) {
		const clv = await repeat('CDNOW master CLV', () =>
			appRun(baseUrl, CDNOW, {
				afterSave: true,
				analyses: [
					{
						key: 'clv',
						name: 'clvFit',
						params: (id) => ({ id, model: 'bgnbd', spend: 'gammagamma' })
					},
					// Intervals on every customer's purchases, P(alive) and CLV (delta method), on
					// the fit just cached: the cost the Lifetime value page adds after its fit.
					{
						key: 'clvIntervals',
						name: 'clvIntervals',
						params: (id) => ({ id, model: 'bgnbd', spend: 'gammagamma' })
					}
				]
			})
		);
		results.clv = clv;
		const biggest = sizes[sizes.length - 1];
		results.duckdb = {
			label: biggest.label,
			rows: await repeat(`DuckDB-WASM ${biggest.label}`, () =>
				duckdbRun(duck.baseUrl, biggest.path)
			)
		};
		results.js = await initialJs(baseUrl);
		results.latency = await latencyRuns();
	}
} finally {
	server.close();
	duck.server.close();
}

// ---- report ---------------------------------------------------------------------------
if (importOnly) {
	for (const f of results.sizes)
		console.log(
			f.label,
			JSON.stringify(
				Object.fromEntries(Object.keys(f.rows[0]).map((k) => [k, pick(f.rows, k)?.median]))
			)
		);
	process.exit(0);
}
const machine = {
	cpu: os.cpus()[0]?.model ?? 'unknown',
	nproc: cpus,
	memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
	chromium: execSync(`${chromium} --version`, { stdio: ['ignore', 'pipe', 'ignore'] })
		.toString()
		.trim(),
	node: process.version,
	load: `${loadBefore.map((l) => l.toFixed(1)).join(' / ')} before, ${os
		.loadavg()
		.map((l) => l.toFixed(1))
		.join(' / ')} after (1/5/15 min)`
};

const header = [
	'measure',
	...results.sizes.map((s) => `${s.label} rows (${(s.bytes / 1e6).toFixed(1)} MB)`)
];
const line = (label, key, unit = 's') => [
	label,
	...results.sizes.map((s) => formatSummary(pick(s.rows, key), unit))
];
const mainRows = [
	line('drop → data ready (report shown)', 'dataReady'),
	line('↳ preview (sniff, mapping)', 'preview'),
	line('↳ validation (all rows)', 'validate'),
	line('↳ ↳ waiting for the file’s bytes (worker clock)', 'validate_readWait', 'ms'),
	line('↳ ↳ one pass, under 4 MB (worker clock)', 'validate_onePass', 'ms'),
	line('↳ ↳ first half (import worker clock)', 'validate_firstPart', 'ms'),
	line('↳ ↳ second half (helper worker clock)', 'validate_secondPart', 'ms'),
	line('↳ ↳ join the halves (import worker clock)', 'validate_join', 'ms'),
	line('→ RFM ready (data ready + hand-over + RFM view analysis)', 'rfmReady'),
	line('↳ hand-over (Import click → data in the engine)', 'handOver'),
	line('↳ RFM view analysis (segmentsRfm, page clock)', 'rfm'),
	line(
		'RFM alone, repeated after the save (customer table, scores, segments; worker clock)',
		'rfmCoreRfm',
		'ms'
	),
	line('save (Import click → stored; in the background)', 'save'),
	line('cohort matrix in the engine', 'cohorts'),
	line('new filter → Segments analysis (worker clock)', 'filteredWorker', 'ms'),
	line('reload → workspace ready (page clock)', 'reloadReadyAt'),
	line('reload → first RFM from IndexedDB (page clock)', 'reloadRfm'),
	line('↳ columns read back into tables (worker clock)', 'reloadLoad'),
	line('↳ RFM alone in a fresh worker, cold (worker clock)', 'reloadRfmCold', 'ms'),
	line('reload → then the RFM view analysis', 'reloadSegments'),
	line('longest main-thread task, drop → saved', 'longestTask', 'ms'),
	line('↳ drop → report', 'longestTaskToReport', 'ms'),
	line('↳ Import click → saved', 'longestTaskSave', 'ms'),
	line('peak renderer memory (VmHWM)', 'peakRenderer', 'MiB'),
	line('storage added (storage.estimate)', 'storage', 'MiB'),
	[
		'storage / CSV size',
		...results.sizes.map((s) => formatSummary(summary(s.rows.map((r) => r.storage / s.bytes)), 'x'))
	]
];

const d = results.duckdb;
const duckVersion = JSON.parse(
	readFileSync('node_modules/@duckdb/duckdb-wasm/package.json', 'utf8')
).version;
const ours = results.sizes.find((s) => s.label === d.label);
const oursReady = pick(ours.rows, 'rfmReady');
const duckTotal = pick(d.rows, 'total');
const duckRows = [
	['DuckDB-WASM start-up (worker + wasm + connect)', formatSummary(pick(d.rows, 'startup'))],
	[
		'DuckDB-WASM file → RFM table (read_csv, GROUP BY, NTILE)',
		formatSummary(pick(d.rows, 'fileToRfm'))
	],
	['DuckDB-WASM total', formatSummary(duckTotal)],
	['DuckDB-WASM peak renderer memory', formatSummary(pick(d.rows, 'peakRenderer'), 'MiB')],
	['ours → RFM ready', formatSummary(oursReady)],
	['ratio ours / DuckDB-WASM (medians)', `${(oursReady.median / duckTotal.median).toFixed(2)}×`]
];
const otherRows = [
	[
		'BG/NBD + Gamma-Gamma fit and predictions, CDNOW master (clvFit, worker clock)',
		formatSummary(pick(results.clv, 'clvWorker'))
	],
	[
		'↳ the same with the result handed to the page (page clock)',
		formatSummary(pick(results.clv, 'clv'))
	],
	[
		'90 % intervals on purchases, P(alive) and CLV of 23,570 customers, CDNOW master (clvIntervals, delta method, worker clock)',
		formatSummary(pick(results.clv, 'clvIntervalsWorker'))
	],
	[
		'initial JS of the home page, gzipped',
		`${(results.js.gzip / 1000).toFixed(1)} KB (${(results.js.raw / 1000).toFixed(0)} KB raw, ${results.js.files.length} files)`
	]
];

console.log(
	`\n${table(header, mainRows)}\n\n${table([`${d.label} rows vs DuckDB-WASM`, ''], duckRows)}\n\n${table(['other', ''], otherRows)}`
);

const big = results.sizes.find((s) => s.label === '1M');
const targets = big
	? (() => {
			const med = (k) => pick(big.rows, k)?.median;
			const row = (name, target, value, fmt, ok) => [
				name,
				target,
				fmt(value),
				ok ? 'met' : 'not met'
			];
			const s = (ms) => `${(ms / 1000).toFixed(3)} s`;
			const mib = (b) => `${(b / 2 ** 20).toFixed(0)} MiB`;
			const clvMs = pick(results.clv, 'clvWorker').median;
			const ratio = oursReady.median / duckTotal.median;
			return [
				row('1M rows drop → RFM ready', '≤ 1.0 s', med('rfmReady'), s, med('rfmReady') <= 1000),
				row('ratio to DuckDB-WASM', '≤ 0.6', ratio, (r) => r.toFixed(2), ratio <= 0.6),
				row('save (Import click → stored)', '≤ 0.3 s more', med('save'), s, med('save') <= 300),
				row(
					'RFM over 1M transactions in the worker (issue 3), cold',
					'< 100 ms',
					med('reloadRfmCold'),
					(x) => `${Math.round(x)} ms`,
					med('reloadRfmCold') < 100
				),
				row(
					'↳ repeated (new date or settings)',
					'< 100 ms',
					med('rfmCoreRfm'),
					(x) => `${Math.round(x)} ms`,
					med('rfmCoreRfm') < 100
				),
				row(
					'new filter on 1M rows → Segments (engine time, issue 17)',
					'< 300 ms',
					med('filteredWorker'),
					(x) => `${Math.round(x)} ms`,
					med('filteredWorker') < 300
				),
				row(
					'reload → dashboard (data work)',
					'≤ 0.5 s',
					med('reloadRfm'),
					s,
					med('reloadRfm') <= 500
				),
				row(
					'peak renderer memory',
					'≤ 450 MiB',
					med('peakRenderer'),
					mib,
					med('peakRenderer') <= 450 * 2 ** 20
				),
				row(
					'longest main-thread task during import',
					'≤ 50 ms',
					med('longestTask'),
					(x) => `${Math.round(x)} ms`,
					med('longestTask') <= 50
				),
				row(
					'storage',
					'≤ 0.5 × CSV',
					med('storage') / big.bytes,
					(r) => `${r.toFixed(2)} × CSV`,
					med('storage') <= 0.5 * big.bytes
				),
				row('BG/NBD + Gamma-Gamma on CDNOW master', '≤ 0.5 s', clvMs, s, clvMs <= 500),
				row(
					'initial JS, gzipped (issue 20)',
					`< ${JS_GOAL / 1000} KB`,
					results.js.gzip,
					(b) => `${(b / 1000).toFixed(1)} KB`,
					results.js.gzip < JS_GOAL
				)
			];
		})()
	: null;

if (targets) console.log(`\n${table(['target', 'goal', 'median', ''], targets)}`);
if (results.latency) console.log(`\n${latencyTable(results.latency)}`);

if (!quick && sizesArg < 0) {
	const stamp = new Date().toISOString().slice(0, 16).replace('T', ' ');
	const block = [
		'<!-- bench:results:start (written by `npm run bench`; edit outside these markers) -->',
		`Run ${stamp} UTC, ${RUNS} runs each, median (min–max).`,
		'',
		`Machine: ${machine.cpu}, ${machine.nproc} CPUs (nproc), ${machine.memory} memory, ${machine.chromium} (headless), Node ${machine.node}. Load average ${machine.load}.`,
		'',
		markdownTable(header, mainRows),
		'',
		markdownTable(
			[`${d.label} rows vs DuckDB-WASM ${duckVersion} (eh bundle, one thread)`, ''],
			duckRows
		),
		'',
		markdownTable(['other', ''], otherRows),
		'',
		...(targets ? [markdownTable(['target (issue 8)', 'goal', 'median', ''], targets), ''] : []),
		'<!-- bench:results:end -->'
	].join('\n');
	const doc = existsSync(DOC)
		? readFileSync(DOC, 'utf8')
		: '# Benchmarks\n\n<!-- bench:results:start --><!-- bench:results:end -->\n';
	const next = doc.replace(/<!-- bench:results:start[\s\S]*?<!-- bench:results:end -->/, block);
	writeFileSync(DOC, next);
	if (results.latency) writeLatency(results.latency, results.js);
	writeFileSync('bench-data/last-run.json', JSON.stringify({ machine, results }, null, 1));
	console.log(`\nWritten to ${DOC} (raw runs: bench-data/last-run.json).`);
}
