// Typed problems the lifecycle engine reports instead of NaN or a bare Error. Every code has a
// sentence in i18n/messages/lifecycle.ts under `issue.<code>`; params fill its `{name}` slots.

export const LIFECYCLE_ISSUE_CODES = [
	'no_transactions',
	'too_few_periods',
	'no_amount',
	'no_repeat_purchases',
	'bad_threshold',
	'bad_percentile',
	'bad_confidence',
	'bad_as_of',
	'bad_grain',
	'bad_metric',
	'bad_rules',
	'bad_dates',
	'length_mismatch',
	'unknown_customer',
	'bad_survivors',
	'fit_failed',
	'fit_at_bound',
	'rows_before_acquisition',
	'partial_last_period'
] as const;

export type LifecycleIssueCode = (typeof LIFECYCLE_ISSUE_CODES)[number];

export interface LifecycleIssue {
	code: LifecycleIssueCode;
	params?: Record<string, string | number>;
}

/** Thrown when input is too degenerate to give any result; carries the typed issue. */
export class LifecycleError extends Error {
	readonly issue: LifecycleIssue;
	constructor(issue: LifecycleIssue) {
		super(issue.code);
		this.name = 'LifecycleError';
		this.issue = issue;
	}
}

export function isLifecycleIssue(x: unknown): x is LifecycleIssue {
	return (
		typeof x === 'object' &&
		x !== null &&
		typeof (x as { code?: unknown }).code === 'string' &&
		(LIFECYCLE_ISSUE_CODES as readonly string[]).includes((x as { code: string }).code)
	);
}
