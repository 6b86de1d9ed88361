// `summarize --what btyd` writes exactly the `summary` dataset kind the app imports: its CSV goes
// through the app's own import (previewFile + importBytes detect a customer summary, toSummaryTable
// reads it) and the lifetime-value fits on it equal the fits on the transactions it came from,
// on the teaching sample and on CDNOW (whose published BG/NBD parameters pin the latter).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
	fitGammaGamma,
	fitTransactionModel,
	type TransactionModelName
} from '../../lib/analytics/clv';
import { clvSummary } from '../../lib/analytics/clv/clvSummary';
import { summaryClvSummary } from '../../lib/analytics/customers/summaryClvSummary';
import { dayFromISO } from '../../lib/analytics/dates';
import { importBytes } from '../../lib/data/pipeline/importBytes';
import { previewFile } from '../../lib/data/pipeline/previewFile';
import { toSummaryTable, toTransactionTable } from '../../lib/data/tables/toTables';
import { summarizeCommand } from './summarize';

const dir = mkdtempSync(join(tmpdir(), 'summary-round-trip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function importFile(file: string) {
	const bytes = new Uint8Array(readFileSync(file));
	const preview = previewFile(bytes, file);
	return importBytes(bytes, preview.mapping, dayFromISO('2030-01-01'));
}

const CASES = [
	{ file: 'static/samples/retail/transactions.csv', calibrationEnd: '2023-12-31' },
	{ file: 'tests/fixtures/cdnow/CDNOW_sample.txt', calibrationEnd: '1997-09-30' }
];

describe('summarize btyd → the app imports a customer summary → the same CLV fit', () => {
	// Parameters by name, for comparing two fits of the same model.
	const byName = (p: object) => p as unknown as Record<string, number>;

	it.each(CASES)(
		'$file',
		async ({ file, calibrationEnd }) => {
			const out = join(dir, `${file.replace(/\W/g, '_')}.csv`);
			await summarizeCommand(file, { what: 'btyd', 'calibration-end': calibrationEnd, out });
			const imported = importFile(out);
			expect(imported.kind).toBe('summary');
			expect(imported.report.rejected.total).toBe(0);
			const fromSummary = summaryClvSummary(toSummaryTable(imported, 'week'));
			const fromTx = clvSummary(toTransactionTable(importFile(file)), {
				calibrationEnd: dayFromISO(calibrationEnd),
				unit: 'week'
			});
			expect(fromSummary.length).toBe(fromTx.length);
			for (const model of ['bgnbd', 'paretonbd'] as TransactionModelName[]) {
				const a = fitTransactionModel(fromSummary, model);
				const b = fitTransactionModel(fromTx, model);
				expect(a.ok && b.ok).toBe(true);
				if (!a.ok || !b.ok) continue;
				// The same data in another customer order: the optimiser stops within 1e-5 of itself.
				for (const [k, v] of Object.entries(b.fit.params))
					expect(byName(a.fit.params)[k] / v).toBeCloseTo(1, 5);
				expect(a.fit.logLik).toBeCloseTo(b.fit.logLik, 4);
			}
			// Gamma-Gamma: the summary weighs each mean by x, the engine by the repeat days with a
			// positive spend (docs/scale.md); equal wherever no repeat day lacks a positive spend.
			const g1 = fitGammaGamma(fromSummary);
			const g2 = fitGammaGamma(fromTx);
			expect(g1.ok && g2.ok).toBe(true);
			if (g1.ok && g2.ok)
				for (const [k, v] of Object.entries(g2.fit.params))
					expect(byName(g1.fit.params)[k] / v).toBeCloseTo(1, 1);
		},
		120_000
	);
});
