// The wallet-share panel's data on the teaching sample: each respondent's point carries the
// predicted CLV given for their customer id (null when there is none) and the model it came
// from; without predictions the points carry spend only. Spend is checked against the CSV.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dayFromISO } from '../../analytics/dates';
import { importBytes } from '../../data/pipeline/importBytes';
import { previewFile } from '../../data/pipeline/previewFile';
import {
	toSurveyTable,
	toTransactionTable,
	type ColumnarDataset
} from '../../data/tables/toTables';
import { crossbuyOverview } from './crossbuyOverview';

const S = 'static/samples/retail/';
function load(name: string): ColumnarDataset {
	const bytes = readFileSync(S + name);
	return importBytes(bytes, previewFile(bytes, name, {}).mapping, 1 << 20);
}

describe('crossbuyOverview wallet panel', () => {
	const tx = toTransactionTable(load('transactions.csv'));
	const survey = toSurveyTable(load('survey.csv'));
	const spend = new Map<string, number>();
	for (const line of readFileSync(S + 'transactions.csv', 'utf8')
		.trim()
		.split('\n')
		.slice(1)) {
		const [, id, , amount] = line.split(',');
		spend.set(id, (spend.get(id) ?? 0) + Number(amount));
	}
	const cases = [
		{ name: 'with predictions', clv: true },
		{ name: 'without predictions', clv: false }
	];
	it.each(cases)('$name', ({ clv }) => {
		const ids = [...spend.keys()].filter((id) => Number(id.slice(1)) % 2 === 0);
		const r = crossbuyOverview({
			tx,
			customers: null,
			survey,
			groupBy: null,
			clv: clv
				? {
						ids,
						clv: ids.map((id) => Number(id.slice(1))),
						basis: 'clv',
						model: 'bgnbd',
						asOf: dayFromISO('2025-01-01'),
						horizonMonths: 12
					}
				: null
		});
		const w = r.wallet!;
		expect(w.clv).toEqual(
			clv ? { model: 'bgnbd', asOf: dayFromISO('2025-01-01'), horizonMonths: 12 } : null
		);
		expect(w.points.length).toBeGreaterThan(1000);
		for (const p of w.points) {
			expect(p.revenue).toBeCloseTo(spend.get(p.id)!, 2);
			const even = Number(p.id.slice(1)) % 2 === 0;
			expect(p.clv).toBe(clv && even ? Number(p.id.slice(1)) : null);
		}
	});
});
