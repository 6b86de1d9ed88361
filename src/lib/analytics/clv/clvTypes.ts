// Shared shapes of the lifetime-value engine: units, parameter sets, model handles, issues.

export type ClvUnit = 'day' | 'week' | 'month';
export type TransactionModelName = 'bgnbd' | 'mbgnbd' | 'paretonbd';
export type ClvModelName = TransactionModelName | 'gammagamma';

export interface BgnbdParams {
	r: number;
	alpha: number;
	a: number;
	b: number;
}
export interface ParetoNbdParams {
	r: number;
	alpha: number;
	s: number;
	beta: number;
}
export interface GammaGammaParams {
	p: number;
	q: number;
	gamma: number;
}

/** A fitted (or given) purchase-count model: which one and its parameters. */
export type TransactionModel =
	| { model: 'bgnbd' | 'mbgnbd'; params: BgnbdParams }
	| { model: 'paretonbd'; params: ParetoNbdParams };

/** Unique (x, t_x, T) rows with how many customers share each: the likelihoods loop over these. */
export interface TransactionRows {
	length: number;
	x: Float64Array;
	tx: Float64Array;
	T: Float64Array;
	weight: Float64Array;
	/**
	 * Optional: the distinct values of t_x and T together, and each row's index into them.
	 * Cohort data have few distinct ages, so a likelihood takes ln(α + t) once per value
	 * instead of twice per row.
	 */
	times?: { values: Float64Array; txIndex: Int32Array; TIndex: Int32Array };
}

/** Unique (x, mean spend) rows for Gamma-Gamma. */
export interface SpendRows {
	length: number;
	x: Float64Array;
	mean: Float64Array;
	weight: Float64Array;
}

export type ClvIssueCode =
	| 'no_customers'
	| 'one_customer'
	| 'all_one_day'
	| 'everyone_bought_once'
	| 'too_few_repeaters'
	| 'no_amounts'
	| 'no_positive_spends'
	| 'nonpositive_spends_excluded'
	| 'returns_excluded'
	| 'not_converged'
	| 'param_at_bound'
	| 'weakly_identified'
	| 'hessian_not_invertible'
	| 'spend_depends_on_frequency'
	| 'mean_spend_undefined'
	| 'holdout_empty'
	| 'bad_option';

/** A typed problem report; `code` keys the text in i18n/messages/clv.ts. */
export interface ClvIssue {
	code: ClvIssueCode;
	severity: 'error' | 'warning';
	values?: Record<string, string | number>;
}

export function clvIssue(
	code: ClvIssueCode,
	severity: 'error' | 'warning' = 'error',
	values?: Record<string, string | number>
): ClvIssue {
	return values ? { code, severity, values } : { code, severity };
}

export function isClvIssue(v: unknown): v is ClvIssue {
	return typeof v === 'object' && v !== null && 'code' in v && 'severity' in v;
}
