import { describe, expect, it } from 'vitest';
import { mergeReportConfig, moveSection, readReportConfig, REPORT_TEXT_MAX } from './reportConfig';

const available = [
	{ id: 'datasets', include: true },
	{ id: 'quality', include: true },
	{ id: 'clv', include: false }
];
const fresh = (id: string, include: boolean) => ({ id, include, title: '', note: '' });

// Each expectation follows the rule by hand: saved entries first in saved order, then new ones.
const cases = [
	{
		name: 'nothing saved: every section with its default',
		saved: undefined,
		expected: {
			title: '',
			intro: '',
			sections: [fresh('datasets', true), fresh('quality', true), fresh('clv', false)]
		}
	},
	{
		name: 'saved order and notes are kept, a new section is appended',
		saved: {
			title: 'Week 3',
			intro: 'Hello',
			sections: [
				{ id: 'quality', include: false, title: 'Checks', note: 'n' },
				{ id: 'datasets', include: true, title: '', note: '' }
			]
		},
		expected: {
			title: 'Week 3',
			intro: 'Hello',
			sections: [
				{ id: 'quality', include: false, title: 'Checks', note: 'n' },
				fresh('datasets', true),
				fresh('clv', false)
			]
		}
	},
	{
		name: 'unknown and repeated sections are dropped, odd fields get defaults',
		saved: {
			title: 7,
			sections: [{ id: 'gone' }, { id: 'clv', include: 'yes', note: 3 }, { id: 'clv' }, null]
		},
		expected: {
			title: '',
			intro: '',
			sections: [fresh('clv', false), fresh('datasets', true), fresh('quality', true)]
		}
	},
	{ name: 'a saved value that is not an object', saved: 'x', expected: null }
];

describe('mergeReportConfig', () => {
	it.each(cases)('$name', ({ saved, expected }) => {
		const got = mergeReportConfig(saved, available);
		expect(got).toEqual(expected ?? mergeReportConfig(undefined, available));
	});
});

describe('moveSection', () => {
	const s = [fresh('a', true), fresh('b', true), fresh('c', true)];
	const moves = [
		{ index: 1, delta: -1 as const, expected: 'bac' },
		{ index: 1, delta: 1 as const, expected: 'acb' },
		{ index: 0, delta: -1 as const, expected: 'abc' },
		{ index: 2, delta: 1 as const, expected: 'abc' },
		{ index: 5, delta: -1 as const, expected: 'abc' }
	];
	it.each(moves)('moves #$index by $delta → $expected', ({ index, delta, expected }) => {
		expect(
			moveSection(s, index, delta)
				.map((x) => x.id)
				.join('')
		).toBe(expected);
	});
});

describe('readReportConfig', () => {
	const long = 'x'.repeat(REPORT_TEXT_MAX + 5);
	const cases = [
		{ name: 'not an object', raw: 'report', expected: null },
		{ name: 'an array', raw: [], expected: null },
		{ name: 'null', raw: null, expected: null },
		{ name: 'an empty object', raw: {}, expected: { title: '', intro: '', sections: [] } },
		{
			name: 'sections without id or choice are dropped, repeats too, odd texts emptied',
			raw: {
				title: 'Week 3',
				intro: 5,
				sections: [
					{ id: 'clv', include: true, title: 'CLV', note: 'n' },
					{ id: 'segments', include: 'yes' },
					{ id: '', include: true },
					null,
					{ id: 'clv', include: false },
					{ id: 'quality', include: false, note: 7 }
				]
			},
			expected: {
				title: 'Week 3',
				intro: '',
				sections: [
					{ id: 'clv', include: true, title: 'CLV', note: 'n' },
					{ id: 'quality', include: false, title: '', note: '' }
				]
			}
		},
		{
			name: 'over-long texts are cut',
			raw: { title: long, intro: '', sections: [{ id: 'a', include: true, note: long }] },
			expected: {
				title: long.slice(0, REPORT_TEXT_MAX),
				intro: '',
				sections: [{ id: 'a', include: true, title: '', note: long.slice(0, REPORT_TEXT_MAX) }]
			}
		}
	];
	it.each(cases)('$name', ({ raw, expected }) => {
		expect(readReportConfig(raw)).toEqual(expected);
	});
});
