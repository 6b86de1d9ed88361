// Typography rules for Simplified Chinese messages: full-width punctuation inside Chinese
// sentences and no space before a percent sign. Returns what is wrong so a test can list it.

export interface TypographyProblem {
	rule: 'half-width-punctuation' | 'space-before-percent' | 'half-width-parenthesis';
	/** The offending text with a little context. */
	at: string;
}

// Han ideographs, CJK punctuation and full-width forms: the characters of a Chinese sentence.
const CJK = '[\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef]';
const HALF = '[,;:!?]';
const rules: [TypographyProblem['rule'], RegExp][] = [
	// "客户, 共" or "客户,共" or ", 客户": a half-width mark touching a Chinese character.
	['half-width-punctuation', new RegExp(`${CJK} ?${HALF}|${HALF} ?${CJK}`, 'gu')],
	// A sentence-ending full stop after a Chinese character ("客户." at the end or before a space).
	['half-width-punctuation', new RegExp(`${CJK}\\.(?=\\s|$|${CJK})`, 'gu')],
	// "(按月)" : half-width brackets around Chinese text.
	['half-width-parenthesis', new RegExp(`\\( ?${CJK}|${CJK} ?\\)`, 'gu')],
	// "7.4 %" or "{share} %": the % can wrap onto a line of its own.
	['space-before-percent', /[\d}]\s+%/gu]
];

export function zhTypography(text: string): TypographyProblem[] {
	const found: TypographyProblem[] = [];
	for (const [rule, re] of rules)
		for (const m of text.matchAll(re)) {
			const i = m.index ?? 0;
			found.push({ rule, at: text.slice(Math.max(0, i - 6), i + m[0].length + 6) });
		}
	return found;
}
