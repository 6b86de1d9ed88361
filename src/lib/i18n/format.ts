// Fills a message's placeholders: {name}, and plural choices in ICU's form,
// {n, plural, one {# customer} other {# customers}}, chosen by Intl.PluralRules for the
// language (English has one/other, Chinese only other). `#` shows the value as passed — often
// already formatted ("1,234") — while the choice is made on the number it shows.

const rules = new Map<string, Intl.PluralRules>();

/**
 * The plural form a count takes in a language, by Intl.PluralRules: English 'one' for 1 and
 * 'other' for 0, 2, 1.5 …; Chinese has no plural, always 'other'. The one place the app picks
 * a singular or plural word (ICU blocks below, and code such as clvText's unit words).
 */
export function pluralCategory(n: number, lang: string): Intl.LDMLPluralRule {
	let r = rules.get(lang);
	if (!r) {
		r = new Intl.PluralRules(lang === 'zh' ? 'zh-CN' : lang);
		rules.set(lang, r);
	}
	return r.select(n);
}

/** The number a value shows: 1 for 1 and for "1"; 1234 for "1,234" and "1 234". */
function numberOf(value: unknown): number {
	if (typeof value === 'number') return value;
	return Number(String(value).replace(/[,\s\u00a0\u202f]/g, ''));
}

/**
 * The branches of a plural block ("one {…} other {…}"), read with brace depth so a branch may
 * hold {placeholders}. Null when the text is not such a block.
 */
function branches(body: string): Map<string, string> | null {
	const out = new Map<string, string>();
	let i = 0;
	while (i < body.length) {
		while (body[i] === ' ') i++;
		if (i >= body.length) break;
		const open = body.indexOf('{', i);
		if (open < 0) return null;
		const key = body.slice(i, open).trim();
		let depth = 0;
		let j = open;
		for (; j < body.length; j++) {
			if (body[j] === '{') depth++;
			else if (body[j] === '}' && --depth === 0) break;
		}
		if (depth !== 0 || key === '') return null;
		out.set(key, body.slice(open + 1, j));
		i = j + 1;
	}
	return out.has('other') ? out : null;
}

/** Replaces each {name, plural, …} block by its branch for the value, `#` by the value. */
function choosePlurals(template: string, values: Record<string, unknown>, lang: string): string {
	let out = '';
	let i = 0;
	for (;;) {
		const m = /\{(\w+),\s*plural,/g;
		m.lastIndex = i;
		const hit = m.exec(template);
		if (!hit) return out + template.slice(i);
		// The block ends at the brace that closes its opening one.
		let depth = 0;
		let end = hit.index;
		for (; end < template.length; end++) {
			if (template[end] === '{') depth++;
			else if (template[end] === '}' && --depth === 0) break;
		}
		const body = template.slice(hit.index + hit[0].length, end);
		const choices = branches(body);
		const name = hit[1];
		out += template.slice(i, hit.index);
		if (!choices || !(name in values) || values[name] === undefined) {
			out += template.slice(hit.index, end + 1); // left visible, like an unknown placeholder
		} else {
			const n = numberOf(values[name]);
			const exact = choices.get(`=${n}`);
			const branch = exact ?? choices.get(pluralCategory(n, lang)) ?? choices.get('other')!;
			out += branch.replace(/#/g, String(values[name]));
		}
		i = end + 1;
	}
}

/** Fills placeholders; unknown placeholders stay visible so a missing value is noticed. */
export function format(
	template: string,
	values: Record<string, unknown> = {},
	lang = 'en'
): string {
	const text = template.includes(', plural,') ? choosePlurals(template, values, lang) : template;
	return text.replace(/\{(\w+)\}/g, (m, k: string) =>
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
