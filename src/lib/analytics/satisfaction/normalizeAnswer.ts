// One survey answer as typed by a respondent or exported by a survey tool → a number, or NaN
// for blanks, "don't know", "不知道", "N/A" and anything that is not a number.

/** Phrases that mark a non-answer even when a code number stands beside them ("99 = don't know"). */
const NON_ANSWER_PHRASES = [
	"don't know",
	'dont know',
	'do not know',
	'not applicable',
	'n/a',
	'no answer',
	'no opinion',
	'refused',
	'prefer not',
	'not sure',
	'不知道',
	'不清楚',
	'不确定',
	'说不清',
	'无法回答',
	'不适用',
	'拒答',
	'拒绝回答',
	'无意见',
	'没有意见'
];

/** Short tokens that only count when they are the whole answer (so "na" does not hit "national"). */
const NON_ANSWER_TOKENS = new Set([
	'',
	'na',
	'n.a.',
	'n.a',
	'dk',
	'd/k',
	'-',
	'--',
	'.',
	'?',
	'null',
	'nan',
	'missing',
	'无',
	'空',
	'缺失'
]);

// A leading number, optionally followed by a label: "10 - extremely likely", "8分", "7 (agree)".
const LEADING_NUMBER = /^([+-]?\d+(?:[.,]\d+)?)\s*(?:%|分|[-–—=:：(（\s].*)?$/;

export function normalizeAnswer(text: string | number | null | undefined): number {
	if (typeof text === 'number') return Number.isFinite(text) ? text : NaN;
	if (text === null || text === undefined) return NaN;
	const folded = text
		// Full-width digits and punctuation from Chinese input methods.
		.replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48))
		.replace(/\uFF0E/g, '.')
		.replace(/\uFF0C/g, ',')
		.replace(/[\u2018\u2019]/g, "'")
		.trim()
		.replace(/\s+/g, ' ')
		.toLowerCase();
	if (NON_ANSWER_TOKENS.has(folded)) return NaN;
	if (NON_ANSWER_PHRASES.some((p) => folded.includes(p))) return NaN;
	const m = LEADING_NUMBER.exec(folded);
	if (!m) return NaN;
	// A lone comma between digits is a decimal comma ("7,5"): survey scales never need thousands.
	const value = Number(m[1].replace(',', '.'));
	return Number.isFinite(value) ? value : NaN;
}
