import { afterEach, describe, expect, it } from 'vitest';
import { setCsvNote, withCsvNote } from './download';

describe('withCsvNote', () => {
	afterEach(() => setCsvNote(null));
	const cases = [
		{ note: null, csv: '\ufeffa,b\r\n1,2\r\n', expected: '\ufeffa,b\r\n1,2\r\n' },
		{
			note: 'Filters: region: North',
			csv: '\ufeffa,b\r\n1,2\r\n',
			expected: '\ufeff# Filters: region: North\r\na,b\r\n1,2\r\n'
		},
		{ note: 'two\nlines', csv: 'a\n', expected: '# two lines\na\n' }
	];
	it.each(cases)('$note', ({ note, csv, expected }) => {
		setCsvNote(note);
		expect(withCsvNote(csv)).toBe(expected);
	});
});
