// Typed problems the segments-and-value engine reports instead of NaN or a bare Error. Every
// code has a sentence in i18n/messages/segments.ts under `segments.issue.<code>`; params fill `{name}`.

export const SEGMENTS_ISSUE_CODES = [
	'no_transactions',
	'no_customers',
	'too_few_customers',
	'monetary_unavailable',
	'margin_unavailable',
	'bad_bins',
	'bad_thresholds',
	'ties_fewer_bins',
	'rule_out_of_scale',
	'rules_unmatched_cells',
	'rule_shadowed',
	'empty_segment',
	'bad_cuts',
	'non_positive_total',
	'negative_values',
	'bad_dates',
	'zero_variance',
	'length_mismatch',
	'unknown_preset'
] as const;

export type SegmentsIssueCode = (typeof SEGMENTS_ISSUE_CODES)[number];

export interface SegmentsIssue {
	code: SegmentsIssueCode;
	params?: Record<string, string | number>;
}

/** Thrown when an input is too degenerate to give any result; carries the typed issue. */
export class SegmentsError extends Error {
	readonly issue: SegmentsIssue;
	constructor(issue: SegmentsIssue) {
		super(issue.code);
		this.name = 'SegmentsError';
		this.issue = issue;
	}
}
