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

function mapping(): Mapping {
	const r = recogniseLayout(HEADERS);
	if (!r) throw new Error('not recognised');
	return {
		encoding: 'utf-8',
		delimiter: ',',
		hasHeader: true,
		kind: 'transactions',
		returns: 'net',
		dropDuplicates: false,
		columns: HEADERS.map((header, index) => ({
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
	it.each(cases)('$name', ({ input, out, kept, unknown }) => {
		const m = mapping();
		const { rows: folded, report } = foldOrders(rows(input), m, m.layout!);
		expect(folded.map((r) => r.cells)).toEqual(out);
		expect(report.kept).toBe(kept);
		expect(report.unknownStatuses).toEqual(unknown ?? []);
	});
});
