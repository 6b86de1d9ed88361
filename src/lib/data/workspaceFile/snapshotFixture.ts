// A small workspace for the format tests: every column type, a missing id (code -1), a
// missing amount (NaN), Chinese labels, a label that is an empty string, and a dataset of 0 rows.
import type { DatasetRecord } from '../db/records';
import type { Mapping } from '../map/types';
import type { StoredColumn, ValidationReport } from '../validate/types';
import type { WorkspaceSnapshot } from './format';
import { MAX_AMOUNT } from '../validate/DatasetBuilder';

const report = (rows: number): ValidationReport => ({
	rowsRead: rows,
	accepted: rows,
	emptyRows: 0,
	rejected: { total: 0, byReason: {}, examples: [] },
	duplicates: 0,
	zeroAmounts: 0,
	negativeAmounts: 0,
	negativeTotal: 0,
	blankedCells: 0,
	nulRemoved: 0,
	replacedChars: 0
});

const mapping = (kind: Mapping['kind']): Mapping => ({
	encoding: 'utf-8',
	delimiter: ',',
	hasHeader: true,
	kind,
	returns: 'net',
	dropDuplicates: false,
	columns: []
});

function record(
	id: string,
	kind: DatasetRecord['kind'],
	rows: number,
	columns: Record<string, StoredColumn>,
	roles: Record<string, DatasetRecord['fields'][number]['role']>
): DatasetRecord {
	return {
		id,
		name: `名称 ${id}`,
		kind,
		rows,
		fields: Object.entries(columns).map(([key, c]) => ({
			key,
			header: key,
			role: roles[key],
			type: c.type
		})),
		stats: { customers: 2, firstDay: 19000, lastDay: 19010, revenue: 12.5 },
		report: report(rows),
		mapping: mapping(kind),
		sourceName: `${id}.csv`,
		sourceBytes: 100,
		storedBytes: 0,
		importedAt: '2025-01-01T00:00:00.000Z'
	};
}

export function snapshotFixture(): WorkspaceSnapshot {
	const tx: Record<string, StoredColumn> = {
		customerId: {
			type: 'dict',
			codes: Int32Array.from([0, 1, 0, 1, 2]),
			labels: ['00017', '客户乙', 'C3']
		},
		date: { type: 'day', values: Int32Array.from([19000, 19001, 19005, 19007, 19010]) },
		// MAX_AMOUNT: the largest amount an import accepts.
		amount: { type: 'number', values: Float64Array.from([10, -2.5, 0, 0.1, MAX_AMOUNT]) }
	};
	const survey: Record<string, StoredColumn> = {
		q1: { type: 'number', values: new Float64Array(0) },
		segment: { type: 'dict', codes: new Int32Array(0), labels: [] }
	};
	return {
		createdAt: '2025-02-03T04:05:06.000Z',
		datasets: [
			{
				record: record('ds-a', 'transactions', 5, tx, {
					customerId: 'customerId',
					date: 'date',
					amount: 'amount'
				}),
				columns: tx
			},
			{
				record: record('ds-b', 'survey', 0, survey, { q1: 'item', segment: 'group' }),
				columns: survey
			}
		],
		settings: [
			{ key: 'workspace.name', value: '我的工作区' },
			{ key: 'workspace.selected', value: { transactions: 'ds-a' } }
		],
		mappings: [{ signature: 'id|date|amount', mapping: mapping('transactions'), savedAt: 'x' }]
	};
}
