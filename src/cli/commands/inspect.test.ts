// `cli inspect` decides the date order from every row, as the app's suggested switch does.
import { describe, expect, it } from 'vitest';
import { loadFile } from '../loadFile';
import { inspectReport } from './inspect';

describe('cli inspect: date order', () => {
	const cases: [string, Record<string, string>, object][] = [
		// The preview guesses day-first from the first 500 rows; all 1,500 say month-first.
		[
			'decided from all rows',
			{},
			{
				dateFormat: 'mdy',
				dateAmbiguous: false,
				dateOrder: { verdict: 'mdy', dayFirstOnly: 0, monthFirstOnly: 1000 },
				rejected: { total: 0, byReason: {}, examples: [] }
			}
		],
		// An explicit --date-format is obeyed, and the rejections say what it costs.
		[
			'--date-format dmy is obeyed',
			{ 'date-format': 'dmy' },
			{
				dateFormat: 'dmy',
				dateOrder: { verdict: 'mdy', dayFirstOnly: 0, monthFirstOnly: 1000 },
				rejected: expect.objectContaining({ total: 1000, byReason: { bad_date: 1000 } })
			}
		]
	];
	it.each(cases)('%s', (_, options, want) => {
		const report = inspectReport(loadFile('tests/fixtures/door/us-dates.csv', options));
		expect(report).toMatchObject(want);
	});
});

describe('cli inspect: encodings that do not fit', () => {
	const cases: [string, Record<string, string>, object][] = [
		// Read as GB18030 (detected), the UTF-8 lines are wrong without an error: said, with lines.
		[
			'mixed-utf8-gb18030.csv',
			{},
			{
				encoding: 'gb18030',
				replacedChars: 0,
				encodingAdvice: 'mixed',
				encodingLines: { utf8: 50, other: 10, otherLines: [42, 43, 44, 45, 46, 47, 48, 49, 50, 51] }
			}
		],
		// Line by line: nothing replaced, and the split is reported.
		[
			'mixed-utf8-gb18030.csv',
			{ encoding: 'utf-8+gb18030' },
			{ encoding: 'utf-8+gb18030', replacedChars: 0, encodingAdvice: 'per_line' }
		],
		['utf16be-no-bom.csv', {}, { encoding: 'utf-16be', rows: 40, encodingAdvice: null }]
	];
	it.each(cases)('%s %o', (name, options, want) => {
		expect(inspectReport(loadFile(`tests/fixtures/door/${name}`, options))).toMatchObject(want);
	});
});
