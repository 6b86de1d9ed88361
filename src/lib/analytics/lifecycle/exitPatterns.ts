// Exit patterns over the customer base: per pattern the customers, their revenue and share, and
// the average spend per period aligned on acquisition (k = 0 the acquisition period): the
// customer life curve of each pattern. Averages at k use only customers observed at k; churned
// customers count with 0 after they leave, which is what draws the curve down.
import { fromCents, toCents } from '../money';
import type { CustomerDays } from './customerDays';
import { CUSTOMER_PATTERNS, NO_PATTERN, type CustomerPattern } from './exitPatternOf';
import { periodLookup, periodOfDay } from './periodOfDay';
import type { StageAnalysis } from './stageAnalysis';

export interface ExitPatternSummary {
	pattern: CustomerPattern;
	customers: number;
	revenue: number;
	/** Share of all customers' revenue; null when the total is not positive. */
	revenueShare: number | null;
	/** Mean spend in period k after acquisition; null where no customer of the pattern is observed. */
	curve: (number | null)[];
	/** Customers of the pattern observed at k. */
	observed: number[];
}

export interface ExitPatterns {
	spendBasis: 'amount' | 'purchases';
	patterns: ExitPatternSummary[];
}

export function exitPatterns(cd: CustomerDays, analysis: StageAnalysis): ExitPatterns {
	const { offsets, day } = cd;
	const nc = offsets.length - 1;
	const grain = analysis.rules.grain;
	const np = CUSTOMER_PATTERNS.length;
	const useAmount = analysis.spendBasis === 'amount';
	let minDay = 2147483647;
	let maxDay = -2147483648;
	for (let j = 0; j < day.length; j++) {
		if (day[j] < minDay) minDay = day[j];
		if (day[j] > maxDay) maxDay = day[j];
	}
	const lookup = periodLookup(grain, minDay, maxDay);
	const lastP = periodOfDay(grain, cd.asOf - 1);
	const width = day.length > 0 ? lastP - lookup[0] + 1 : 0;
	const sums = Array.from({ length: np }, () => new Float64Array(width));
	const ends = Array.from({ length: np }, () => new Float64Array(width + 1));
	const customers = new Array<number>(np).fill(0);
	const revenue = new Array<number>(np).fill(0);
	let total = 0;
	// Sums in cents (exact to the cent, money.ts); purchase days count 1 each.
	const units = useAmount ? fromCents : (v: number) => v;
	for (let c = 0; c < nc; c++) {
		const p = analysis.customerPattern[c];
		if (p === NO_PATTERN || offsets[c] === offsets[c + 1]) continue;
		const pa = lookup[day[offsets[c]] - minDay];
		customers[p]++;
		ends[p][lastP - pa + 1]++;
		for (let j = offsets[c]; j < offsets[c + 1]; j++) {
			const s = useAmount ? toCents(cd.spend[j]) : 1;
			sums[p][lookup[day[j] - minDay] - pa] += s;
			revenue[p] += s;
			total += s;
		}
	}
	const patterns = CUSTOMER_PATTERNS.map((pattern, p) => {
		// Observed at k = customers whose walk is longer than k: a suffix sum of walk lengths.
		const observed = new Array<number>(width).fill(0);
		let running = 0;
		for (let k = width - 1; k >= 0; k--) {
			running += ends[p][k + 1];
			observed[k] = running;
		}
		return {
			pattern,
			customers: customers[p],
			revenue: units(revenue[p]),
			revenueShare: total > 0 ? revenue[p] / total : null,
			curve: observed.map((n, k) => (n > 0 ? units(sums[p][k]) / n : null)),
			observed
		};
	});
	return { spendBasis: analysis.spendBasis, patterns };
}
