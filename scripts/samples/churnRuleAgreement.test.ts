// The shared alive/churned rule and the exit patterns measured against the teaching sample's
// truth: the seeded generator, run in memory, knows each customer's built-in life pattern and
// whether they left within the data period (the answer key). The numbers printed here are the
// confusion matrices in docs/samples.md.
import { beforeAll, describe, expect, it } from 'vitest';
import {
	CUSTOMER_PATTERNS,
	churnRule,
	customerDays,
	inactivityThreshold,
	resolveStageRules,
	stageAnalysis,
	type ChurnRuleResult,
	type CustomerDays
} from '../../src/lib/analytics/lifecycle';
import { transactionsFromRows } from '../../src/lib/analytics/tableFromRows';
import { retailSpec } from './retailSpec';
import { generateRetail } from './generateRetail';

let cd: CustomerDays;
let truth: Map<string, { pattern: string; left: boolean }>;
beforeAll(() => {
	const s = generateRetail();
	const [head, ...rows] = s.tables.transactions;
	const at = (name: string) => head.indexOf(name);
	const tx = transactionsFromRows(
		rows.map((r) => ({
			customerId: r[at('customer_id')],
			date: r[at('date')],
			amount: Number(r[at('amount')])
		}))
	);
	cd = customerDays(tx, retailSpec.asOf);
	truth = new Map(
		s.tables.answerKey.slice(1).map((r) => [r[0], { pattern: r[3], left: r[4] === 'left' }])
	);
});

interface Score {
	alive: number;
	/** truth → decision counts: left/active × churned/alive. */
	matrix: Record<string, number>;
	/** Share of the customers who left whose exit pattern is the built-in one. */
	patterns: number;
	patternMatrix: Record<string, number>;
}

function score(rule: ChurnRuleResult): Score {
	const a = stageAnalysis(cd, rule.thresholdDays, resolveStageRules());
	const matrix: Record<string, number> = {};
	const patternMatrix: Record<string, number> = {};
	let agree = 0;
	let n = 0;
	let left = 0;
	let samePattern = 0;
	cd.customerIds.forEach((id, c) => {
		if (cd.offsets[c] === cd.offsets[c + 1]) return;
		const t = truth.get(id)!;
		const churned = rule.churned[c] === 1;
		// The walk ends on the rule's decision: a churned customer has an exit pattern.
		expect(CUSTOMER_PATTERNS[a.customerPattern[c]] !== 'active').toBe(churned);
		n++;
		if (churned === t.left) agree++;
		const k = `${t.left ? 'left' : 'active'}|${churned ? 'churned' : 'alive'}`;
		matrix[k] = (matrix[k] ?? 0) + 1;
		if (!t.left) return;
		left++;
		const p = CUSTOMER_PATTERNS[a.customerPattern[c]];
		if (p === t.pattern) samePattern++;
		patternMatrix[`${t.pattern}|${p}`] = (patternMatrix[`${t.pattern}|${p}`] ?? 0) + 1;
	});
	return { alive: agree / n, matrix, patterns: samePattern / left, patternMatrix };
}

describe('the churn rule on the teaching sample', () => {
	it('default (auto → best BTYD model): ≥ 85 % agreement on alive/churned', () => {
		const rule = churnRule(cd, {});
		expect(rule.method).toBe('model');
		// MBG/NBD has the higher likelihood here (−138,051 vs −138,332 for Pareto/NBD, weeks).
		expect(rule.model?.name).toBe('mbgnbd');
		const s = score(rule);
		console.log('model', JSON.stringify(s, null, 1));
		expect(s.alive).toBeGreaterThanOrEqual(0.85);
		expect(s.matrix['left|churned'] + s.matrix['left|alive']).toBe(2945);
		// Exit patterns: the issue asks for 75 %. Reading how far a relationship went from spend
		// and from tenure gives 80.8 % (2,381 of 2,945); the spend reading alone gave 61.4 %.
		expect(s.patterns).toBeGreaterThanOrEqual(0.8);
		// The diagonal of the confusion matrix in docs/samples.md.
		expect(['I|I', 'II|II', 'III|III', 'IV|IV'].map((k) => s.patternMatrix[k])).toEqual([
			1249, 216, 418, 498
		]);
	}, 60000);

	it('the gap fallback also reaches 85 %; the old pooled threshold is shown for comparison', () => {
		const gap = score(churnRule(cd, { method: 'gap' }));
		console.log('gap', JSON.stringify(gap, null, 1));
		expect(gap.alive).toBeGreaterThanOrEqual(0.85);
		const pooled = score(churnRule(cd, { method: 'days', days: inactivityThreshold(cd).days }));
		console.log('pooled', inactivityThreshold(cd).days, JSON.stringify(pooled, null, 1));
		expect(pooled.alive).toBeGreaterThan(0.5);
	});

	it('BG/NBD alone cannot call a one-time buyer churned, and classifies worse', () => {
		const bg = churnRule(cd, { method: 'model', model: 'bgnbd' });
		const s = score(bg);
		console.log('bgnbd', JSON.stringify(s.matrix));
		expect(s.alive).toBeLessThan(score(churnRule(cd, {})).alive);
	}, 60000);
});
