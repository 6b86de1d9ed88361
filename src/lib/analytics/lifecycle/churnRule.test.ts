// The shared alive/churned rule on hand-made customers (gap and days rules worked out by hand,
// the model rule checked against P(alive) computed directly), and the flag override.
import { describe, expect, it } from 'vitest';
import { dayFromISO } from '../dates';
import { transactionsFromRows } from '../tableFromRows';
import { probabilityAlive } from '../clv';
import { churnRule, fitChurnModel } from './churnRule';
import { customerDays } from './customerDays';
import { LifecycleError } from './lifecycleIssue';
import { stageAnalysis } from './stageAnalysis';
import { resolveStageRules } from './stageRules';

const asOf = dayFromISO('2025-01-01');
const days = (id: string, ...iso: string[]) =>
	iso.map((date) => ({ customerId: id, date, amount: 10 }));
// P: every 10 days until Dec 1 (median gap 10, last purchase 31 days before asOf).
// Q: 2024-01-01 and 2024-12-20 (one gap of 354 days; 12 days silent).
// O: one purchase on 2024-10-01 (92 days silent).
// N: one purchase on 2024-11-15 (47 days silent).
const rows = [
	...days(
		'P',
		...Array.from({ length: 34 }, (_, k) => {
			const d = new Date(Date.UTC(2024, 0, 1) + k * 10 * 86400000);
			return d.toISOString().slice(0, 10);
		})
	),
	...days('Q', '2024-01-01', '2024-12-20'),
	...days('O', '2024-10-01'),
	...days('N', '2024-11-15')
];
const cd = customerDays(transactionsFromRows(rows), asOf);
const idx = (id: string) => cd.customerIds.indexOf(id);

describe('churnRule: gap and days', () => {
	const cases = [
		// P: 3 × 10 = 30 < floor 20? no: max(20, 30) = 30; silent 31 > 30: churned.
		{ opts: { method: 'gap', gapMultiple: 3, floorDays: 20 }, id: 'P', th: 30, churned: 1 },
		// P with k = 4: 40 > 31: alive.
		{ opts: { method: 'gap', gapMultiple: 4, floorDays: 20 }, id: 'P', th: 40, churned: 0 },
		// Q: 3 × 354 = 1062: alive after 12 days.
		{ opts: { method: 'gap', gapMultiple: 3, floorDays: 90 }, id: 'Q', th: 1062, churned: 0 },
		// O: one purchase, the floor alone: 92 > 90 churned; N: 47 < 90 alive.
		{ opts: { method: 'gap', gapMultiple: 3, floorDays: 90 }, id: 'O', th: 90, churned: 1 },
		{ opts: { method: 'gap', gapMultiple: 3, floorDays: 90 }, id: 'N', th: 90, churned: 0 },
		// One threshold for everybody.
		{ opts: { method: 'days', days: 40 }, id: 'N', th: 40, churned: 1 },
		{ opts: { method: 'days', days: 40 }, id: 'Q', th: 40, churned: 0 }
	] as const;
	it.each(cases)('$opts.method $id', ({ opts, id, th, churned }) => {
		const r = churnRule(cd, opts);
		expect(r.method).toBe(opts.method);
		expect(r.thresholdDays[idx(id)]).toBe(th);
		expect(r.churned[idx(id)]).toBe(churned);
		expect(r.alive + r.churnedCount).toBe(4);
	});
	it('rejects a bad cutoff and a days rule without days', () => {
		expect(() => churnRule(cd, { cutoff: 1.2 })).toThrow(LifecycleError);
		expect(() => churnRule(cd, { method: 'days' })).toThrow(LifecycleError);
	});
});

describe('churnRule: model', () => {
	// Too few repeat buyers for a stable fit, but enough to fit: the rule must agree with P(alive).
	const many = [...rows];
	for (let i = 0; i < 40; i++) {
		const m = 1 + (i % 11);
		many.push(
			...days(`R${i}`, `2024-${String(m).padStart(2, '0')}-03`, '2024-12-0' + (1 + (i % 9)))
		);
		many.push(...days(`S${i}`, `2023-0${1 + (i % 9)}-15`));
	}
	const cdm = customerDays(transactionsFromRows(many), asOf);
	it.each(['mbgnbd', 'paretonbd'] as const)(
		'%s: churned exactly when P(alive) < cutoff, and the walk ends on the same decision',
		(model) => {
			const f = fitChurnModel(cdm, model);
			expect(f.fit).not.toBeNull();
			const r = churnRule(cdm, { method: 'model', model, cutoff: 0.5 }, null, f);
			expect(r.method).toBe('model');
			expect(r.params).toEqual({ model, cutoff: 0.5 });
			const a = stageAnalysis(cdm, r.thresholdDays, resolveStageRules());
			for (let c = 0; c < cdm.customerIds.length; c++) {
				const lo = cdm.offsets[c];
				const hi = cdm.offsets[c + 1];
				const first = cdm.day[lo];
				const x = hi - lo - 1;
				const p = probabilityAlive(
					f.fit!,
					x,
					(cdm.day[hi - 1] - first) / 7,
					(asOf - 1 - first) / 7
				);
				expect(r.pAlive![c]).toBeCloseTo(p, 12);
				expect(r.churned[c]).toBe(p < 0.5 ? 1 : 0);
				expect(a.customerPattern[c] !== 4).toBe(p < 0.5);
			}
		}
	);
	it('BG/NBD: P(alive) = 1 without a repeat purchase, so a one-time buyer never churns', () => {
		const params = { r: 1, alpha: 5, a: 0.5, b: 2 };
		const fit = {
			model: 'bgnbd' as const,
			params,
			logLik: -1,
			standardErrors: {},
			converged: true,
			iterations: 1,
			customers: 1,
			repeaters: 1,
			issues: []
		};
		const info = {
			name: 'bgnbd' as const,
			params,
			logLik: -1,
			candidates: [],
			why: 'chosen' as const,
			unit: 'week' as const
		};
		const r = churnRule(cdm, { method: 'model', model: 'bgnbd' }, null, { fit, info });
		for (let i = 0; i < 40; i++) {
			const c = cdm.customerIds.indexOf(`S${i}`);
			expect([r.pAlive![c], r.churned[c], r.thresholdDays[c]]).toEqual([1, 0, Infinity]);
		}
	});
	it('best: the higher likelihood of MBG/NBD and Pareto/NBD', () => {
		const f = fitChurnModel(cdm, 'best');
		expect(f.fit).not.toBeNull();
		if (!f.fit) return;
		const lls = f.info.candidates.map((c) => c.logLik ?? -Infinity);
		expect(f.info.candidates.map((c) => c.name)).toEqual(['mbgnbd', 'paretonbd']);
		expect(f.info.logLik).toBe(Math.max(...lls));
		expect(f.info.why).toBe('best_likelihood');
	});
	it('auto falls back to the gap rule when nobody bought twice', () => {
		const once = customerDays(
			transactionsFromRows([...days('A', '2024-01-01'), ...days('B', '2024-12-01')]),
			asOf
		);
		const r = churnRule(once, {});
		expect([r.method, r.fallback, r.alive, r.churnedCount]).toEqual([
			'gap',
			'everyone_bought_once',
			1,
			1
		]);
	});
});

describe('churnRule: a churn flag overrides', () => {
	it('flag yes with a date churns from that date; flag no keeps alive', () => {
		const n = cd.customerIds.length;
		const known = new Uint8Array(n).fill(0);
		const churned = new Uint8Array(n);
		const churnDays = new Int32Array(n).fill(-2147483648);
		known[idx('O')] = 1; // the data say O is still a customer
		known[idx('Q')] = 1;
		churned[idx('Q')] = 1;
		churnDays[idx('Q')] = dayFromISO('2024-12-25');
		const r = churnRule(cd, { method: 'gap', floorDays: 90 }, { churned, churnDays, known });
		expect(r.churned[idx('O')]).toBe(0);
		expect(r.thresholdDays[idx('O')]).toBe(Infinity);
		expect(r.churned[idx('Q')]).toBe(1);
		expect(r.thresholdDays[idx('Q')]).toBe(4.5);
		expect(r.flagged).toBe(2);
		// N is not in the flags: the gap rule still decides.
		expect(r.churned[idx('N')]).toBe(0);
	});
});
