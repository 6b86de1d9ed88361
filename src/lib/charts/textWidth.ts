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
