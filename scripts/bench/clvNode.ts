// Times the lifetime-value pieces on CDNOW master in Node, step by step, cold then warm:
//   npx tsx scripts/bench/clvNode.ts [runs]
// The browser bench times the whole clvFit analysis; this says where that time goes.
import { loadFile } from '../../src/cli/loadFile';
import { toTransactionTable } from '../../src/lib/data/tables/toTables';
import { clvSummary, fitGammaGamma, fitTransactionModel } from '../../src/lib/analytics/clv';
import { clvFitResult } from '../../src/lib/engine/clv/clvFit';
import { clvSettingsFrom } from '../../src/lib/engine/clv/clvSettings';

const runs = Number(process.argv[2] ?? 3);
const { dataset } = loadFile('tests/fixtures/cdnow/CDNOW_master.txt', {});
const table = toTransactionTable(dataset);
const calibrationEnd = 10_134; // 1997-09-30: the literature's calibration end
const time = <T>(label: string, f: () => T): T => {
	const t0 = performance.now();
	const v = f();
	console.log(`  ${label.padEnd(22)} ${(performance.now() - t0).toFixed(1)} ms`);
	return v;
};
for (let r = 0; r < runs; r++) {
	console.log(`run ${r + 1}`);
	const s = time('summary', () => clvSummary(table, { calibrationEnd, unit: 'week' }));
	time('BG/NBD fit', () => fitTransactionModel(s, 'bgnbd'));
	time('Gamma-Gamma fit', () => fitGammaGamma(s));
	time('clvFit analysis', () =>
		clvFitResult(table, clvSettingsFrom({ id: `x${r}`, model: 'bgnbd', spend: 'gammagamma' }))
	);
}
