import { describe, expect, it } from 'vitest';
import { normalizeHeader, roleFromHeader } from './headerSynonyms';

// Headers as exports and the docs' SQL write them, and the role a reader would give each.
const cases: [string, string | null][] = [
	['customer_id', 'customerId'],
	['frequency', 'frequency'],
	['t_x', 'recency'],
	['T', 'T'],
	['monetary_value', 'monetary'],
	['mean_repeat_spend', 'monetary'], // docs/sql/btyd.duckdb.sql's own name
	['平均消费', 'monetary'],
	['favourite colour', null]
];

describe('roleFromHeader', () => {
	it.each(cases)('%s → %s', (header, role) => {
		expect(roleFromHeader(header)).toBe(role);
	});

	it('ignores case, spaces and punctuation', () => {
		expect(normalizeHeader(' Mean-Repeat Spend ')).toBe('meanrepeatspend');
	});
});
