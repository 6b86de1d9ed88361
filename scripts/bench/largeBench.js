// `npm run bench -- --large` (issue 22): 10M- and 20M-row files through the real import UI in
// headless Chromium — read in slices — to RFM ready, with the renderer's peak memory; DuckDB-WASM
// on the 10M-row file in the same run; the 1M-row file before and after, so a regression of the
// everyday size shows next to the large ones. One run each by default (they are heavy):
//   npm run bench -- --large [--runs N] [--no-write] [--skip-duckdb] [--only 20M]
// --only runs just those files (no 1M, no DuckDB) and keeps the other rows of the last run
// (bench-data/last-large.json). Waits are long (25 min): under load a 20M-row import is slow.
// Writes the block between the bench:large markers of docs/benchmarks.md with each target
// met or missed. Timings under load mean little: the load average is printed next to them.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { findChromium } from '../../tests/e2e/chromium.js';
import { closeSharedBrowser, startSite } from '../../tests/e2e/harness.js';
import { appRun } from './appRun.js';
import { serveDuckdb } from './benchServer.js';
import { duckdbRun } from './duckdbRun.js';
import { ensureTransactions, SIZES } from './makeTransactions.js';
import { formatSummary, markdownTable, summary, table } from './stats.js';

const args = process.argv.slice(2);
const runsArg = args.indexOf('--runs');
const RUNS = runsArg >= 0 ? Math.max(1, Number(args[runsArg + 1])) : 1;
const DOC = 'docs/benchmarks.md';
const GiB = 2 ** 30;
/** Issue 22's targets: drop → RFM ready and peak renderer memory. */
const TARGETS = {
	'10M': { ms: 8_000, bytes: 1.2 * GiB },
	'20M': { ms: 20_000, bytes: 2 * GiB }
};

const load = () =>
	os
		.loadavg()
		.map((l) => l.toFixed(1))
		.join(' / ');

if (!existsSync('build/index.html')) execSync('npx vite build', { stdio: 'inherit' });
const oneM = ensureTransactions(
	'bench-data',
	SIZES.find((s) => s.label === '1M')
);
console.log('Generating the large files on first use (bench-data/)…');
const large = SIZES.filter((s) => s.large).map((s) => ensureTransactions('bench-data', s));
const onlyArg = args.indexOf('--only');
const only = onlyArg >= 0 ? args[onlyArg + 1].split(',') : null;
const { server, baseUrl } = await startSite();
const duck = args.includes('--skip-duckdb') || only ? null : await serveDuckdb();

const analyses = [{ key: 'rfm', name: 'segmentsRfm', params: (id) => ({ id }) }];

/** One app run, with the load average when it started and ended; errors are kept, not thrown. */
async function measure(label, run) {
	const out = [];
	for (let r = 0; r < RUNS; r++) {
		const before = load();
		process.stdout.write(`  ${label} run ${r + 1}/${RUNS} (load ${before})… `);
		const t0 = Date.now();
		try {
			const row = await run();
			out.push({ ...row, loadBefore: before, loadAfter: load() });
			console.log(`${((Date.now() - t0) / 1000).toFixed(1)} s`);
		} catch (e) {
			out.push({ error: String(e?.message ?? e).split('\n')[0], loadBefore: before });
			console.log(`failed: ${out.at(-1).error}`);
		}
	}
	return out;
}

const app = (path) => async () => {
	const r = await appRun(baseUrl, path, { analyses, timeout: 1_500_000 });
	return { ...r, rfmReady: r.dataReady + r.handOver + r.rfm };
};

const LAST = 'bench-data/last-large.json';
const results =
	only && existsSync(LAST) ? JSON.parse(readFileSync(LAST, 'utf8')) : { rows: [], duck: null };
try {
	if (only) {
		for (const f of large.filter((x) => only.includes(x.label))) {
			const row = { ...f, runs: await measure(`${f.label} rows`, app(f.path)) };
			const at = results.rows.findIndex((r) => r.label === f.label && !r.when);
			if (at >= 0) results.rows[at] = row;
			else results.rows.push(row);
		}
	} else {
		const before = await measure('1M rows (before)', app(oneM.path));
		results.rows.push({ ...oneM, when: 'before', runs: before });
		for (const f of large)
			results.rows.push({ ...f, runs: await measure(`${f.label} rows`, app(f.path)) });
		const after = await measure('1M rows (after)', app(oneM.path));
		results.rows.push({ ...oneM, when: 'after', runs: after });
	}
	const tenM = large.find((f) => f.label === '10M' && !only);
	if (duck && tenM)
		results.duck = {
			...tenM,
			runs: await measure('DuckDB-WASM 10M', () => duckdbRun(duck.baseUrl, tenM.path))
		};
} finally {
	server.close();
	duck?.server.close();
	// The harness keeps one Chromium for all runs: closed, or Node would never exit.
	await closeSharedBrowser();
}

const pick = (runs, key) => summary(runs.map((r) => r[key]));
const loads = (runs) => runs.map((r) => r.loadBefore).join('; ');
const failed = (runs) => runs.find((r) => r.error)?.error;
const head = [
	'file',
	'drop → RFM ready',
	'↳ data ready',
	'↳ hand-over + RFM',
	'peak renderer memory',
	'save',
	'load average at start (1/5/15 min)'
];
const body = results.rows.map((f) => [
	`${f.label} rows (${(f.bytes / 1e6).toFixed(0)} MB)${f.when ? `, ${f.when}` : ''}`,
	failed(f.runs) ? `failed: ${failed(f.runs)}` : formatSummary(pick(f.runs, 'rfmReady')),
	formatSummary(pick(f.runs, 'dataReady')),
	formatSummary(summary(f.runs.map((r) => r.handOver + r.rfm))),
	formatSummary(pick(f.runs, 'peakRenderer'), 'MiB'),
	formatSummary(pick(f.runs, 'save')),
	loads(f.runs)
]);
if (results.duck) {
	const d = results.duck.runs;
	body.push([
		`DuckDB-WASM, 10M rows (start-up + file → RFM table)`,
		failed(d) ? `failed: ${failed(d)}` : formatSummary(pick(d, 'total')),
		`start-up ${formatSummary(pick(d, 'startup'))}`,
		`file → RFM ${formatSummary(pick(d, 'fileToRfm'))}`,
		formatSummary(pick(d, 'peakRenderer'), 'MiB'),
		'—',
		loads(d)
	]);
}
const targetRows = results.rows
	.filter((f) => TARGETS[f.label])
	.flatMap((f) => {
		const t = TARGETS[f.label];
		const ms = pick(f.runs, 'rfmReady')?.median;
		const bytes = pick(f.runs, 'peakRenderer')?.median;
		const verdict = (ok, v) => (v === undefined ? 'not measured' : ok ? 'met' : 'missed');
		return [
			[
				`${f.label} drop → RFM ready`,
				`≤ ${t.ms / 1000} s`,
				ms === undefined ? 'n/a' : `${(ms / 1000).toFixed(1)} s`,
				verdict(ms <= t.ms, ms)
			],
			[
				`${f.label} peak renderer memory`,
				`≤ ${(t.bytes / GiB).toFixed(1)} GiB`,
				bytes === undefined ? 'n/a' : `${(bytes / GiB).toFixed(2)} GiB`,
				verdict(bytes <= t.bytes, bytes)
			]
		];
	});

console.log(
	`\n${table(head, body)}\n\n${table(['target (issue 22)', 'goal', 'measured', ''], targetRows)}`
);
writeFileSync('bench-data/last-large.json', JSON.stringify(results, null, 1));

if (!args.includes('--no-write')) {
	const stamp = new Date().toISOString().slice(0, 16).replace('T', ' ');
	const chromium = execSync(`${findChromium()} --version`, { stdio: ['ignore', 'pipe', 'ignore'] })
		.toString()
		.trim();
	const block = [
		'<!-- bench:large:start (written by `npm run bench -- --large`; edit outside these markers) -->',
		`Run ${stamp} UTC, ${RUNS} run${RUNS > 1 ? 's' : ''} each (median (min–max) when more), headless ${chromium} on ${os.cpus()[0]?.model ?? 'unknown'} (${os.availableParallelism?.() ?? os.cpus().length} CPUs), ${(os.totalmem() / GiB).toFixed(1)} GiB memory. Load average ${load()} at the end (1/5/15 min).`,
		'',
		markdownTable(head, body),
		'',
		markdownTable(['target (issue 22)', 'goal', 'measured', ''], targetRows),
		'<!-- bench:large:end -->'
	].join('\n');
	const doc = readFileSync(DOC, 'utf8');
	const re = /<!-- bench:large:start[\s\S]*?<!-- bench:large:end -->/;
	writeFileSync(DOC, re.test(doc) ? doc.replace(re, block) : `${doc.trimEnd()}\n\n${block}\n`);
	console.log(`\nWritten to ${DOC} (raw runs: bench-data/last-large.json).`);
}
