import { describe, expect, it } from 'vitest';
import { defaultViewSettings } from './viewSettings';
import { readSavedViews, viewPathOf } from './savedViews';

const d = defaultViewSettings();

describe('readSavedViews', () => {
	const good = {
		id: 'a',
		name: 'Lesson 3',
		path: '/clv/',
		savedAt: '2026-01-01',
		settings: {},
		survey: null
	};
	const cases: { name: string; raw: unknown; expected: unknown }[] = [
		{ name: 'nothing stored', raw: undefined, expected: [] },
		{ name: 'not a list', raw: { a: 1 }, expected: [] },
		{
			name: 'a good entry',
			raw: [good],
			expected: [{ ...good, settings: d }]
		},
		{
			name: 'entries without id or name are left out, the rest kept',
			raw: [{ name: 'x' }, { id: 'b', name: '  ' }, 7, null, good],
			expected: [{ ...good, settings: d }]
		},
		{
			name: 'a second entry with the same id is left out',
			raw: [good, { ...good, name: 'Other' }],
			expected: [{ ...good, settings: d }]
		},
		{
			name: 'an unknown page falls back to Segments; a long name is cut; bad settings take defaults',
			raw: [
				{
					id: 'c',
					name: ` ${'n'.repeat(100)} `,
					path: '/evil/',
					settings: 'x',
					survey: { clv: { unit: 'day' } }
				}
			],
			expected: [
				{
					id: 'c',
					name: 'n'.repeat(80),
					path: '/segments/',
					savedAt: '',
					settings: d,
					survey: { ...d, clv: { ...d.clv, unit: 'day' } }
				}
			]
		}
	];
	it.each(cases)('$name', ({ raw, expected }) => expect(readSavedViews(raw)).toEqual(expected));
});

describe('viewPathOf', () => {
	const cases = [
		{ path: '/segments/', expected: '/segments/' },
		{ path: '/sub/clv/', expected: '/clv/' },
		{ path: '/data/', expected: null },
		{ path: '/', expected: null }
	];
	it.each(cases)('$path → $expected', ({ path, expected }) =>
		expect(viewPathOf(path)).toBe(expected)
	);
});
