// Text for engine results: issues in the user's language with their numbers formatted, Greek
// parameter names, unit words.
import type { ClvIssue, ClvUnit } from '$lib/analytics/clv';
import { compactNumber, pluralCategory } from '$lib/i18n/format';
import { i18n, t, tChecked } from '$lib/i18n/i18n.svelte';
import { money } from '$lib/state/currency.svelte';

const PARAM_LABEL: Record<string, string> = {
	alpha: 'α',
	beta: 'β',
	gamma: 'γ'
};

export function paramLabel(name: string): string {
	return PARAM_LABEL[name] ?? name;
}

/** Codes with an extra sentence saying what to do about them (each a `clvView.advice.` key). */
const ADVICE_CODES = [
	'not_converged',
	'param_at_bound',
	'weakly_identified',
	'hessian_not_invertible',
	'too_few_repeaters',
	'spend_depends_on_frequency',
	'mean_spend_undefined',
	'holdout_empty',
	'everyone_bought_once',
	'one_customer',
	'all_one_day',
	'no_customers',
	'no_positive_spends'
] as const;
const ADVICE: ReadonlySet<string> = new Set(ADVICE_CODES);
const hasAdvice = (code: string): code is (typeof ADVICE_CODES)[number] => ADVICE.has(code);

export function issueText(issue: ClvIssue): string {
	const values: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(issue.values ?? {}))
		values[k] =
			k === 'param'
				? paramLabel(String(v))
				: typeof v === 'number'
					? i18n.n(v, Number.isInteger(v) ? 0 : 3)
					: v;
	const text = t(`clv.issue.${issue.code}`, values);
	return hasAdvice(issue.code) ? `${text} ${t(`clvView.advice.${issue.code}`)}` : text;
}

export function unitWord(unit: ClvUnit, count = 2): string {
	// English "1 day", "2 days"; Chinese has one form (pluralCategory says 'other').
	return pluralCategory(count, i18n.lang) === 'one'
		? t(`clvView.unit.${unit}`)
		: t(`clvView.unit.${unit}s`);
}

/** A number for a table cell: '–' for NaN/Infinity, never "NaN". */
export function cell(v: number, digits = 2): string {
	return Number.isFinite(v) ? i18n.n(v, digits) : '–';
}

/** A failed engine run as one sentence: our own problem codes are message keys. */
export function problemText(e: unknown): string {
	if (e && typeof e === 'object' && 'code' in e && 'detail' in e) {
		const code = String((e as { code: unknown }).code);
		if (code.startsWith('clv') || code.startsWith('filter.')) {
			let values: Record<string, unknown> = {};
			try {
				values = JSON.parse(String((e as { detail: unknown }).detail)) ?? {};
			} catch {
				values = {};
			}
			return tChecked(code, values);
		}
		return t('common.error', { message: String((e as { detail: unknown }).detail || code) });
	}
	return t('common.error', { message: e instanceof Error ? e.message : String(e) });
}

/** Money for a table cell, in the data's currency (state/currency): '–' when not a number. */
export function moneyCell(v: number, digits = 2): string {
	return Number.isFinite(v) ? money(v, { digits }) : '–';
}

/** Short axis labels for money: 15k / 1.5万 instead of 15,000 where space is tight. */
export function compact(v: number): string {
	return compactNumber(v, i18n.lang);
}
