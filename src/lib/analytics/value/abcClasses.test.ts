import { describe, expect, it } from 'vitest';
import { SegmentsError } from '../customers/segmentsIssue';
import { abcClasses } from './abcClasses';

// Total 1000; descending 640, 80, 70, 60, 50, 40, 30, 20, 10, 0 with running share before
// each: 0, .64, .72, .79, .85, .90, .94, .97, .98, .99.
const values = [30, 640, 0, 80, 10, 60, 20, 50, 70, 40];

describe('abcClasses', () => {
	const cases = [
		{
			// A while share before < .80 (640 80 70 60), B while < .95 (50 40 30), C the rest.
			name: 'default 80 / 15',
			options: {},
			customers: [4, 3, 3],
			value: [850, 120, 30],
			classes: [1, 0, 2, 0, 2, 0, 2, 1, 0, 1]
		},
		{
			// A while < .50 (640), B while < .80 (80 70 60), C the rest.
			name: 'custom 50 / 30',
			options: { a: 0.5, b: 0.3 },
			customers: [1, 3, 6],
			value: [640, 210, 150],
			classes: [2, 0, 2, 1, 2, 1, 2, 2, 1, 2]
		}
	];
	it.each(cases)('$name', ({ options, customers, value, classes }) => {
		const r = abcClasses(values, options);
		expect(r.summary.map((s) => s.customers)).toEqual(customers);
		expect(r.summary.map((s) => s.value)).toEqual(value);
		expect(r.summary.map((s) => s.valueShare)).toEqual(value.map((v) => v / 1000));
		expect(Array.from(r.classes)).toEqual(classes);
	});
	it('refuses thresholds above 100 %', () => {
		expect(() => abcClasses(values, { a: 0.9, b: 0.2 })).toThrow(SegmentsError);
	});
});
