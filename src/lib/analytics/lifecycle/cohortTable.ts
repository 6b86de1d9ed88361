// Acquisition cohorts: customers grouped by the period of their first purchase (or a caller's
// signup date), followed period by period. Cells past asOf are null (not observed), never 0,
// so a young cohort's short row is not mistaken for churn.
import { fromCents, toCents } from '../money';
import { isoFromDay } from '../dates';
import { MISSING_DAY, type Day } from '../types';
import type { CustomerDays } from './customerDays';
import { LifecycleError, type LifecycleIssue } from './lifecycleIssue';
import { GRAINS, periodLookup, periodOfDay, periodStartDay, type Grain } from './periodOfDay';

export interface CohortOptions {
	grain: Grain;
	/** Acquisition day per customer of cd.customerIds (e.g. signup); MISSING_DAY = first purchase. */
	acquisitionDays?: Int32Array;
	/** Acquisition days of customers with no purchase at all: they count in sizes only. */
	nonBuyerAcquisitionDays?: Int32Array;
}

export interface Cohort {
	/** Period index (see periodOfDay) and its first day. */
	period: number;
	start: Day;
	/** First day of the period as YYYY-MM-DD. */
	label: string;
	size: number;
	/** Index k = periods since acquisition (0 = the acquisition period); null = not observed. */
	active: (number | null)[];
	/** Share of the cohort with a purchase in period k. */
	retention: (number | null)[];
	/** Revenue in period k per cohort member (null arrays when the data has no amounts). */
	revenue: (number | null)[] | null;
	/** Revenue up to and including period k per cohort member: the customer life curve. */
	cumulative: (number | null)[] | null;
}

export interface CohortTable {
	grain: Grain;
	asOf: Day;
	/** Number of k columns (periods from the oldest cohort to the period of asOf − 1). */
	width: number;
	/** True when asOf falls inside its period, so the last column is only partly observed. */
	lastPeriodPartial: boolean;
	cohorts: Cohort[];
	/**
	 * Over the cohorts observed at each k: size and active are totals, the rest per member, i.e.
	 * the size-weighted average curve.
	 */
	average: {
		size: number[];
		active: number[];
		retention: (number | null)[];
		revenue: (number | null)[] | null;
		cumulative: (number | null)[] | null;
	};
	issues: LifecycleIssue[];
}

export function cohortTable(cd: CustomerDays, options: CohortOptions): CohortTable {
	const { grain } = options;
	if (!GRAINS.includes(grain)) throw new LifecycleError({ code: 'bad_grain', params: { grain } });
	const nc = cd.customerIds.length;
	const acqIn = options.acquisitionDays;
	if (acqIn && acqIn.length !== nc)
		throw new LifecycleError({
			code: 'length_mismatch',
			params: { expected: nc, actual: acqIn.length }
		});
	const extra = options.nonBuyerAcquisitionDays ?? new Int32Array(0);
	const { asOf, offsets, day, spend } = cd;
	const lastP = periodOfDay(grain, asOf - 1);

	// Pass 1: cohort period per customer (MISSING_DAY = not in any cohort).
	const cohortOf = new Int32Array(nc);
	let firstP = 2147483647;
	for (let c = 0; c < nc; c++) {
		let acq: number = MISSING_DAY;
		if (acqIn && acqIn[c] !== MISSING_DAY) acq = acqIn[c];
		else if (offsets[c + 1] > offsets[c]) acq = day[offsets[c]];
		if (acq === MISSING_DAY || acq >= asOf) {
			cohortOf[c] = MISSING_DAY;
			continue;
		}
		const p = periodOfDay(grain, acq);
		cohortOf[c] = p;
		if (p < firstP) firstP = p;
	}
	for (let i = 0; i < extra.length; i++) {
		if (extra[i] === MISSING_DAY || extra[i] >= asOf) continue;
		firstP = Math.min(firstP, periodOfDay(grain, extra[i]));
	}
	if (firstP === 2147483647) throw new LifecycleError({ code: 'no_transactions' });
	const width = lastP - firstP + 1;
	if (width < 2)
		throw new LifecycleError({ code: 'too_few_periods', params: { periods: width, grain } });

	// Pass 2: one walk over the customer-days fills sizes, active counts and revenue cells.
	let minDay = 2147483647;
	let maxDay = -2147483648;
	for (let j = 0; j < day.length; j++) {
		if (day[j] < minDay) minDay = day[j];
		if (day[j] > maxDay) maxDay = day[j];
	}
	const lookup = periodLookup(grain, minDay, maxDay);
	const size = new Float64Array(width);
	const active = new Float64Array(width * width);
	const revenue = new Float64Array(width * width);
	let daysBefore = 0;
	for (let c = 0; c < nc; c++) {
		const cp = cohortOf[c];
		if (cp === MISSING_DAY) continue;
		const row = (cp - firstP) * width;
		size[cp - firstP]++;
		let lastK = -1;
		for (let j = offsets[c]; j < offsets[c + 1]; j++) {
			const k = lookup[day[j] - minDay] - cp;
			if (k < 0) {
				daysBefore++;
				continue;
			}
			// Days ascend, so a customer's periods ascend: count each period once.
			if (k !== lastK) {
				active[row + k]++;
				lastK = k;
			}
			// In cents: cells, cumulative sums and averages exact to the cent (money.ts).
			revenue[row + k] += toCents(spend[j]);
		}
	}
	for (let i = 0; i < extra.length; i++) {
		if (extra[i] === MISSING_DAY || extra[i] >= asOf) continue;
		size[periodOfDay(grain, extra[i]) - firstP]++;
	}

	const hasAmount = cd.hasAmount;
	const cohorts: Cohort[] = [];
	const avgSize = new Array<number>(width).fill(0);
	const avgActive = new Array<number>(width).fill(0);
	const avgRevenue = new Array<number>(width).fill(0);
	const avgCum = new Array<number>(width).fill(0);
	for (let i = 0; i < width; i++) {
		const n = size[i];
		if (n === 0) continue;
		const observed = width - i;
		const act = new Array<number | null>(width).fill(null);
		const ret = new Array<number | null>(width).fill(null);
		const rev = new Array<number | null>(width).fill(null);
		const cum = new Array<number | null>(width).fill(null);
		let total = 0;
		for (let k = 0; k < observed; k++) {
			const a = active[i * width + k];
			const r = revenue[i * width + k];
			total += r;
			act[k] = a;
			ret[k] = a / n;
			rev[k] = fromCents(r) / n;
			cum[k] = fromCents(total) / n;
			avgSize[k] += n;
			avgActive[k] += a;
			avgRevenue[k] += r;
			avgCum[k] += total;
		}
		const start = periodStartDay(grain, firstP + i);
		cohorts.push({
			period: firstP + i,
			start,
			label: isoFromDay(start),
			size: n,
			active: act,
			retention: ret,
			revenue: hasAmount ? rev : null,
			cumulative: hasAmount ? cum : null
		});
	}
	const perMember = (sums: number[], cents = false) =>
		sums.map((s, k) => (avgSize[k] > 0 ? (cents ? fromCents(s) : s) / avgSize[k] : null));
	const issues: LifecycleIssue[] = [];
	const lastPeriodPartial = periodStartDay(grain, lastP + 1) !== asOf;
	if (lastPeriodPartial)
		issues.push({
			code: 'partial_last_period',
			params: { period: isoFromDay(periodStartDay(grain, lastP)) }
		});
	if (daysBefore > 0)
		issues.push({ code: 'rows_before_acquisition', params: { count: daysBefore } });
	return {
		grain,
		asOf,
		width,
		lastPeriodPartial,
		cohorts,
		average: {
			size: avgSize,
			active: avgActive,
			retention: perMember(avgActive),
			revenue: hasAmount ? perMember(avgRevenue, true) : null,
			cumulative: hasAmount ? perMember(avgCum, true) : null
		},
		issues
	};
}
