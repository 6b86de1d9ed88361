// Customers, revenue and mean R/F/M per attribute group: the attribute-based segmentation
// (demographics, region, channel …) next to the behavioural one.
import type { CustomerMetrics } from '../customers/customerTable';
import type { RfmScores } from '../rfm/rfmScores';
import type { AttributeGroups } from './attributeGroups';
import { fromCents, toCents } from '../money';

export interface AttributeSegmentRow {
	key: string;
	customers: number;
	share: number;
	revenue: number | null;
	/** Null without amounts or when total revenue is not positive. */
	revenueShare: number | null;
	meanRecency: number | null;
	meanFrequency: number | null;
	meanMonetary: number | null;
	/** Mean scores when scores are given. */
	meanR: number | null;
	meanF: number | null;
	meanM: number | null;
}

export function attributeSegments(
	table: CustomerMetrics,
	groups: AttributeGroups,
	scores?: Pick<RfmScores, 'r' | 'f' | 'm'>
): AttributeSegmentRow[] {
	const g = groups.keys.length;
	const count = new Float64Array(g);
	const rev = new Float64Array(g);
	const rec = new Float64Array(g);
	const fre = new Float64Array(g);
	const sr = new Float64Array(g);
	const sf = new Float64Array(g);
	const sm = new Float64Array(g);
	let total = 0;
	for (let i = 0; i < table.length; i++) {
		const k = groups.codes[i];
		count[k]++;
		rec[k] += table.recency[i];
		fre[k] += table.frequency[i];
		if (table.monetary) {
			// In cents: exact to the cent (money.ts); back to units below.
			const c = toCents(table.monetary[i]);
			rev[k] += c;
			total += c;
		}
		if (scores) {
			sr[k] += scores.r[i];
			sf[k] += scores.f[i];
			if (scores.m) sm[k] += scores.m[i];
		}
	}
	if (table.monetary) {
		for (let k = 0; k < rev.length; k++) rev[k] = fromCents(rev[k]);
		total = fromCents(total);
	}
	const mean = (s: number, c: number) => (c > 0 ? s / c : null);
	return groups.keys.map((key, k) => ({
		key,
		customers: count[k],
		share: table.length > 0 ? count[k] / table.length : 0,
		revenue: table.monetary ? rev[k] : null,
		revenueShare: table.monetary && total > 0 ? rev[k] / total : null,
		meanRecency: mean(rec[k], count[k]),
		meanFrequency: mean(fre[k], count[k]),
		meanMonetary: table.monetary ? mean(rev[k], count[k]) : null,
		meanR: scores ? mean(sr[k], count[k]) : null,
		meanF: scores ? mean(sf[k], count[k]) : null,
		meanM: scores?.m ? mean(sm[k], count[k]) : null
	}));
}
