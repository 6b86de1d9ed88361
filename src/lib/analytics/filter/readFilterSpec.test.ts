import { describe, expect, it } from 'vitest';
import { readFilterSpec } from './readFilterSpec';

describe('readFilterSpec', () => {
	const cases: { name: string; input: unknown; expected: unknown }[] = [
		{ name: 'nothing', input: undefined, expected: { from: null, to: null, where: [] } },
		{
			name: 'a full spec',
			input: {
				from: '2024-01-01',
				to: '2024-12-31',
				where: [{ on: 'customers', column: 'region', values: ['East'] }]
			},
			expected: {
				from: '2024-01-01',
				to: '2024-12-31',
				where: [{ on: 'customers', column: 'region', values: ['East'] }]
			}
		},
		{
			name: 'damaged parts dropped',
			input: {
				from: 'yesterday',
				to: 5,
				where: [
					{ on: 'elsewhere', column: 'x', values: ['a'] },
					{ on: 'transactions', column: '', values: ['a'] },
					{ on: 'transactions', column: 'amount' },
					{ on: 'transactions', column: 'amount', min: 5, max: 'lots' },
					'junk'
				]
			},
			expected: {
				from: null,
				to: null,
				where: [{ on: 'transactions', column: 'amount', min: 5 }]
			}
		}
	];
	it.each(cases)('$name', ({ input, expected }) => {
		expect(readFilterSpec(input)).toEqual(expected);
	});
});
