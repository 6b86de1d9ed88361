// Plain-JSON RFM result for the headless CLI: thresholds, segment sizes and one record per
// customer. Everything is derived from the transaction table and explicit options.
import { customerTable } from '../customers/customerTable';
import { defaultAsOf } from '../customers/defaultAsOf';
import { SegmentsError } from '../customers/segmentsIssue';
import { isoFromDay } from '../dates';
import type { Day, TransactionTable } from '../types';
import { assignSegments } from './assignSegments';
import { rfmScores } from './rfmScores';
import { ruleCoverage } from './ruleCoverage';
import { segmentPresets, type SegmentPresetName } from './segmentPresets';
import { segmentTable } from './segmentTable';

export interface RfmReport {
	asOf: string;
	frequencyRule: 'orders' | 'days';
	thresholds: { recency: number[]; frequency: number[]; monetary: number[] | null };
	segments: { name: string; customers: number; revenue: number | null }[];
	customers: {
		customerId: string;
		recency: number;
		frequency: number;
		monetary: number | null;
		r: number;
		f: number;
		m: number | null;
		segment: string;
	}[];
	/** Issue codes (ties, unmatched cells, empty segments …) for the CLI to print. */
	issues: string[];
}

export function rfmReport(
	tx: TransactionTable,
	options: {
		asOf?: Day;
		preset?: SegmentPresetName;
		bins?: number;
		monetary?: 'total' | 'average';
	} = {}
): RfmReport {
	const asOf = options.asOf ?? defaultAsOf(tx);
	const presetName = options.preset ?? 'rfmVignette';
	const rules = segmentPresets[presetName];
	if (!rules) throw new SegmentsError({ code: 'unknown_preset', params: { preset: presetName } });
	const table = customerTable(tx, { asOf });
	if (table.length === 0) throw new SegmentsError({ code: 'no_customers' });
	const scores = rfmScores(table, { bins: options.bins, monetary: options.monetary });
	const assignment = assignSegments(scores, rules);
	const summary = segmentTable(table, scores, assignment);
	const coverage = ruleCoverage(rules, scores.bins, {
		withMonetary: scores.m !== null,
		assignment
	});
	const mValues = scores.monetaryBasis === 'average' ? table.average : table.monetary;
	const issues = [...table.issues, ...scores.issues, ...summary.issues, ...coverage.issues];
	return {
		asOf: isoFromDay(asOf),
		frequencyRule: table.frequencyRule,
		thresholds: {
			recency: scores.recency.edges,
			frequency: scores.frequency.edges,
			monetary: scores.monetary ? scores.monetary.edges : null
		},
		segments: summary.rows.map((row) => ({
			name: row.key,
			customers: row.customers,
			revenue: row.revenue
		})),
		customers: table.ids.map((customerId, i) => ({
			customerId,
			recency: table.recency[i],
			frequency: table.frequency[i],
			monetary: mValues ? mValues[i] : null,
			r: scores.r[i],
			f: scores.f[i],
			m: scores.m ? scores.m[i] : null,
			segment: assignment.keys[assignment.segment[i]]
		})),
		issues: [...new Set(issues.map((i) => i.code))]
	};
}
