import { describe, expect, it } from 'vitest';
import { formatCsv } from './formatCsv';

// Expected text written by hand from RFC 4180: quote fields holding a comma, quote or line
// break; double inner quotes; one line ending after every record.
const cases = [
	{
		rows: [
			['a', 'b'],
			['1', '2']
		],
		eol: '\n',
		text: 'a,b\n1,2\n'
	},
	{ rows: [['x,y', 'z']], eol: '\n', text: '"x,y",z\n' },
	{ rows: [['say "hi"']], eol: '\n', text: '"say ""hi"""\n' },
	{ rows: [['two\nlines', '']], eol: '\r\n', text: '"two\nlines",\r\n' },
	{ rows: [["don't know", '客户编号']], eol: '\r\n', text: "don't know,客户编号\r\n" }
];

describe('formatCsv', () => {
	it.each(cases)('writes $text', ({ rows, eol, text }) => {
		expect(formatCsv(rows, eol)).toBe(text);
	});
});
