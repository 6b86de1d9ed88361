import { describe, expect, it } from 'vitest';
import { recoverOpenQuote } from './recoverOpenQuote';

// Each row as the parser leaves it after `"` opened a field that never closed: its last field
// holds the rest of the text.
const cases: { name: string; row: string[]; kept: string[]; again: string | null }[] = [
	{
		name: 'LF: the first line stays, the lines after it are read again',
		row: ['C1', 'oops\nC2,2024-01-02,5\nC3,2024-01-03,6\n'],
		kept: ['C1', 'oops'],
		again: 'C2,2024-01-02,5\nC3,2024-01-03,6\n'
	},
	{
		name: 'CRLF is one line break',
		row: ['C1', 'oops\r\nC2,x\r\n'],
		kept: ['C1', 'oops'],
		again: 'C2,x\r\n'
	},
	{ name: 'a lone CR is a line break', row: ['a\rb'], kept: ['a'], again: 'b' },
	{ name: 'the only field of its row', row: ['x\ny'], kept: ['x'], again: 'y' },
	{ name: 'an empty first line', row: ['C1', '\nC2'], kept: ['C1', ''], again: 'C2' },
	{
		name: 'no line break: nothing to read again, the row as it was',
		row: ['C1', 'to the end'],
		kept: ['C1', 'to the end'],
		again: null
	},
	{
		name: 'a line break that ends the text: nothing after it',
		row: ['C1', 'last\n'],
		kept: ['C1', 'last\n'],
		again: null
	},
	{ name: 'CRLF that ends the text', row: ['last\r\n'], kept: ['last\r\n'], again: null },
	{ name: 'an empty row', row: [], kept: [], again: null }
];

describe('recoverOpenQuote', () => {
	for (const c of cases)
		it(c.name, () => {
			const row = [...c.row];
			expect(recoverOpenQuote(row)).toBe(c.again);
			expect(row).toEqual(c.kept);
		});
});
