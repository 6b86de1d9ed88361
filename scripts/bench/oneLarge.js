// One large file through the real import UI, every phase printed (issue 22): for comparing a
// change before and after within minutes, without the whole `--large` run. RFM is timed as soon
// as the data is in the engine (while IndexedDB writes) and again, computed afresh, once saved:
// the difference is what the save costs an analysis that runs beside it.
//   node scripts/bench/oneLarge.js [10M|20M|1M] [runs]
import os from 'node:os';
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { closeSharedBrowser, startSite } from '../../tests/e2e/harness.js';
import { appRun } from './appRun.js';
import { ensureTransactions, SIZES } from './makeTransactions.js';

const label = process.argv[2] ?? '10M';
const runs = Number(process.argv[3] ?? 1);
if (!existsSync('build/index.html')) execSync('npx vite build', { stdio: 'inherit' });
const file = ensureTransactions(
	'bench-data',
	SIZES.find((s) => s.label === label)
);
const load = () =>
	os
		.loadavg()
		.map((l) => l.toFixed(1))
		.join(' / ');
const { server, baseUrl } = await startSite();
try {
	for (let r = 0; r < runs; r++) {
		const before = load();
		const out = await appRun(baseUrl, file.path, {
			timeout: 1_500_000,
			analyses: [
				{ key: 'rfm', name: 'segmentsRfm', params: (id) => ({ id }) },
				{ key: 'rfmSaved', name: 'segmentsRfm', params: (id) => ({ id }), afterSave: true }
			]
		});
		const ms = (v) => (typeof v === 'number' ? `${Math.round(v)}` : v);
		console.log(`${label} run ${r + 1} (load ${before} → ${load()})`);
		console.log(
			`  RFM ready ${ms(out.dataReady + out.handOver + out.rfm)} ms = data ready ${ms(out.dataReady)} + hand-over ${ms(out.handOver)} + RFM ${ms(out.rfm)} (worker ${ms(out.rfmWorker)})`
		);
		console.log(
			`  save ${ms(out.save)} ms from the click; RFM once saved ${ms(out.rfmSaved)} (worker ${ms(out.rfmSavedWorker)}); peak renderer ${ms(out.peakRenderer / 2 ** 20)} MiB`
		);
		const phases = Object.entries(out)
			.filter(([k]) => k.startsWith('validate_'))
			.map(([k, v]) => `${k.slice(9)} ${ms(v)}`)
			.join(', ');
		console.log(`  validation phases (ms): ${phases}`);
	}
} finally {
	server.close();
	// The harness keeps one Chromium for all runs: closed, or Node would never exit.
	await closeSharedBrowser();
}
