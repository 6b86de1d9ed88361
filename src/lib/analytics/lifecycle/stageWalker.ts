// Walks one customer period by period from acquisition to asOf and assigns a stage to each
// period. Every stage view (counts, transitions, a timeline, exit patterns) reads this walk, so
// they all agree. Rules, in order, at the end of period k (or at asOf for the last period):
//  1. churned      asOf_k − last purchase > inactivity threshold (days; one for all customers,
//                  or each customer's own from the churn rule);
//  2. exploration  k < explorationPeriods, or at most explorationMaxPurchases purchase days so far;
//  3. decline      last-window mean spend < previous-window mean × (1 − drop);
//  4. formation    last-window mean > previous-window mean × (1 + growth), before any stability;
//  5. stability    last-window mean ≥ stabilityLevel × the customer's mean spend per period so far;
//  6. otherwise    the previous non-churned stage carries over (so a lapsed customer who comes back
//                  resumes where they were).
// The exit pattern reads both this walk and the tenure against the stage windows (exitPatternOf).
// Windows are clipped at acquisition; with no previous window, rules 3 and 4 do not apply.
// Spend is the amount; without an amount column it is the number of purchase days.
import { fromCents, toCents } from '../money';
import type { Day } from '../types';
import type { CustomerDays } from './customerDays';
import { exitPatternOf, type StageHistory } from './exitPatternOf';
import { LifecycleError } from './lifecycleIssue';
import { periodLookup, periodOfDay, periodStarts } from './periodOfDay';
import type { StageRules } from './stageRules';

const EXPLORATION = 0;
const FORMATION = 1;
const STABILITY = 2;
const DECLINE = 3;
const CHURNED = 4;

export interface StageWalk extends StageHistory {
	/** Period index (periodOfDay) of the acquisition period. */
	acquisitionPeriod: number;
	/** Periods walked (acquisition .. period of asOf − 1). */
	length: number;
	/** Pattern code (exitPatternOf). */
	pattern: number;
	/** Stage code at asOf. */
	finalStage: number;
}

export interface StageWalker {
	asOf: Day;
	rules: StageRules;
	/** One threshold for everybody, or one per customer (the churn rule's; Infinity = never). */
	thresholdDays: number | Float64Array;
	spendBasis: 'amount' | 'purchases';
	/** Calendar periods covered: firstPeriod (oldest acquisition) .. lastPeriod (asOf − 1). */
	firstPeriod: number;
	lastPeriod: number;
	/** First day of each period firstPeriod..lastPeriod+1. */
	starts: Int32Array;
	/** Scratch filled by walk(): index k = periods since acquisition. Valid until the next walk. */
	stage: Uint8Array;
	/** Spend per period in currency units (purchase days without amounts), exact to the cent. */
	spend: Float64Array;
	/** The same in cents (purchase days without amounts): exact integers for sums of periods. */
	spendCents: Float64Array;
	purchases: Int32Array;
	/** Walks customer c; null when c has no purchase before asOf. */
	walk(c: number): StageWalk | null;
}

export function createStageWalker(
	cd: CustomerDays,
	thresholdDays: number | Float64Array,
	rules: StageRules
): StageWalker {
	const { offsets, day, asOf } = cd;
	const nc = offsets.length - 1;
	if (typeof thresholdDays === 'number') {
		if (!(Number.isFinite(thresholdDays) && thresholdDays >= 1))
			throw new LifecycleError({ code: 'bad_threshold', params: { days: String(thresholdDays) } });
	} else if (thresholdDays.length !== nc || thresholdDays.some((t) => !(t >= 0)))
		throw new LifecycleError({ code: 'bad_threshold', params: { days: 'per customer' } });
	if (day.length === 0) throw new LifecycleError({ code: 'no_transactions' });
	let minDay = 2147483647;
	let maxDay = -2147483648;
	for (let j = 0; j < day.length; j++) {
		if (day[j] < minDay) minDay = day[j];
		if (day[j] > maxDay) maxDay = day[j];
	}
	const { grain } = rules;
	const lookup = periodLookup(grain, minDay, maxDay);
	const firstPeriod = lookup[0];
	const lastPeriod = periodOfDay(grain, asOf - 1);
	const width = lastPeriod - firstPeriod + 1;
	const starts = periodStarts(grain, firstPeriod, lastPeriod);
	const stage = new Uint8Array(width);
	const spend = new Float64Array(width);
	const spendCents = new Float64Array(width);
	const purchases = new Int32Array(width);
	const lastDayIn = new Int32Array(width);
	const cum = new Float64Array(width + 1);
	const useAmount = cd.hasAmount;
	const {
		window: w,
		growth,
		drop,
		stabilityLevel,
		explorationPeriods,
		explorationMaxPurchases
	} = rules;
	const late = rules.lateStabilityPeriods;

	function walk(c: number): StageWalk | null {
		if (c < 0 || c >= nc)
			throw new LifecycleError({ code: 'unknown_customer', params: { index: c } });
		const from = offsets[c];
		const to = offsets[c + 1];
		if (from === to) return null;
		const threshold = typeof thresholdDays === 'number' ? thresholdDays : thresholdDays[c];
		const pa = lookup[day[from] - minDay];
		const len = lastPeriod - pa + 1;
		spendCents.fill(0, 0, len);
		purchases.fill(0, 0, len);
		for (let j = from; j < to; j++) {
			const k = lookup[day[j] - minDay] - pa;
			// In cents, so period sums and window means are exact (money.ts); ratios are unchanged.
			spendCents[k] += useAmount ? toCents(cd.spend[j]) : 1;
			purchases[k]++;
			lastDayIn[k] = day[j];
		}
		for (let k = 0; k < len; k++) {
			spend[k] = useAmount ? fromCents(spendCents[k]) : spendCents[k];
			cum[k + 1] = cum[k] + spendCents[k];
		}
		let soFar = 0;
		let lastPurchase = 0;
		let carry = EXPLORATION;
		let furthest = 0;
		let stabilityPeriods = 0;
		let lastK = 0;
		let current = EXPLORATION;
		const offset = pa - firstPeriod;
		for (let k = 0; k < len; k++) {
			if (purchases[k] > 0) {
				soFar += purchases[k];
				lastPurchase = lastDayIn[k];
				lastK = k;
			}
			const end = Math.min(starts[offset + k + 1], asOf);
			if (end - lastPurchase > threshold) current = CHURNED;
			else if (k < explorationPeriods || soFar <= explorationMaxPurchases) current = EXPLORATION;
			else {
				const lastN = Math.min(w, k + 1);
				const prevN = Math.min(w, k + 1 - lastN);
				const lastMean = (cum[k + 1] - cum[k + 1 - lastN]) / lastN;
				const prevMean = prevN > 0 ? (cum[k + 1 - lastN] - cum[k + 1 - lastN - prevN]) / prevN : 0;
				const typical = cum[k + 1] / (k + 1);
				if (prevN > 0 && prevMean > 0 && lastMean < prevMean * (1 - drop)) current = DECLINE;
				else if (prevN > 0 && furthest < 2 && lastMean > 0 && lastMean > prevMean * (1 + growth))
					current = FORMATION;
				else if (lastMean > 0 && lastMean >= stabilityLevel * typical) current = STABILITY;
				else current = carry;
			}
			if (current !== CHURNED) {
				carry = current;
				if (current === STABILITY) {
					stabilityPeriods++;
					furthest = 2;
				} else if (current === FORMATION && furthest < 1) furthest = 1;
			}
			stage[k] = current;
		}
		// One flat literal of primitives: spreading an object here made the walk 10× slower in V8.
		const churnedAtAsOf = current === CHURNED;
		const tenure = lastK + 1;
		return {
			churnedAtAsOf,
			furthest,
			stabilityPeriods,
			tenure,
			acquisitionPeriod: pa,
			length: len,
			pattern: exitPatternOf(
				churnedAtAsOf,
				furthest,
				stabilityPeriods,
				tenure,
				explorationPeriods,
				w,
				late
			),
			finalStage: current
		};
	}

	return {
		asOf,
		rules,
		thresholdDays,
		spendBasis: useAmount ? 'amount' : 'purchases',
		firstPeriod,
		lastPeriod,
		starts,
		stage,
		spend,
		spendCents,
		purchases,
		walk
	};
}
