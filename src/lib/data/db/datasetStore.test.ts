import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { WorkbenchDB } from './schema';
import {
	deleteDataset,
	listDatasets,
	loadDataset,
	prepareDataset,
	saveDataset,
	writeDataset
} from './datasetStore';
import { importText } from '../pipeline/importBytes';
import type { Mapping } from '../map/types';
import { idDateAmountMapping } from '../../../../tests/helpers/idDateAmountMapping';

const mapping = idDateAmountMapping;

const orderMapping: Mapping = {
	...mapping,
	columns: [
		{ index: 0, header: 'id', role: 'customerId', type: 'id' },
		{ index: 1, header: 'order', role: 'orderId', type: 'id' },
		{ index: 2, header: 'date', role: 'date', type: 'date', dateFormat: 'ymd' },
		{ index: 3, header: 'amount', role: 'amount', type: 'number', decimal: '.' }
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
		const bad = prepareDataset(
			importText('id,date,amount\n2,2024-01-02,6', mapping, 30000),
			meta('second')
		);
		// A chunk that cannot be cloned into IndexedDB fails after the record has been written.
		(bad.chunks[0].columns as Record<string, unknown>).amount = () => 0;
		await expect(writeDataset(db, bad)).rejects.toBeTruthy();
		expect((await listDatasets(db)).map((d) => d.id)).toEqual(['first']);
		expect(await db.chunks.count()).toBe(1);
	});

	it('stores compactly and reads back every value exactly', async () => {
		const db = new WorkbenchDB('t-compact');
		const lines = ['id,order,date,amount'];
		for (let i = 0; i < 1000; i++)
			lines.push(
				`C${i % 37},${5000 + i},2024-02-${String((i % 28) + 1).padStart(2, '0')},${(((i * 7) % 1000) - 300) / 100}`
			);
		const ds = importText(lines.join('\n'), orderMapping, 30000);
		const p = prepareDataset(ds, meta('c'));
		// By hand: 37 customers → 1 byte codes; orders 5000… one per row → a sequence, labels as
		// integers; 28 days → 1 byte; amounts with cents → 4 bytes.
		const c = p.chunks[0];
		expect(c.columns.customerId).toBeInstanceOf(Uint8Array);
		expect(c.enc?.orderId).toEqual({ t: 'sequence', first: 0 });
		expect(p.dicts.find((d) => d.key === 'orderId')?.intsEnc).toEqual({
			t: 'sequence',
			first: 5000
		});
		expect(c.columns.date).toBeInstanceOf(Uint8Array);
		expect(c.enc?.amount).toEqual({ t: 'scaled', scale: 100 });
		expect(p.record.storedBytes).toBeLessThan(1000 * (1 + 1 + 4) + 4 * 1000 + 37 * 4);
		await writeDataset(db, p);
		const back = (await loadDataset(db, 'c'))!;
		for (const [key, col] of Object.entries(ds.columns)) {
			const got = back.columns[key];
			if (col.type === 'dict' && got.type === 'dict') {
				expect(Array.from(got.codes)).toEqual(Array.from(col.codes));
				expect(got.labels).toEqual(col.labels);
			} else if (col.type !== 'dict' && got.type !== 'dict')
				expect(Array.from(got.values)).toEqual(Array.from(col.values));
			else throw new Error(`${key} changed type`);
		}
	});

	it('reads datasets stored before the compact format (plain arrays, labels joined)', async () => {
		const db = new WorkbenchDB('t-legacy');
		const ds = importText('id,date,amount\n007,2024-01-01,5.5\n8,2024-01-03,6', mapping, 30000);
		const p = prepareDataset(ds, meta('old'));
		await db.datasets.put(p.record);
		await db.chunks.put({
			datasetId: 'old',
			index: 0,
			rows: 2,
			columns: {
				customerId: Int32Array.from([0, 1]),
				date: Int32Array.from([19723, 19725]),
				amount: Float64Array.from([5.5, 6])
			}
		});
		await db.dicts.put({ datasetId: 'old', key: 'customerId', labels: '007\u00008' });
		const back = (await loadDataset(db, 'old'))!;
		const id = back.columns.customerId;
		expect(id.type === 'dict' && id.labels).toEqual(['007', '8']);
		const amount = back.columns.amount;
		expect(amount.type === 'number' && Array.from(amount.values)).toEqual([5.5, 6]);
		const date = back.columns.date;
		expect(date.type === 'day' && Array.from(date.values)).toEqual([19723, 19725]);
	});
	it('replaces a dataset in the same transaction, moving its settings when the kind is the same', async () => {
		const db = new WorkbenchDB('t-replace');
		const text = 'id,date,amount\n1,2024-01-01,5';
		await saveDataset(db, importText(text, mapping, 30000), meta('old'));
		await db.settings.put({ key: 'view.old', value: { segments: { bins: 3 } } });
		const out = await writeDataset(
			db,
			prepareDataset(importText(text + '\n2,2024-01-02,6', mapping, 30000), meta('new')),
			'old'
		);
		expect(out.replaced?.old?.id).toBe('old');
		expect(out.replaced?.settingsMoved).toBe(true);
		expect((await listDatasets(db)).map((d) => d.id)).toEqual(['new']);
		expect(await db.chunks.where('datasetId').equals('old').count()).toBe(0);
		expect(await db.dicts.where('datasetId').equals('old').count()).toBe(0);
		expect(await db.settings.get('view.old')).toBeUndefined();
		expect((await db.settings.get('view.new'))?.value).toEqual({ segments: { bins: 3 } });
	});

	it('a replacement of another kind drops the old settings instead of moving them', async () => {
		const db = new WorkbenchDB('t-replace-kind');
		await saveDataset(db, importText('id,date,amount\n1,2024-01-01,5', mapping, 30000), {
			...meta('old'),
			name: 'x'
		});
		await db.settings.put({ key: 'view.old', value: { segments: { bins: 3 } } });
		const survey = prepareDataset(
			importText('id,date,amount\n1,2024-01-01,5', mapping, 30000),
			meta('new')
		);
		survey.record.kind = 'survey';
		const out = await writeDataset(db, survey, 'old');
		expect(out.replaced?.settingsMoved).toBe(false);
		expect(await db.settings.count()).toBe(0);
	});

	it('a failed replacement leaves the old dataset and its settings as they were', async () => {
		const db = new WorkbenchDB('t-replace-fail');
		const text = 'id,date,amount\n1,2024-01-01,5';
		await saveDataset(db, importText(text, mapping, 30000), meta('old'));
		await db.settings.put({ key: 'view.old', value: { segments: { bins: 3 } } });
		const bad = prepareDataset(importText(text, mapping, 30000), meta('new'));
		(bad.chunks[0].columns as Record<string, unknown>).amount = () => 0;
		await expect(writeDataset(db, bad, 'old')).rejects.toBeTruthy();
		expect((await listDatasets(db)).map((d) => d.id)).toEqual(['old']);
		expect(await db.chunks.where('datasetId').equals('old').count()).toBe(1);
		expect((await db.settings.get('view.old'))?.value).toEqual({ segments: { bins: 3 } });
	});
});
