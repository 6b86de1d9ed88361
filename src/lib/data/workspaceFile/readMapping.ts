// A column mapping from a file or link, checked field by field and rebuilt, so nothing but
// the fields an import reads comes in (a mapping steers every later import of a file with the
// same headers, and a dataset's mapping is shown and re-used).
import { DATASET_KINDS, KIND_ROLES, type ColumnSpec, type Mapping } from '../map/types';
import { DELIMITERS } from '../sniff/detectDelimiter';
import { ENCODINGS } from '../sniff/detectEncoding';
import { DATE_FORMATS } from '../values/parseDate';
import { array, boolean, count, object, oneOf, string } from './check';

const ROLES = [...new Set([...Object.values(KIND_ROLES).flat(), 'ignore'])] as ColumnSpec['role'][];
const VALUE_TYPES: ColumnSpec['type'][] = ['id', 'text', 'number', 'date'];
const DECIMALS: NonNullable<ColumnSpec['decimal']>[] = ['.', ','];

function readColumnSpec(v: unknown, path: string): ColumnSpec {
	const c = object(v, path);
	const spec: ColumnSpec = {
		index: count(c.index, `${path}.index`),
		header: string(c.header, `${path}.header`),
		role: oneOf(c.role, ROLES, `${path}.role`),
		type: oneOf(c.type, VALUE_TYPES, `${path}.type`)
	};
	if (c.dateFormat !== undefined)
		spec.dateFormat = oneOf(c.dateFormat, DATE_FORMATS, `${path}.dateFormat`);
	if (c.decimal !== undefined) spec.decimal = oneOf(c.decimal, DECIMALS, `${path}.decimal`);
	return spec;
}

export function readMapping(v: unknown, path: string): Mapping {
	const m = object(v, path);
	return {
		encoding: oneOf(m.encoding, ENCODINGS, `${path}.encoding`),
		delimiter: oneOf(m.delimiter, DELIMITERS, `${path}.delimiter`),
		hasHeader: boolean(m.hasHeader, `${path}.hasHeader`),
		kind: oneOf(m.kind, DATASET_KINDS, `${path}.kind`),
		returns: oneOf(m.returns, ['net', 'drop'] as const, `${path}.returns`),
		dropDuplicates: boolean(m.dropDuplicates, `${path}.dropDuplicates`),
		columns: array(m.columns, `${path}.columns`).map((c, i) =>
			readColumnSpec(c, `${path}.columns[${i}]`)
		),
		// The workbook sheet a dataset came from (issue 17): kept, never required.
		...(typeof m.sheet === 'string' ? { sheet: m.sheet } : {})
	};
}
