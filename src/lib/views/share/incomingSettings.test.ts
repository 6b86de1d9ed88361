import { describe, expect, it } from 'vitest';
import { incomingSettings } from './incomingSettings';

const datasets = [
	{ id: 'a', name: 'Retail transactions' },
	{ id: 'b', name: '零售满意度调查' }
];

describe('incomingSettings', () => {
	const cases = [
		{ name: 'nothing', settings: [], expected: [] },
		{
			name: 'the settings of two datasets come first, as one line',
			settings: [
				{ key: 'workspace.selected', value: { transactions: 'a' } },
				{ key: 'view.a', value: {} },
				{ key: 'view.b', value: {} },
				{ key: 'workspace.behaviour', value: 'transactions' }
			],
			expected: [
				{
					key: 'restore.brings.analysis',
					values: { n: 2, names: 'Retail transactions, 零售满意度调查' }
				},
				{ key: 'restore.brings.choice', values: {} }
			]
		},
		{
			name: 'the report counts its ticked sections',
			settings: [
				{
					key: 'report.config',
					value: { sections: [{ include: true }, { include: false }, { include: true }] }
				},
				{ key: 'report.page', value: {} },
				{ key: 'report.config.broken', value: 1 }
			],
			expected: [
				{ key: 'restore.brings.report', values: { n: 2 } },
				{ key: 'restore.brings.print', values: {} },
				{ key: 'restore.brings.other', values: { n: 1, keys: 'report.config.broken' } }
			]
		},
		{
			name: 'saved views, a filter, a name; settings of a dataset the file lacks are "other"',
			settings: [
				{ key: 'views.saved', value: [{}, {}, {}] },
				{ key: 'workspace.filters', value: {} },
				{ key: 'workspace.name', value: 'Week 3' },
				{ key: 'view.zzz', value: {} }
			],
			expected: [
				{ key: 'restore.brings.savedViews', values: { n: 3 } },
				{ key: 'restore.brings.filter', values: {} },
				{ key: 'restore.brings.name', values: { name: 'Week 3' } },
				{ key: 'restore.brings.other', values: { n: 1, keys: 'view.zzz' } }
			]
		}
	];
	it.each(cases)('$name', ({ settings, expected }) =>
		expect(incomingSettings(settings, datasets)).toEqual(expected)
	);
});
