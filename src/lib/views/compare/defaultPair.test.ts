import { describe, expect, it } from 'vitest';
import { defaultPair, type PairCandidate } from './defaultPair';

const d = (id: string, kind: string, importedAt: string): PairCandidate => ({
	id,
	kind,
	importedAt
});

const cases: { name: string; datasets: PairCandidate[]; want: [string, string] | null }[] = [
	{ name: 'no datasets', datasets: [], want: null },
	{
		name: 'one transactions dataset and a survey',
		datasets: [d('t1', 'transactions', '2026-01-01'), d('s1', 'survey', '2026-01-02')],
		want: null
	},
	{
		name: 'the two newest transactions, older first',
		datasets: [
			d('t3', 'transactions', '2026-03-01'),
			d('t1', 'transactions', '2026-01-01'),
			d('c1', 'customers', '2026-04-01'),
			d('t2', 'transactions', '2026-02-01')
		],
		want: ['t2', 't3']
	},
	{
		name: 'equal import times keep the workspace order',
		datasets: [d('x', 'transactions', '2026-01-01'), d('y', 'transactions', '2026-01-01')],
		want: ['x', 'y']
	},
	{
		name: 'a summary is not transactions',
		datasets: [d('su', 'summary', '2026-05-01'), d('t1', 'transactions', '2026-01-01')],
		want: null
	}
];

describe('defaultPair', () => {
	it.each(cases)('$name', ({ datasets, want }) => expect(defaultPair(datasets)).toEqual(want));
});
