// foldOrders on literal rows: what a line-item export turns into, by hand.
import { describe, expect, it } from 'vitest';
import { recogniseLayout } from '../map/layouts/recogniseLayout';
import { roleType, type Mapping } from '../map/types';
import { foldOrders, type SourceRow } from './foldOrders';

const HEADERS = [
	'Receipt No',
	'Sale Time',
	'Member No',
	'Category',
	'Qty',
	'Line Amount',
	'Status'
];
const WITH_TOTAL = [...HEADERS, 'Receipt Total'];

function mapping(headers = HEADERS): Mapping {
	const r = recogniseLayout(headers);
	if (!r) throw new Error('not recognised');
	return {
		encoding: 'utf-8',
		delimiter: ',',
		hasHeader: true,
		kind: 'transactions',
		returns: 'net',
		dropDuplicates: false,
		columns: headers.map((header, index) => ({
			index,
			header,
			role: r.roles[index],
			type: roleType(r.roles[index], 'text'),
			decimal: '.'
		})),
		layout: r.layoutMapping
	};
}

const rows = (cells: string[][]): SourceRow[] => cells.map((c, i) => ({ cells: c, line: i + 2 }));

describe('foldOrders', () => {
	const cases: {
		name: string;
		input: string[][];
		out: string[][];
		kept: number;
		unknown?: string[];
	}[] = [
		{
			name: 'lines summed into the order, order fields from the first row, blank id continues',
			input: [
				['R1', '2024-05-01 09:00', 'M1', 'Tea', '2', '6.00', 'Completed'],
				['', '', '', 'Cake', '1', '4.50', ''],
				['R1', '', '', 'Tea', '1', '3.00', ''],
				['R2', '2024-05-02 10:00', ' M2 ', 'Cake', '1', '4.50', 'Completed']
			],
			out: [
				['R1', '2024-05-01 09:00', 'M1', 'Tea', '2', '6', 'Completed'],
				['R1', '2024-05-01 09:00', 'M1', 'Cake', '1', '4.5', 'Completed'],
				['R1', '2024-05-01 09:00', 'M1', 'Tea', '1', '3', 'Completed'],
				['R2', '2024-05-02 10:00', 'M2', 'Cake', '1', '4.5', 'Completed']
			],
			kept: 2
		},
		{
			name: 'voided receipt left out, unknown word counted as completed and listed',
			input: [
				['R1', '2024-05-01', 'M1', 'Tea', '1', '3.00', 'Voided'],
				['R2', '2024-05-01', 'M1', 'Tea', '1', '3.00', 'Layaway']
			],
			out: [['R2', '2024-05-01', 'M1', 'Tea', '1', '3', 'Layaway']],
			kept: 1,
			unknown: ['Layaway']
		},
		{
			name: 'a returned receipt: the purchase and a return row of the same amount',
			input: [['="00042"', '2024-05-03', "'0007", 'Tea', '2', '6.00', 'Returned']],
			out: [
				['00042', '2024-05-03', '0007', 'Tea', '2', '6', 'Returned'],
				['00042', '2024-05-03', '0007', 'Tea', '', '-6', 'Returned']
			],
			kept: 1
		}
	];
	it("an order total written once or repeated is the order's; one that differs per row is summed", () => {
		const m = mapping(WITH_TOTAL);
		const input = [
			['R1', '2024-05-01', 'M1', 'Tea', '1', '6.00', 'Completed', '9.00'],
			['R1', '', '', 'Cake', '1', '4.00', '', ''],
			['R2', '2024-05-01', 'M2', 'Tea', '1', '6.00', 'Completed', '5.00'],
			['R2', '2024-05-01', 'M2', 'Cake', '1', '4.00', 'Completed', '5.00']
		];
		const total = (rows: SourceRow[]) => rows.map((r) => Number(r.cells[7]));
		// R1: 9.00 spread 6:4 → 5.40 + 3.60; R2: 5.00 repeated → 3.00 + 2.00.
		expect(total(foldOrders(rows(input), m, m.layout!).rows)).toEqual([5.4, 3.6, 3, 2]);
		// A third receipt whose rows differ: the column holds line amounts; every order sums its rows.
		const perLine = [
			...input,
			['R3', '2024-05-02', 'M3', 'Tea', '1', '6.00', 'Completed', '7.00'],
			['R3', '2024-05-02', 'M3', 'Cake', '1', '4.00', 'Completed', '1.00']
		];
		const folded = foldOrders(rows(perLine), m, m.layout!);
		expect(total(folded.rows)).toEqual([9, 0, 5, 5, 7, 1]);
		expect(folded.report.amountFrom).toEqual({ orderTotal: 0, lineSum: 3, none: 0 });
	});

	it.each(cases)('$name', ({ input, out, kept, unknown }) => {
		const m = mapping();
		const { rows: folded, report } = foldOrders(rows(input), m, m.layout!);
		expect(folded.map((r) => r.cells)).toEqual(out);
		expect(report.kept).toBe(kept);
		expect(report.unknownStatuses).toEqual(unknown ?? []);
	});
});
