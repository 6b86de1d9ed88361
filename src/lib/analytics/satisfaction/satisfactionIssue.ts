// Degenerate input yields one of these instead of NaN or a thrown Error; every code has a
// message under `satisfaction.issue.<code>` in i18n/messages/satisfaction.ts.

export const SATISFACTION_ISSUE_CODES = [
	'empty_item',
	'unknown_scale',
	'too_few_items',
	'too_few_respondents',
	'zero_variance',
	'nps_wrong_scale',
	'nps_empty',
	'nps_all_missing',
	'invalid_thresholds',
	'construct_missing',
	'collinear_predictors',
	'length_mismatch',
	'no_customer_ids',
	'no_matching_ids',
	'empty_box',
	'too_few_levels',
	'unknown_construct'
] as const;

export type SatisfactionIssueCode = (typeof SATISFACTION_ISSUE_CODES)[number];

export interface SatisfactionIssue {
	code: SatisfactionIssueCode;
	/** Item or construct the issue is about, when there is one. */
	item?: string;
	/** The scale that was found, for scale issues. */
	scale?: [number, number] | null;
	/** How many usable values or respondents there were. */
	n?: number;
}

export function isSatisfactionIssue(x: unknown): x is SatisfactionIssue {
	return (
		typeof x === 'object' &&
		x !== null &&
		typeof (x as { code?: unknown }).code === 'string' &&
		(SATISFACTION_ISSUE_CODES as readonly string[]).includes((x as { code: string }).code)
	);
}
