// Stages for the whole customer base: each customer's stage and exit pattern at asOf, and per
// calendar period the number of customers and the revenue in each stage (for stacked areas).
// Churned customers stay counted as churned in later periods until they buy again.
import { isoFromDay } from '../dates';
import { fromCents } from '../money';
import type { CustomerDays } from './customerDays';
import { CUSTOMER_PATTERNS, NO_PATTERN, type CustomerPattern } from './exitPatternOf';
import { NO_STAGE, STAGES, type Stage, type StageRules } from './stageRules';
import { createStageWalker } from './stageWalker';

export interface StageAnalysis {
	asOf: number;
	thresholdDays: number | Float64Array;
	rules: StageRules;
	/** Revenue columns hold amounts, or purchase days when the data has no amounts. */
	spendBasis: 'amount' | 'purchases';
	/** First day (YYYY-MM-DD) of each calendar period, oldest acquisition .. period of asOf − 1. */
	periods: string[];
	/** counts[stage][i]: customers in that stage at the end of period i. */
	counts: Record<Stage, number[]>;
	/** revenue[stage][i]: spend in period i by customers in that stage at its end, exact to the cent. */
	revenue: Record<Stage, number[]>;
	/** Per customer of cd.customerIds: stage code at asOf (index into STAGES, NO_STAGE = no purchase). */
	customerStage: Uint8Array;
	/** Per customer: pattern code (index into CUSTOMER_PATTERNS, NO_PATTERN = no purchase). */
	customerPattern: Uint8Array;
	/** Customers per stage at asOf and per pattern. */
	stageTotals: Record<Stage, number>;
	patternTotals: Record<CustomerPattern, number>;
}

export function stageAnalysis(
	cd: CustomerDays,
	thresholdDays: number | Float64Array,
	rules: StageRules
): StageAnalysis {
	const walker = createStageWalker(cd, thresholdDays, rules);
	const width = walker.lastPeriod - walker.firstPeriod + 1;
	const nc = cd.offsets.length - 1;
	// Flat stage-major matrices (stage × period): one typed array each keeps the hot loop simple.
	const counts = new Float64Array(STAGES.length * width);
	const revenue = new Float64Array(STAGES.length * width);
	const customerStage = new Uint8Array(nc).fill(NO_STAGE);
	const customerPattern = new Uint8Array(nc).fill(NO_PATTERN);
	const stageTotals = new Array<number>(STAGES.length).fill(0);
	const patternTotals = new Array<number>(CUSTOMER_PATTERNS.length).fill(0);
	// Revenue is summed in cents (exact to the cent, as every money sum: money.ts).
	const { stage, spendCents } = walker;
	for (let c = 0; c < nc; c++) {
		const w = walker.walk(c);
		if (!w) continue;
		const offset = w.acquisitionPeriod - walker.firstPeriod;
		for (let k = 0; k < w.length; k++) {
			const cell = stage[k] * width + offset + k;
			counts[cell]++;
			revenue[cell] += spendCents[k];
		}
		customerStage[c] = w.finalStage;
		customerPattern[c] = w.pattern;
		stageTotals[w.finalStage]++;
		patternTotals[w.pattern]++;
	}
	const byStage = <T>(f: (i: number) => T) =>
		Object.fromEntries(STAGES.map((s, i) => [s, f(i)])) as Record<Stage, T>;
	return {
		asOf: cd.asOf,
		thresholdDays,
		rules,
		spendBasis: walker.spendBasis,
		periods: Array.from(walker.starts.subarray(0, width), isoFromDay),
		counts: byStage((i) => Array.from(counts.subarray(i * width, (i + 1) * width))),
		revenue: byStage((i) =>
			Array.from(revenue.subarray(i * width, (i + 1) * width), (c) =>
				walker.spendBasis === 'amount' ? fromCents(c) : c
			)
		),
		customerStage,
		customerPattern,
		stageTotals: byStage((i) => stageTotals[i]),
		patternTotals: Object.fromEntries(
			CUSTOMER_PATTERNS.map((p, i) => [p, patternTotals[i]])
		) as Record<CustomerPattern, number>
	};
}
