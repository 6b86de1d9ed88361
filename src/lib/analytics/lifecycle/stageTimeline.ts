// One customer's lifecycle, period by period: the stage (and its five-stage name), the spend and
// the purchase days, plus the exit pattern at asOf.
import { isoFromDay } from '../dates';
import type { CustomerDays } from './customerDays';
import { CUSTOMER_PATTERNS, type CustomerPattern } from './exitPatternOf';
import { LifecycleError } from './lifecycleIssue';
import {
	FIVE_STAGE_NAMES,
	STAGES,
	type FiveStageName,
	type Stage,
	type StageRules
} from './stageRules';
import { createStageWalker } from './stageWalker';

export interface TimelinePoint {
	/** First day of the period. */
	period: string;
	stage: Stage;
	fiveStage: FiveStageName;
	spend: number;
	purchases: number;
}

export interface StageTimeline {
	customerId: string;
	/** null when the customer has no purchase before asOf. */
	pattern: CustomerPattern | null;
	stabilityPeriods: number;
	/** Periods from acquisition to the last purchase, both included (read by the exit pattern). */
	tenure: number;
	points: TimelinePoint[];
}

export function stageTimeline(
	cd: CustomerDays,
	customerId: string,
	thresholdDays: number | Float64Array,
	rules: StageRules
): StageTimeline {
	const c = cd.customerIds.indexOf(customerId);
	if (c < 0) throw new LifecycleError({ code: 'unknown_customer', params: { customerId } });
	const walker = createStageWalker(cd, thresholdDays, rules);
	const w = walker.walk(c);
	if (!w) return { customerId, pattern: null, stabilityPeriods: 0, tenure: 0, points: [] };
	const offset = w.acquisitionPeriod - walker.firstPeriod;
	const points: TimelinePoint[] = [];
	for (let k = 0; k < w.length; k++) {
		const stage = STAGES[walker.stage[k]];
		points.push({
			period: isoFromDay(walker.starts[offset + k]),
			stage,
			fiveStage: FIVE_STAGE_NAMES[stage],
			spend: walker.spend[k],
			purchases: walker.purchases[k]
		});
	}
	return {
		customerId,
		pattern: CUSTOMER_PATTERNS[w.pattern],
		stabilityPeriods: w.stabilityPeriods,
		tenure: w.tenure,
		points
	};
}
