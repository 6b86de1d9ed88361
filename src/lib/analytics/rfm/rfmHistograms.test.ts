import { describe, expect, it } from 'vitest';
import { customerTable } from '../customers/customerTable';
import { dayFromISO } from '../dates';
import { ledgerFixture, tenCustomers } from './ledgerFixture';
import { rfmHistograms } from './rfmHistograms';
import { rfmScores } from './rfmScores';

const table = customerTable(ledgerFixture(tenCustomers, '2024-12-31'), {
	asOf: dayFromISO('2024-12-31')
});

describe('rfmHistograms', () => {
	const h = rfmHistograms(table, rfmScores(table), { clip: 1 });
	const cases = [
		// Edges as in rfmScores.test.ts; score counts: R 2 per score; F 5 at 1, none at 2.
		{ dimension: 'recency', edges: [4.4, 16, 42, 96], counts: [2, 2, 2, 2, 2] },
		{ dimension: 'frequency', edges: [1, 1, 2.4, 4.4], counts: [5, 0, 1, 2, 2] },
		{ dimension: 'monetary', edges: [38, 80, 240, 440], counts: [2, 2, 2, 2, 2] }
	];
	it.each(cases)('$dimension carries its edges and score bars', ({ dimension, edges, counts }) => {
		const d = h.find((x) => x.dimension === dimension);
		d?.edges.forEach((e, k) => expect(e).toBeCloseTo(edges[k], 12));
		expect(d?.scoreBars.map((b) => b.count)).toEqual(counts);
		expect(d?.valueBars.reduce((s, b) => s + b.count, 0)).toBe(10);
	});
	it('drops M when the data has no amount', () => {
		const t = customerTable(
			ledgerFixture(
				tenCustomers.map(({ id, recency, frequency }) => ({ id, recency, frequency })),
				'2024-12-31'
			),
			{ asOf: dayFromISO('2024-12-31') }
		);
		expect(rfmHistograms(t, rfmScores(t)).map((x) => x.dimension)).toEqual([
			'recency',
			'frequency'
		]);
	});
});
