// Quick before/after figure for the large-file road (issue 22): one generated file of a few
// million rows (over the 64 MB from which files are read in slices) imported through the real
// Data page to RFM ready and saved, several times, with the renderer's peak memory (VmHWM) and
// the load average next to each run. Prints only; `npm run bench -- --large` writes the doc.
//   node scripts/bench/memoryQuick.js [--rows 3000000] [--runs 3] [--trace]
// --trace also prints the renderer's resident memory every half second (MiB), to see in which
// phase the peak falls (the preview, validation, the hand-over, the save).
// Peak memory holds under load (time does not): compare runs of the same minutes.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import { startSite } from '../../tests/e2e/harness.js';
import { appRun } from './appRun.js';
import { ensureTransactions } from './makeTransactions.js';
import { rendererPids } from './rendererMemory.js';
import { readFileSync } from 'node:fs';

/** Resident memory of the renderers now (bytes), summed. */
function rendererRss() {
	let n = 0;
	for (const pid of rendererPids()) {
		try {
			const m = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
			n += m ? Number(m[1]) * 1024 : 0;
		} catch {
			// gone
		}
	}
	return n;
}

const args = process.argv.slice(2);
const arg = (name, fallback) => {
	const at = args.indexOf(name);
	return at >= 0 ? Number(args[at + 1]) : fallback;
};
const rows = arg('--rows', 3_000_000);
const runs = arg('--runs', 3);
const label = `${rows / 1e6}M`;

if (!existsSync('build/index.html')) execSync('npx vite build', { stdio: 'inherit' });
const file = ensureTransactions('bench-data', { label, rows });
const { server, baseUrl } = await startSite();
const load = () =>
	os
		.loadavg()
		.map((l) => l.toFixed(1))
		.join(' / ');
const MiB = 2 ** 20;
try {
	console.log(`${label} rows, ${(file.bytes / 1e6).toFixed(0)} MB`);
	for (let r = 0; r < runs; r++) {
		const before = load();
		const trace = [];
		const timer = args.includes('--trace')
			? setInterval(() => trace.push(Math.round(rendererRss() / MiB)), 500)
			: null;
		const out = await appRun(baseUrl, file.path, {
			analyses: [{ key: 'rfm', name: 'segmentsRfm', params: (id) => ({ id }) }],
			timeout: 1_500_000
		});
		if (timer) {
			clearInterval(timer);
			console.log(`resident MiB every 0.5 s: ${trace.join(' ')}`);
		}
		console.log(
			`run ${r + 1}: peak renderer ${(out.peakRenderer / MiB).toFixed(0)} MiB, data ready ` +
				`${(out.dataReady / 1000).toFixed(1)} s, hand-over + RFM ` +
				`${((out.handOver + out.rfm) / 1000).toFixed(2)} s, save ${(out.save / 1000).toFixed(1)} s` +
				` (load ${before} → ${load()})`
		);
	}
} finally {
	server.close();
}
