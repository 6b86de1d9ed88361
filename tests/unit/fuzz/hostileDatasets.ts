// fast-check generators of workspaces an import could have produced, with hostile names and
// values: prototype keys, HTML, formulas, emoji, direction overrides, NUL (in names and
// headers; labels never hold one: the import removes NULs), very long strings, and numbers
// and days at the limits an import accepts.
import fc from 'fast-check';
import { MISSING_DAY } from '../../../src/lib/analytics/types';
import type { DatasetRecord } from '../../../src/lib/data/db/records';
import type { Mapping } from '../../../src/lib/data/map/types';
import { DAY_1900, MAX_AMOUNT } from '../../../src/lib/data/validate/DatasetBuilder';
import type { Field, StoredColumn } from '../../../src/lib/data/validate/types';
import type {
	WorkspaceDataset,
	WorkspaceSnapshot
} from '../../../src/lib/data/workspaceFile/format';
import { FIRST_DAY, LAST_DAY } from '../../../src/lib/data/workspaceFile/normaliseDataset';
import { emptyReport } from '../../../src/lib/data/workspaceFile/readReport';
import { emptyRecord } from '../../../src/lib/analytics/emptyRecord';

export const HOSTILE = [
	'__proto__',
	'constructor',
	'toString',
	'hasOwnProperty',
	'valueOf',
	'prototype',
	'<img src=x onerror="window.__pwned=1">',
	'</script><script>alert(1)</script>',
	"=cmd|' /C calc'!A0",
	'\u00a0=1+1',
	'@SUM(A1)',
	'😀👍🏽👨‍👩‍👧',
	'客户 甲',
	'\u202eevil',
	'\u200b',
	' ',
	'"quoted, with comma"',
	'line\nbreak',
	'x'.repeat(10_000)
];

/** Any text a name or header may be (NUL included). */
export const hostileText = fc.oneof(
	{ weight: 2, arbitrary: fc.constantFrom(...HOSTILE) },
	{ weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
	{ weight: 1, arbitrary: fc.constant('nul\u0000inside') }
);

/** A dictionary label: no NUL, not empty (the import stores a blank cell as code -1). */
const label = fc.oneof(
	fc.constantFrom(...HOSTILE),
	fc
		.string({ unit: 'binary', minLength: 1, maxLength: 30 })
		.map((s) => s.split('\u0000').join(''))
		.filter((s) => s !== '')
);

/** Amounts and other numbers an import keeps: finite within ±MAX_AMOUNT, never -0. */
export const amount = fc
	.oneof(
		fc.double({ min: -MAX_AMOUNT, max: MAX_AMOUNT, noNaN: true }),
		fc.constantFrom(MAX_AMOUNT, -MAX_AMOUNT, 5e-324, 0.1, 0)
	)
	.map((x) => (x === 0 ? 0 : x));

const someDay = fc.oneof(
	fc.integer({ min: FIRST_DAY, max: LAST_DAY }),
	fc.constantFrom(FIRST_DAY, LAST_DAY, MISSING_DAY)
);

function dict(rows: number, required: boolean): fc.Arbitrary<StoredColumn> {
	return fc.uniqueArray(label, { minLength: 1, maxLength: 6 }).chain((labels) =>
		fc
			.array(fc.integer({ min: required ? 0 : -1, max: labels.length - 1 }), {
				minLength: rows,
				maxLength: rows
			})
			.map((codes) => ({ type: 'dict' as const, codes: Int32Array.from(codes), labels }))
	);
}

const numbers = (rows: number, blank: boolean): fc.Arbitrary<StoredColumn> =>
	fc
		.array(blank ? fc.oneof(amount, fc.constant(NaN)) : amount, {
			minLength: rows,
			maxLength: rows
		})
		.map((v) => ({ type: 'number' as const, values: Float64Array.from(v) }));

const days = (rows: number, tx: boolean): fc.Arbitrary<StoredColumn> =>
	fc
		.array(tx ? fc.integer({ min: DAY_1900, max: LAST_DAY }) : someDay, {
			minLength: rows,
			maxLength: rows
		})
		.map((v) => ({ type: 'day' as const, values: Int32Array.from(v) }));

function mappingOf(kind: DatasetRecord['kind'], fields: Field[]): Mapping {
	return {
		encoding: 'utf-8',
		delimiter: ',',
		hasHeader: true,
		kind,
		returns: 'net',
		dropDuplicates: false,
		columns: fields.map((f, index) => ({
			index,
			header: f.header,
			role: f.role,
			type: f.type === 'day' ? 'date' : f.type === 'number' ? 'number' : 'text'
		}))
	};
}

/** A transactions or customers dataset with 0–12 rows and 0–3 columns under hostile keys. */
export function dataset(id: string): fc.Arbitrary<WorkspaceDataset> {
	return fc
		.record({
			kind: fc.constantFrom('transactions' as const, 'customers' as const),
			rows: fc.integer({ min: 0, max: 12 }),
			name: hostileText,
			extraKeys: fc.uniqueArray(fc.constantFrom(...HOSTILE, 'a', 'b'), { maxLength: 3 }),
			headers: fc.array(hostileText, { minLength: 6, maxLength: 6 })
		})
		.chain(({ kind, rows, name, extraKeys, headers }) => {
			const tx = kind === 'transactions';
			const base: [Field, fc.Arbitrary<StoredColumn>][] = [
				[
					{ key: 'customerId', header: headers[0], role: 'customerId', type: 'dict' },
					dict(rows, true)
				],
				tx
					? [{ key: 'date', header: headers[1], role: 'date', type: 'day' }, days(rows, true)]
					: [
							{ key: 'signupDate', header: headers[1], role: 'signupDate', type: 'day' },
							days(rows, false)
						]
			];
			if (tx)
				base.push([
					{ key: 'amount', header: headers[2], role: 'amount', type: 'number' },
					numbers(rows, false)
				]);
			extraKeys.forEach((key, i) => {
				const header = headers[3 + i];
				const role = tx ? 'category' : 'attribute';
				// Transactions have one category column; further extras are ignored text.
				const r = tx && i > 0 ? 'ignore' : role;
				base.push(
					i % 2 === 0 || tx
						? [{ key, header, role: r, type: 'dict' }, dict(rows, false)]
						: [{ key, header, role: 'attribute', type: 'number' }, numbers(rows, true)]
				);
			});
			const fields = base.map(([f]) => f);
			return fc.tuple(...base.map(([, a]) => a)).map((cols): WorkspaceDataset => {
				const columns = emptyRecord<StoredColumn>();
				fields.forEach((f, i) => (columns[f.key] = cols[i]));
				const record: DatasetRecord = {
					id,
					name,
					kind,
					rows,
					fields,
					stats: { customers: rows, firstDay: null, lastDay: null, revenue: null },
					report: emptyReport(rows),
					mapping: mappingOf(kind, fields),
					sourceName: name,
					sourceBytes: 0,
					storedBytes: 0,
					importedAt: '2026-01-01T00:00:00.000Z'
				};
				return { record, columns };
			});
		});
}

export const workspace: fc.Arbitrary<WorkspaceSnapshot> = fc
	.record({
		datasets: fc
			.integer({ min: 0, max: 3 })
			.chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => dataset(`ds-${i}`)))),
		settings: fc.uniqueArray(
			fc.record({ key: hostileText, value: fc.jsonValue({ maxDepth: 2 }) }),
			{ maxLength: 3, selector: (s) => s.key }
		),
		mapping: fc.array(hostileText, { minLength: 1, maxLength: 3 })
	})
	.map(({ datasets, settings, mapping }) => ({
		createdAt: '2026-01-02T00:00:00.000Z',
		datasets,
		// JSON is what a file carries: a value reads back as JSON.parse(JSON.stringify(value)).
		settings: settings.map((s) => ({ key: s.key, value: JSON.parse(JSON.stringify(s.value)) })),
		mappings: [
			{
				signature: mapping.join('|'),
				savedAt: 'x',
				mapping: mappingOf(
					'customers',
					mapping.map((h, i) => ({
						key: `k${i}`,
						header: h,
						role: i === 0 ? 'customerId' : 'attribute',
						type: 'dict'
					}))
				)
			}
		]
	}));
