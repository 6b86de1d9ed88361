import { describe, expect, it } from 'vitest';
import { parseSurvivors, SBG_EXAMPLES } from './parseSurvivors';

describe('parseSurvivors', () => {
	const cases = [
		{ text: '1000 631 468', out: { values: [1000, 631, 468] } },
		// A column pasted from a spreadsheet, with Windows line ends and a trailing blank line.
		{ text: '1000\r\n631\r\n468\r\n\r\n', out: { values: [1000, 631, 468] } },
		{ text: '1000, 631;468\t382', out: { values: [1000, 631, 468, 382] } },
		{ text: '1000，631、468', out: { values: [1000, 631, 468] } },
		{ text: '  ', out: { values: [] } },
		{ text: '1000 six 468', out: { bad: 'six' } },
		{ text: '1000 -5', out: { bad: '-5' } }
	];
	it.each(cases)('reads "$text"', ({ text, out }) => expect(parseSurvivors(text)).toEqual(out));

	it('holds the published examples: 13 values from 1,000 (years 0–12)', () => {
		expect(SBG_EXAMPLES.regular.length).toBe(13);
		expect(SBG_EXAMPLES.highEnd.at(-1)).toBe(394);
	});
});
