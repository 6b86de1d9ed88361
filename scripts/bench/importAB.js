// Before/after of the 1M-row import on a shared machine (issue 22): the bench's import run
// (scripts/bench/appRun.js: file input → "Check all rows" → report → "Import" → the Segments
// view's RFM analysis → saved) against two built sites, alternating A, B, A, B, … so both see
// the same load, with the load average, the workers' own clocks, the renderer's CPU time by
// thread and every main-thread task over 50 ms printed for each run. Compare the two columns
// of one invocation, never figures from different minutes.
//   cp -r build /tmp/build-before   (then change the code and `npx vite build`)
//   node scripts/bench/importAB.js /tmp/build-before build [--runs 3] [--size 1M]
// One site alone (no comparison): node scripts/bench/importAB.js build
import os from 'node:os';
import { closeSharedBrowser } from '../../tests/e2e/harness.js';
import { serve } from '../serve.js';
import { appRun } from './appRun.js';
import { ensureTransactions, SIZES } from './makeTransactions.js';
import { summary, table } from './stats.js';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
	const i = args.indexOf(name);
	return i >= 0 ? args.splice(i, 2)[1] : dflt;
};
const RUNS = Number(opt('--runs', 3));
const SIZE = opt('--size', '1M');
const dirs = args;
if (!dirs.length) throw new Error('usage: importAB.js <build dir A> [<build dir B>] [--runs N]');
const file = ensureTransactions(
	'bench-data',
	SIZES.find((s) => s.label === SIZE)
);

const la = () =>
	os
		.loadavg()
		.map((x) => x.toFixed(1))
		.join(' ');
const sites = [];
for (const dir of dirs) {
	const server = await serve(dir, 0);
	sites.push({ dir, server, baseUrl: `http://127.0.0.1:${server.address().port}`, runs: [] });
}

/** The figures compared, in ms: [label, key]. */
const ROWS = [
	['drop → RFM ready', 'rfmReady'],
	['↳ preview (drop → mapping form)', 'preview'],
	['↳ ↳ read the head (worker)', 'validate_previewHead'],
	['↳ ↳ sniff, parse, profile (worker)', 'validate_previewSniff'],
	['↳ ↳ database open + remembered mapping (worker)', 'validate_previewDb'],
	['↳ validation (click → report)', 'validate'],
	['↳ ↳ split + helper ready (worker)', 'validate_splitAndHelper'],
	['↳ ↳ bytes to the helper (worker)', 'validate_handToHelper'],
	['↳ ↳ first half (import worker)', 'validate_firstPart'],
	['↳ ↳ second half (helper)', 'validate_secondPart'],
	['↳ ↳ wait for the second', 'validate_waitForSecond'],
	['↳ ↳ join (worker)', 'validate_join'],
	['↳ ↳ validation total (worker)', 'validate_total'],
	['↳ hand-over (click → ready)', 'handOver'],
	['↳ ↳ prepare the save (worker)', 'validate_prepare'],
	['↳ ↳ copy for the save (worker)', 'validate_copy'],
	['↳ RFM view analysis (page)', 'rfm'],
	['↳ ↳ RFM (engine worker)', 'rfmWorker'],
	['save (click → stored)', 'save'],
	['longest main-thread task, drop → saved', 'longestTask'],
	['peak renderer memory (MiB)', 'peakMiB'],
	['renderer CPU, main thread, drop → RFM ready', 'cpuToReady_main'],
	['renderer CPU, other threads (workers…), drop → RFM ready', 'cpuToReady_rest'],
	['renderer CPU, all threads, drop → RFM ready', 'cpuToReady_all'],
	['renderer CPU, main thread, drop → saved', 'cpuToSaved_main']
];

try {
	for (let r = 0; r < RUNS; r++)
		for (const s of sites) {
			const before = la();
			const out = await appRun(s.baseUrl, file.path, {
				timeout: 180_000,
				analyses: [{ key: 'rfm', name: 'segmentsRfm', params: (id) => ({ id }) }]
			});
			out.rfmReady = out.dataReady + out.handOver + out.rfm;
			out.peakMiB = out.peakRenderer / 2 ** 20;
			out.load = `${before} → ${la()}`;
			s.runs.push(out);
			const f = (k) => Math.round(out[k]);
			console.log(
				`${s.dir} run ${r + 1}: load ${out.load}; RFM ready ${f('rfmReady')} ms ` +
					`(preview ${f('preview')}, validation ${f('validate')}, hand-over ${f('handOver')}, ` +
					`RFM ${f('rfm')}); CPU main ${out.cpuToReady_main} / rest ${out.cpuToReady_rest} ms; ` +
					`tasks ≥ 50 ms [at, ms]: ${JSON.stringify(out.longTasks.filter(([, d]) => d >= 50))}` +
					` marks ${JSON.stringify(out.marks)}`
			);
		}
} finally {
	for (const s of sites) s.server.close();
	// The harness keeps one browser for all runs: closed, or Node would not exit.
	await closeSharedBrowser();
}
const cell = (v) =>
	v ? `${Math.round(v.median)} (${Math.round(v.min)}–${Math.round(v.max)})` : 'n/a';
console.log(
	`\n${file.label} rows, ${RUNS} runs each, median (min–max) ms; load at the end ${la()}\n`
);
console.log(
	table(
		['', ...sites.map((s) => s.dir)],
		ROWS.map(([label, key]) => [
			label,
			...sites.map((s) => cell(summary(s.runs.map((x) => x[key]))))
		])
	)
);
