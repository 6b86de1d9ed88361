// `cli compare` prints what compareModels computes (pinned against scipy in its own test) in the
// issue's shape, and says plainly when the teaching sample defeats every model.
import { describe, expect, it } from 'vitest';
import { CliError } from '../args';
import { compareCommand } from './compare';

describe('cli compare', () => {
	it('CDNOW sample, calibration to 1997-09-30: published log-likelihoods, 1,882 holdout', async () => {
		const r = await compareCommand('tests/fixtures/cdnow/CDNOW_sample.txt', {
			'calibration-end': '1997-09-30'
		});
		expect([r.calibrationEnd, r.unit, r.customers, r.holdoutLength]).toEqual([
			'1997-09-30',
			'week',
			2357,
			39
		]);
		expect(r.models.map((m) => m.model)).toEqual(['bgnbd', 'mbgnbd', 'pareto-nbd']);
		expect(r.models[0].logLik).toBeCloseTo(-9582.43, 2);
		expect(r.models[2].logLik).toBeCloseTo(-9594.98, 2);
		expect(r.models.every((m) => m.holdout!.actual === 1882)).toBe(true);
		expect(r.models[0].byFrequency.map((b) => b.x)).toEqual([
			'0',
			'1',
			'2',
			'3',
			'4',
			'5',
			'6',
			'7+'
		]);
		expect([r.bestByHoldout, r.bestByBic, r.allMiss]).toEqual(['pareto-nbd', 'mbgnbd', false]);
		expect(r.spend!.logLik).toBeCloseTo(-4055.92, 2);
	});
	it('teaching sample: every model misses (one-time buyers predicted several times too many)', async () => {
		const r = await compareCommand('static/samples/retail/transactions.csv', {});
		expect(r.allMiss).toBe(true);
		for (const m of r.models)
			expect(m.byFrequency[0].predicted / m.byFrequency[0].actual).toBeGreaterThan(2);
	});
	it('refuses a customer summary', async () => {
		await expect(
			compareCommand('tests/fixtures/cdnow/cdnow_customers_summary_with_transactions.csv', {})
		).rejects.toThrow(CliError);
	});
});
