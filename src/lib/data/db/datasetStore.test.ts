import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { WorkbenchDB } from './schema';
import { deleteDataset, listDatasets, loadDataset, saveDataset } from './datasetStore';
import { importText } from '../pipeline/importBytes';
import type { Mapping } from '../map/types';

const mapping: Mapping = {
	encoding: 'utf-8',
	delimiter: ',',
	hasHeader: true,
	kind: 'transactions',
	returns: 'net',
	dropDuplicates: false,
	columns: [
		{ index: 0, header: 'id', role: 'customerId', type: 'id' },
		{ index: 1, header: 'date', role: 'date', type: 'date', dateFormat: 'ymd' },
		{ index: 2, header: 'amount', role: 'amount', type: 'number', decimal: '.' }
	]
};

function meta(id: string) {
	return {
		id,
		name: id,
		mapping,
		sourceName: `${id}.csv`,
		sourceBytes: 10,
		importedAt: '2026-01-01T00:00:00Z'
	};
}

describe('datasetStore', () => {
	it('round-trips a dataset across chunks with string ids intact', async () => {
		const db = new WorkbenchDB('t-roundtrip');
		const lines = ['id,date,amount'];
		for (let i = 0; i < 70_000; i++)
			lines.push(
				`${String(i % 1234).padStart(5, '0')},2024-01-${String((i % 28) + 1).padStart(2, '0')},${(i % 100) / 4}`
			);
		const ds = importText(lines.join('\n'), mapping, 30000);
		await saveDataset(db, ds, meta('a'));
		const back = await loadDataset(db, 'a');
		expect(back?.record.rows).toBe(70_000);
		const id = back!.columns.customerId;
		expect(id.type === 'dict' && id.labels[id.codes[1233]]).toBe('01233');
		const amount = back!.columns.amount;
		expect(amount.type === 'number' && amount.values[69_999]).toBe((69_999 % 100) / 4);
		expect(await db.chunks.count()).toBe(2);
		await deleteDataset(db, 'a');
		expect(await listDatasets(db)).toEqual([]);
		expect(await db.chunks.count()).toBe(0);
		expect(await db.dicts.count()).toBe(0);
	});

	it('leaves the database as it was when the transaction fails midway', async () => {
		const db = new WorkbenchDB('t-atomic');
		const ds = importText('id,date,amount\n1,2024-01-01,5', mapping, 30000);
		await saveDataset(db, ds, meta('first'));
		const bad = importText('id,date,amount\n2,2024-01-02,6', mapping, 30000);
		// A column that cannot be cloned into IndexedDB makes the chunk write fail after the record write.
		(bad.columns.amount as { values: unknown }).values = { slice: () => () => 0 };
		await expect(saveDataset(db, bad, meta('second'))).rejects.toBeTruthy();
		expect((await listDatasets(db)).map((d) => d.id)).toEqual(['first']);
		expect(await db.chunks.count()).toBe(1);
	});
});
