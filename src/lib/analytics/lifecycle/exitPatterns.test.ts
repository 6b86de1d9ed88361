import { describe, expect, it } from 'vitest';
import { dayFromISO } from '../dates';
import { transactionsFromRows } from '../tableFromRows';
import { customerDays } from './customerDays';
import { CUSTOMER_PATTERNS } from './exitPatternOf';
import { exitPatterns } from './exitPatterns';
import { stageAnalysis } from './stageAnalysis';
import { STAGE_THRESHOLD, stageAsOf, stageTx } from './stageFixture.fixture';
import { resolveStageRules } from './stageRules';

const cd = customerDays(stageTx, stageAsOf);
const result = exitPatterns(cd, stageAnalysis(cd, STAGE_THRESHOLD, resolveStageRules()));
const z = (n: number) => new Array<number>(n).fill(0);

describe('exitPatterns on the hand-built histories', () => {
	// Patterns from stageWalker.test.ts: I {X}, II {G}, III {L}, IV {}, active {S, R}.
	// X (acquired in March) is observed for 10 months, the others for 12. Total revenue 2480.
	const cases = [
		{ pattern: 'I', customers: 1, revenue: 40, curve: [40, ...z(9), null, null] },
		{ pattern: 'II', customers: 1, revenue: 280, curve: [10, 10, 10, 50, 100, 100, ...z(6)] },
		{ pattern: 'III', customers: 1, revenue: 800, curve: [...new Array(8).fill(100), ...z(4)] },
		{ pattern: 'IV', customers: 0, revenue: 0, curve: new Array(12).fill(null) },
		// Mean of S (100 each month) and R (20, 20, 20, 20, 0, 0, 0, 0, 20, 20, 20, 20).
		{
			pattern: 'active',
			customers: 2,
			revenue: 1360,
			curve: [60, 60, 60, 60, 50, 50, 50, 50, 60, 60, 60, 60]
		}
	];
	it.each(cases)('pattern $pattern', ({ pattern, customers, revenue, curve }) => {
		const p = result.patterns.find((x) => x.pattern === pattern)!;
		expect(p.customers).toBe(customers);
		expect(p.revenue).toBe(revenue);
		expect(p.revenueShare).toBeCloseTo(revenue / 2480, 12);
		expect(p.curve).toEqual(curve);
	});
	it('observed counts shrink for late acquisitions', () => {
		expect(result.patterns[0].observed).toEqual([...new Array(10).fill(1), 0, 0]);
		expect(result.spendBasis).toBe('amount');
	});
});

describe('exitPatterns on textbook histories', () => {
	// Twelve customers per archetype, acquired in each month of 2020; monthly spend by month k
	// after acquisition (purchases on the 15th); data to the end of 2023, threshold 90 days.
	const ramp = [20, 20, 20, 40, 60, 80];
	const archetypes: Record<string, number[]> = {
		I: [20], // a trial purchase, never back
		II: ramp, // grows, leaves before settling
		// Settles briefly at the peak, then leaves: 10 periods of buying are 4 in stability by time
		// (10 − exploration 3 − window 3), under K = 6. (Six plateau periods, as before the exit
		// pattern read tenure, would now be 6 in stability: pattern IV.)
		III: [...ramp, 100, 100, 100, 100], // settles briefly at the peak, then leaves
		IV: [...ramp, ...new Array(18).fill(100), 60, 30] // long plateau, decline, leaves late
	};
	const rows = Object.entries(archetypes).flatMap(([name, spend]) =>
		Array.from({ length: 12 }, (_, start) =>
			spend.map((amount, k) => {
				const m = start + k;
				const date = `${2020 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-15`;
				return { customerId: `${name}-${start}`, date, amount };
			})
		).flat()
	);
	const tx = transactionsFromRows(rows);
	const cd2 = customerDays(tx, dayFromISO('2024-01-01'));
	const analysis = stageAnalysis(cd2, 90, resolveStageRules());
	const patterns = exitPatterns(cd2, analysis).patterns;

	it('each archetype lands in its pattern', () => {
		tx.customerIds.forEach((id, c) => {
			expect(CUSTOMER_PATTERNS[analysis.customerPattern[c]]).toBe(id.split('-')[0]);
		});
		expect(analysis.patternTotals).toEqual({ I: 12, II: 12, III: 12, IV: 12, active: 0 });
	});
	it('curves show the textbook shapes: later exits peak later and higher', () => {
		const lastPositive = (curve: (number | null)[]) => curve.findLastIndex((v) => (v ?? 0) > 0);
		const peak = (curve: (number | null)[]) => Math.max(...curve.map((v) => v ?? 0));
		const [I, II, III, IV] = ['I', 'II', 'III', 'IV'].map(
			(p) => patterns.find((x) => x.pattern === p)!.curve
		);
		// Exit after period 0, 5, 9 and 25 respectively.
		expect([I, II, III, IV].map(lastPositive)).toEqual([0, 5, 9, 25]);
		expect([I, II, III, IV].map(peak)).toEqual([20, 80, 100, 100]);
		// IV holds its peak for 18 periods, III for 4.
		expect(IV.filter((v) => v === 100)).toHaveLength(18);
		expect(III.filter((v) => v === 100)).toHaveLength(4);
		// Revenue concentrates in pattern IV: ramp 240 + plateau 1800 + tail 90 = 2130 per customer,
		// of 20 (I) + 240 (II) + 640 (III) + 2130 (IV) = 3030.
		expect(patterns.find((x) => x.pattern === 'IV')!.revenueShare).toBeCloseTo(2130 / 3030, 12);
	});
});
