// One row per segment: size, revenue and mean behaviour, the numbers a segment table and its
// charts show. Means of an empty segment are null, never NaN.
import type { CustomerMetrics } from '../customers/customerTable';
import type { SegmentsIssue } from '../customers/segmentsIssue';
import type { SegmentAssignment } from './assignSegments';
import type { RfmScores } from './rfmScores';
import { fromCents, toCents } from '../money';

export interface SegmentRow {
	key: string;
	customers: number;
	/** Share of customers, 0–1. */
	share: number;
	/** Net revenue (monetary total); null without amounts. */
	revenue: number | null;
	/** Share of total revenue; null without amounts or when the total is not positive. */
	revenueShare: number | null;
	meanRecency: number | null;
	meanFrequency: number | null;
	meanMonetary: number | null;
	meanR: number | null;
	meanF: number | null;
	meanM: number | null;
	/** i18n keys: segment name and suggested action. */
	nameKey: string;
	actionKey: string;
}

export interface SegmentTable {
	rows: SegmentRow[];
	customers: number;
	revenue: number | null;
	issues: SegmentsIssue[];
}

export function segmentTable(
	table: CustomerMetrics,
	scores: RfmScores,
	assignment: SegmentAssignment
): SegmentTable {
	const k = assignment.keys.length;
	const count = new Float64Array(k);
	const rev = new Float64Array(k);
	const sumRec = new Float64Array(k);
	const sumFre = new Float64Array(k);
	const sumR = new Float64Array(k);
	const sumF = new Float64Array(k);
	const sumM = new Float64Array(k);
	const { monetary } = table;
	const { m } = scores;
	let total = 0;
	for (let i = 0; i < table.length; i++) {
		const s = assignment.segment[i];
		count[s]++;
		sumRec[s] += table.recency[i];
		sumFre[s] += table.frequency[i];
		sumR[s] += scores.r[i];
		sumF[s] += scores.f[i];
		if (m) sumM[s] += m[i];
		if (monetary) {
			// In cents: revenue per segment and in total exact to the cent (money.ts).
			const c = toCents(monetary[i]);
			rev[s] += c;
			total += c;
		}
	}
	if (monetary) {
		for (let s = 0; s < k; s++) rev[s] = fromCents(rev[s]);
		total = fromCents(total);
	}
	const issues: SegmentsIssue[] = [];
	const sharesOk = monetary !== null && total > 0;
	if (monetary && !sharesOk) issues.push({ code: 'non_positive_total', params: { total } });
	const n = table.length;
	const mean = (sum: number, c: number) => (c > 0 ? sum / c : null);
	const rows = assignment.keys.map((key, s) => ({
		key,
		customers: count[s],
		share: n > 0 ? count[s] / n : 0,
		revenue: monetary ? rev[s] : null,
		revenueShare: sharesOk ? rev[s] / total : null,
		meanRecency: mean(sumRec[s], count[s]),
		meanFrequency: mean(sumFre[s], count[s]),
		meanMonetary: monetary ? mean(rev[s], count[s]) : null,
		meanR: mean(sumR[s], count[s]),
		meanF: mean(sumF[s], count[s]),
		meanM: m ? mean(sumM[s], count[s]) : null,
		nameKey: `segments.segment.${key}`,
		actionKey: `segments.action.${key}`
	}));
	return { rows, customers: n, revenue: monetary ? total : null, issues };
}
