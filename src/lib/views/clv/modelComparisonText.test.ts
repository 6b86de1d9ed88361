import { describe, expect, it } from 'vitest';
import type { ClvCompareResult } from '$lib/engine/clv/clvDiagnostics';
import { comparisonRows, missSummary } from './modelComparisonText';

const model = (
	name: 'bgnbd' | 'mbgnbd' | 'paretonbd',
	errorPct: number,
	ratio: number,
	misses: boolean
) => ({
	model: name,
	params: {},
	logLik: -100,
	aic: 208,
	bic: 215,
	holdout: { actual: 100, predicted: 100 + errorPct, errorPct, mae: 1, rmse: 2 },
	byFrequency: [{ x: '0', customers: 10, actual: 0.3, predicted: 0.3 * ratio }],
	oneTimerRatio: ratio,
	misses,
	issues: []
});

const base = (allMiss: boolean, models: ReturnType<typeof model>[]): ClvCompareResult => ({
	customers: 10,
	holdoutLength: 52,
	models,
	failed: [],
	bestByHoldout: 'paretonbd',
	bestByBic: 'mbgnbd',
	allMiss,
	calibrationEnd: 0
});

describe('modelComparisonText', () => {
	const all = base(true, [
		model('bgnbd', 24.7, 6.2, true),
		model('mbgnbd', 15.6, 3.4, true),
		model('paretonbd', -10.7, 3.9, true)
	]);
	it('rows flag the best models', () => {
		const rows = comparisonRows(all);
		expect(rows.map((r) => [r.model, r.bestHoldout, r.bestBic])).toEqual([
			['bgnbd', false, false],
			['mbgnbd', false, true],
			['paretonbd', true, false]
		]);
		expect(rows[0].oneTimerPredicted).toBeCloseTo(1.86, 12);
	});
	it('every model misses: the smallest miss, its direction and the one-timer ratio', () => {
		expect(missSummary(all)).toEqual({ errorPct: 10.7, over: false, oneTimerRatio: 3.9 });
	});
	it('one model fits: no sentence', () => {
		expect(missSummary(base(false, [model('bgnbd', 5, 1.1, false)]))).toBeNull();
	});
});
