import { describe, expect, it } from 'vitest';
import type { Mapping } from '../../lib/data/map/types';
import { linesBeforeData } from './linesBeforeData';

const mapping = (hasHeader: boolean) => ({ hasHeader, delimiter: ',' }) as Mapping;

describe('linesBeforeData: the breaks DuckDB skips (every CR and every LF is one)', () => {
	it.each([
		{ head: 'h1,h2\nA,1\n', want: 1 },
		{ head: 'h1,h2\r\nA,1\r\n', want: 1 },
		{ head: '\n\nh1,h2\nA,1', want: 3 },
		// CRLF blank lines count two breaks each, as DuckDB splits them.
		{ head: '\r\n\r\nh1,h2\r\nA,1\r\n', want: 5 },
		{ head: '  \rh1,h2\rA,1', want: 2 },
		{ head: '\ufeffh1,h2\nA,1', want: 1 },
		// A line of empty cells is a header (a row), not a blank line.
		{ head: ',\nA,1', want: 1 }
	])('$head', ({ head, want }) => {
		expect(linesBeforeData(head, mapping(true))).toBe(want);
	});

	it('no header: nothing to skip', () => {
		expect(linesBeforeData('\n\nA,1\n', mapping(false))).toBe(0);
	});
});
