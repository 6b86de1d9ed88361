// Survivor counts typed or pasted by the user (a row or a column copied from a spreadsheet):
// numbers separated by spaces, tabs, new lines, commas, semicolons or Chinese punctuation.
export type ParsedSurvivors = { values: number[] } | { bad: string };

export function parseSurvivors(text: string): ParsedSurvivors {
	const tokens = text
		.split(/[\s,;，；、]+/)
		.map((s) => s.trim())
		.filter((s) => s !== '');
	const values: number[] = [];
	for (const tok of tokens) {
		const v = Number(tok);
		if (!Number.isFinite(v) || v < 0) return { bad: tok };
		values.push(v);
	}
	return { values };
}

/** The worked examples of Fader & Hardie (2007), survivors out of 1,000 over years 0–12. */
export const SBG_EXAMPLES = {
	regular: [1000, 631, 468, 382, 326, 289, 262, 241, 223, 207, 194, 183, 173],
	highEnd: [1000, 869, 743, 653, 593, 551, 517, 491, 468, 445, 427, 409, 394]
} as const;

/** Published maximum-likelihood fits on years 0–7 (Fader & Hardie 2007). */
export const SBG_PUBLISHED = {
	regular: { alpha: 0.704, beta: 1.182 },
	highEnd: { alpha: 0.668, beta: 3.806 }
} as const;
