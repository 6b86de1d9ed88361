// Typed problems of the classroom simulations. Every code has a sentence in
// i18n/messages/learn.ts under `learn.issue.<code>`; params fill `{field}`.

export type TeachIssueCode = 'bad_input' | 'total_too_small';

export interface TeachIssue {
	code: TeachIssueCode;
	params?: Record<string, string | number>;
}

/** Thrown when a simulation input makes no sense (negative counts, rates below −100 %, ...). */
export class TeachError extends Error {
	readonly issue: TeachIssue;
	constructor(issue: TeachIssue) {
		super(issue.code);
		this.name = 'TeachError';
		this.issue = issue;
	}
}

/** Throws bad_input naming the field unless value is finite and within [min, max]. */
export function requireAtLeast(field: string, value: number, min: number, max = Infinity): void {
	if (!(Number.isFinite(value) && value >= min && value <= max))
		throw new TeachError({ code: 'bad_input', params: { field } });
}
