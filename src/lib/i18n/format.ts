/** Fills {name} placeholders; unknown placeholders stay visible so a missing value is noticed. */
export function format(template: string, values: Record<string, unknown> = {}): string {
	return template.replace(/\{(\w+)\}/g, (m, k: string) =>
		k in values && values[k] !== undefined ? String(values[k]) : m
	);
}

export type NumberLang = 'en' | 'zh';

/**
 * A formatted number with its percent sign. Chinese typesetting puts % straight after the digits
 * (a space lets the sign wrap onto a line of its own); English keeps the app's "7.4 %".
 */
export function withPercent(numberText: string, lang: NumberLang): string {
	return lang === 'zh' ? `${numberText}%` : `${numberText} %`;
}

const trimmed = (x: number) => String(Math.round(x * 10) / 10);

/**
 * Short numbers for axes and tight cells, the same on every chart: 12k / 1.5M in English,
 * 1.2万 / 3亿 in Chinese (万 = 10,000 and 亿 = 10^8 are the natural units). At most one decimal
 * and none when it is zero ("1万", never "1.0万"); below 10,000 the number is written out.
 */
export function compactNumber(v: number, lang: NumberLang): string {
	if (!Number.isFinite(v)) return '–';
	const a = Math.abs(v);
	if (lang === 'zh') {
		if (a >= 1e8) return `${trimmed(v / 1e8)}亿`;
		if (a >= 1e4) return `${trimmed(v / 1e4)}万`;
	} else {
		if (a >= 1e6) return `${trimmed(v / 1e6)}M`;
		if (a >= 1e4) return `${trimmed(v / 1e3)}k`;
	}
	return String(Math.round(v * 100) / 100);
}

/** The currency word after an amount in Chinese text: 元 unless the data names another one. */
export function moneyUnit(lang: NumberLang, currency: string | null = null): string {
	if (currency) return currency;
	return lang === 'zh' ? '元' : '';
}

/**
 * One number of decimals for a whole column of amounts, so the column never mixes "5,967" and
 * "373.15": whole units when any value reaches 100, cents otherwise.
 */
export function columnDigits(values: readonly (number | null | undefined)[]): number {
	let max = 0;
	for (const v of values) if (v != null && Number.isFinite(v)) max = Math.max(max, Math.abs(v));
	return max >= 100 ? 0 : 2;
}
