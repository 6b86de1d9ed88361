import { describe, expect, it } from 'vitest';
import { packLabels, transferables, unpackLabels } from './packLabels';
import type { ColumnarDataset } from './toTables';

describe('packLabels', () => {
	const ds: ColumnarDataset = {
		rows: 3,
		fields: [
			{ key: 'customerId', header: 'id', role: 'customerId', type: 'dict' },
			{ key: 'amount', header: 'amount', role: 'amount', type: 'number' },
			{ key: 'category', header: 'c', role: 'category', type: 'dict' }
		],
		columns: {
			customerId: { type: 'dict', codes: Int32Array.of(0, 1, 0), labels: ['00017', '客户 2'] },
			amount: { type: 'number', values: Float64Array.of(1, -2, 0) },
			category: { type: 'dict', codes: Int32Array.of(-1, -1, -1), labels: [] }
		}
	};
	it('round-trips labels (including none) and keeps typed arrays', () => {
		const packed = packLabels(ds);
		expect(packed.columns.customerId).toMatchObject({
			type: 'dictPacked',
			labels: '00017\u0000客户 2'
		});
		const back = unpackLabels(structuredClone(packed));
		expect(back).toEqual(ds);
		expect(transferables(packed)).toHaveLength(3);
	});
	it('a single empty-string label is not lost', () => {
		// An empty label never occurs (empty cells are missing, code -1), so '' means no labels.
		const one = unpackLabels(
			packLabels({
				...ds,
				columns: { customerId: { type: 'dict', codes: Int32Array.of(0), labels: ['x'] } }
			})
		);
		expect(one.columns.customerId).toEqual({
			type: 'dict',
			codes: Int32Array.of(0),
			labels: ['x']
		});
	});
});
