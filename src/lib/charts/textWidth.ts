// Rough rendered width of a label in pixels, without measuring the DOM: CJK characters are
// about one em wide, Latin ones a little over half. Good enough to size margins and to
// shorten labels that would not fit.
export function textWidth(text: string, fontSize = 12): number {
	let em = 0;
	for (const ch of text) em += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.58;
	return em * fontSize;
}

/** The label cut with an ellipsis to fit `max` pixels. */
export function fitText(text: string, max: number, fontSize = 12): string {
	if (textWidth(text, fontSize) <= max) return text;
	let out = '';
	for (const ch of text) {
		if (textWidth(out + ch + '…', fontSize) > max) break;
		out += ch;
	}
	return out + '…';
}

const compact = new Map<string, Intl.NumberFormat>();

/**
 * A number's cell text within `max` pixels: as formatted when it fits, else (a plain number
 * only) in the locale's compact form ("1.2K", "3.4万"), else nothing — a number cut to "1…" reads as a different
 * number. The exact value stays in the cell's title and the data table.
 */
export function fitNumber(
	value: number,
	formatted: string,
	max: number,
	lang: 'en' | 'zh',
	fontSize = 12
): string {
	if (textWidth(formatted, fontSize) <= max) return formatted;
	// Only a plain number may be shortened: "12.3%" of 0.123 or "CN¥4,851" are not the value.
	const plain = Number(formatted.replace(/[,\s]/g, ''));
	if (!(Math.abs(plain - value) <= 1e-9 + Math.abs(value) * 0.01)) return '';
	let f = compact.get(lang);
	if (!f) {
		f = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', {
			notation: 'compact',
			maximumFractionDigits: 1
		});
		compact.set(lang, f);
	}
	const short = f.format(value);
	return textWidth(short, fontSize) <= max ? short : '';
}
