// A restore is held to the import's rules: each case is a value no import can produce,
// written into an otherwise good file; the whole file is refused with the rule, the dataset,
// the column and the row (or label) named. Before this check, all of them were restored.
import { describe, expect, it } from 'vitest';
import { dayFromYMD } from '../../analytics/dates';
import { MISSING_DAY } from '../../analytics/types';
import type { StoredColumn } from '../validate/types';
import { MAX_AMOUNT } from '../validate/DatasetBuilder';
import { decodeWorkspace } from './decodeWorkspace';
import { concatBytes, encodeWorkspace } from './encodeWorkspace';
import type { WorkspaceSnapshot } from './format';
import { snapshotFixture } from './snapshotFixture';
import { WorkspaceFileProblem } from './WorkspaceFileProblem';

type Tx = Record<'customerId' | 'date' | 'amount', StoredColumn>;

function fileWith(edit: (tx: Tx, snap: WorkspaceSnapshot) => void): Uint8Array {
	const snap = snapshotFixture();
	edit(snap.datasets[0].columns as Tx, snap);
	return concatBytes(encodeWorkspace(snap));
}

function refusal(bytes: Uint8Array): Record<string, unknown> | null {
	try {
		decodeWorkspace(bytes);
		return null;
	} catch (e) {
		if (!(e instanceof WorkspaceFileProblem)) throw e;
		const { detail: _d, ...values } = e.values;
		return { code: e.code, ...values };
	}
}

const amounts = (tx: Tx) => (tx.amount as { values: Float64Array }).values;
const days = (tx: Tx) => (tx.date as { values: Int32Array }).values;
const ids = (tx: Tx) => tx.customerId as { codes: Int32Array; labels: string[] };
const at = (row: number, rule: string) => ({
	code: 'refused_value',
	dataset: '名称 ds-a',
	row,
	rule
});

const cases: { name: string; edit: (tx: Tx) => void; expected: Record<string, unknown> }[] = [
	{
		name: 'an infinite amount',
		edit: (tx) => void (amounts(tx)[1] = Infinity),
		expected: { ...at(2, 'number_not_finite'), column: 'amount' }
	},
	{
		name: 'a missing (NaN) amount of a transaction',
		edit: (tx) => void (amounts(tx)[2] = NaN),
		expected: { ...at(3, 'value_missing'), column: 'amount' }
	},
	{
		name: 'an amount past 2^53 cents',
		edit: (tx) => void (amounts(tx)[4] = 1e300),
		expected: { ...at(5, 'number_too_large'), column: 'amount' }
	},
	{
		name: 'a day number two billion days out',
		edit: (tx) => void (days(tx)[0] = 2_000_000_000),
		expected: { ...at(1, 'day_out_of_range'), column: 'date' }
	},
	{
		name: 'the day after 9999-12-31',
		edit: (tx) => void (days(tx)[0] = dayFromYMD(9999, 12, 31) + 1),
		expected: { ...at(1, 'day_out_of_range'), column: 'date' }
	},
	{
		name: 'a transaction before 1900',
		edit: (tx) => void (days(tx)[3] = dayFromYMD(1899, 12, 31)),
		expected: { ...at(4, 'date_before_1900'), column: 'date' }
	},
	{
		name: 'a transaction without a date',
		edit: (tx) => void (days(tx)[3] = MISSING_DAY),
		expected: { ...at(4, 'value_missing'), column: 'date' }
	},
	{
		name: 'a transaction without a customer',
		edit: (tx) => void (ids(tx).codes[3] = -1),
		expected: { ...at(4, 'value_missing'), column: 'customerId' }
	},
	{
		name: 'an empty label',
		edit: (tx) => void (ids(tx).labels[2] = ''),
		expected: {
			code: 'refused_label',
			dataset: '名称 ds-a',
			column: 'customerId',
			label: 3,
			rule: 'label_empty'
		}
	},
	{
		name: 'a label twice in one dictionary',
		edit: (tx) => void (ids(tx).labels[2] = '00017'),
		expected: {
			code: 'refused_label',
			dataset: '名称 ds-a',
			column: 'customerId',
			label: 3,
			rule: 'label_duplicate'
		}
	},
	{
		name: 'a label longer than a cell may be',
		edit: (tx) => void (ids(tx).labels[1] = 'x'.repeat(32_768)),
		expected: {
			code: 'refused_label',
			dataset: '名称 ds-a',
			column: 'customerId',
			label: 2,
			rule: 'label_too_long'
		}
	}
];

describe('normaliseDataset (through decodeWorkspace)', () => {
	it.each(cases)('refuses $name', ({ edit, expected }) => {
		expect(refusal(fileWith(edit))).toEqual(expected);
	});

	it('accepts the limits themselves', () => {
		const bytes = fileWith((tx) => {
			amounts(tx)[0] = -MAX_AMOUNT;
			days(tx)[0] = dayFromYMD(1900, 1, 1);
			days(tx)[1] = dayFromYMD(9999, 12, 31);
			ids(tx).labels[1] = 'x'.repeat(32_767);
		});
		expect(refusal(bytes)).toBeNull();
	});

	it('stores -0 as 0, as an import does', () => {
		const back = decodeWorkspace(fileWith((tx) => void (amounts(tx)[2] = -0)));
		const a = back.datasets[0].columns.amount as { values: Float64Array };
		expect(Object.is(a.values[2], 0)).toBe(true);
	});

	it('allows blanks where an import keeps them: survey ids, other numbers and days', () => {
		const bytes = fileWith((_tx, snap) => {
			const d = snap.datasets[1];
			d.record.rows = 2;
			d.record.report = { ...d.record.report, rowsRead: 2, accepted: 2 };
			d.columns.q1 = { type: 'number', values: Float64Array.from([NaN, 3]) };
			d.columns.segment = { type: 'dict', codes: Int32Array.from([-1, 0]), labels: ['A'] };
		});
		expect(refusal(bytes)).toBeNull();
	});
});
