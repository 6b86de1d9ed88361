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
