// Fills a message's placeholders: {name}, and plural choices in ICU's form,
// {n, plural, one {# customer} other {# customers}}, chosen by Intl.PluralRules for the
// language (English has one/other, Chinese only other). `#` shows the value as passed — often
// already formatted ("1,234") — while the choice is made on the number it shows.

const rules = new Map<string, Intl.PluralRules>();
function pluralRules(lang: string): Intl.PluralRules {
	let r = rules.get(lang);
	if (!r) {
		r = new Intl.PluralRules(lang === 'zh' ? 'zh-CN' : lang);
		rules.set(lang, r);
	}
	return r;
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
			const branch = exact ?? choices.get(pluralRules(lang).select(n)) ?? choices.get('other')!;
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
