// lifecycleCustomers (what `cli lifecycle` prints) against the Lifecycle view's own analysis,
// lifecycleStages, on the CDNOW sample: the per-customer table adds up to the view's stage and
// pattern totals under the same rule; a date that is not one is a typed problem.
import { describe, expect, it } from 'vitest';
import { loadCdnow } from '../../../../tests/helpers/cdnow';
import { isoFromDay } from '../../analytics/dates';
import { AnalysisProblem, type AnalysisContext } from '../context';
import { runAnalysis } from '../registry';

const tx = loadCdnow('sample');
const ctx: AnalysisContext = {
	dataset: () => Promise.reject(new Error('not here')),
	customers: () => Promise.reject(new Error('not here')),
	survey: () => Promise.reject(new Error('not here')),
	summary: () => Promise.reject(new Error('not here')),
	transactions: async () => tx,
	progress: () => {}
};

describe('lifecycleCustomers = lifecycleStages (CDNOW sample)', () => {
	it.each([
		{ mine: { churn: { method: 'gap' } }, view: { churn: { method: 'gap' } } },
		{ mine: { inactiveDays: 120 }, view: { inactiveDays: 120 } },
		{
			mine: { asOf: '1998-01-01', churn: { method: 'gap', gapMultiple: 2 } },
			view: { asOf: 10227, churn: { method: 'gap', gapMultiple: 2 } }
		}
	])('$mine', async ({ mine, view }) => {
		const r = await runAnalysis(ctx, 'lifecycleCustomers', { id: 'cdnow', ...mine });
		const v = await runAnalysis(ctx, 'lifecycleStages', { id: 'cdnow', ...view });
		expect(r.asOf).toBe(isoFromDay(v.asOf));
		expect(r.customers.length).toBe(2357);
		expect(r.stages).toEqual(v.stageTotals);
		expect(r.patterns).toEqual(v.patternTotals);
		const count = (k: 'stage' | 'pattern', value: string) =>
			r.customers.filter((c) => c[k] === value).length;
		for (const [stage, n] of Object.entries(r.stages)) expect(count('stage', stage)).toBe(n);
		for (const [pattern, n] of Object.entries(r.patterns))
			expect(count('pattern', pattern)).toBe(n);
	});

	it('a date that is not one → lifecycle.issue.bad_as_of', async () => {
		const run = runAnalysis(ctx, 'lifecycleCustomers', { id: 'cdnow', asOf: '1998-02-30' });
		await expect(run).rejects.toBeInstanceOf(AnalysisProblem);
		await expect(run).rejects.toMatchObject({ code: 'lifecycle.issue.bad_as_of' });
	});
});
