// The KPI strip as the worker runs it: the windows it picks, the comparison figures, and the
// active count taken from the shared alive/churned rule — on the teaching sample the strip's
// active customers are the Lifecycle and Lifetime value pages' count, by construction.
import { describe, expect, it } from 'vitest';
import { retailContext, retailTransactions } from '../../../../tests/helpers/retailContext';
import { kpiFigures } from '../../analytics/kpi/kpiFigures';
import { lifecycleChurnRule } from '../lifecycle/lifecycleChurnRule';
import { segmentsRfm } from '../segments/segmentsRfm';
import { kpiStrip } from './kpiStrip';

const retail = retailTransactions();
const ctx = retailContext();

describe('kpiStrip on the teaching sample', () => {
	it('all of the data: the figures of kpiFigures, and the shared rule’s live customers', async () => {
		const r = await kpiStrip(ctx, { id: 'tx', preset: 'all', compare: 'none' });
		expect(r.before).toBeNull();
		const { active, fromIso, toIso, ...figures } = r.now;
		expect(figures).toEqual(kpiFigures(retail, r.firstDay, r.lastDay));
		// Customers are those with a purchase — any row that is not a return, a purchase of 0
		// included, as RFM counts them (a customer with only returns is not counted).
		const buyers = new Set<number>();
		for (let i = 0; i < retail.length; i++)
			if (retail.amount![i] >= 0) buyers.add(retail.customer[i]);
		expect([fromIso < toIso, r.now.customers]).toEqual([true, buyers.size]);
		// One truth: the Segments page's RFM counts the same customers over all the data (4,927
		// on the sample; 4,922 when a purchase of 0 was not counted).
		const rfm = await segmentsRfm(ctx, { id: 'tx' });
		expect(r.now.customers).toBe(rfm.customers);
		const rule = await lifecycleChurnRule(ctx, {
			id: 'tx',
			customersId: null,
			asOf: r.lastDay + 1
		});
		expect(active).toBe(rule.alive);
		expect(active).toBeGreaterThan(0);
	});

	it('the last twelve months against the twelve before', async () => {
		const r = await kpiStrip(ctx, { id: 'tx', preset: 'last12m', compare: 'previous' });
		expect(r.before).not.toBeNull();
		// The sample ends on 2024-12-31: the last twelve months are 2024, the twelve before 2023.
		expect([r.now.fromIso, r.now.toIso, r.before!.fromIso, r.before!.toIso]).toEqual([
			'2024-01-01',
			'2024-12-31',
			'2023-01-01',
			'2023-12-31'
		]);
		const { active: _a, fromIso: _f, toIso: _t, ...before } = r.before!;
		expect(before).toEqual(kpiFigures(retail, r.before!.from, r.before!.to));
	});

	it('unknown presets and comparisons fall back to all / none', async () => {
		const r = await kpiStrip(ctx, { id: 'tx', preset: '__proto__', compare: 'toString' });
		expect([r.preset, r.compare]).toEqual(['all', 'none']);
	});
});
