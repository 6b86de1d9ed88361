// A dataset record from a file: the fields needed to read its columns, the statistics, the
// report and the mapping are checked strictly when present; bookkeeping fields a file may
// lack (older or hand-made files) get defaults.
import { DATASET_KINDS, KIND_ROLES, type DatasetKind, type Mapping } from '../map/types';
import type { DatasetRecord } from '../db/records';
import type { DatasetStats, Field } from '../validate/types';
import {
	array,
	count,
	finiteOrNull,
	invalid,
	isCount,
	isString,
	object,
	optional,
	string
} from './check';
import { isCurrencyCode } from '../../analytics/currency';
import { MAX_SURVEY_ITEMS, MAX_TABLE_COLUMNS } from '../pipeline/problems';
import { FIRST_DAY, LAST_DAY } from './normaliseDataset';
import { WorkspaceFileProblem } from './WorkspaceFileProblem';
import { readMapping } from './readMapping';
import { readReport } from './readReport';

const ROLES = new Set<string>([...Object.values(KIND_ROLES).flat(), 'ignore']);
const COLUMN_TYPES = new Set(['dict', 'day', 'number']);

function readFields(v: unknown, path: string): Field[] {
	const keys = new Set<string>();
	return array(v, path).map((raw, i) => {
		const p = `${path}[${i}]`;
		const f = object(raw, p);
		const key = string(f.key, `${p}.key`);
		if (key === '' || keys.has(key)) invalid(`${p}.key`);
		keys.add(key);
		const role = string(f.role, `${p}.role`);
		if (!ROLES.has(role)) invalid(`${p}.role`);
		const type = string(f.type, `${p}.type`);
		if (!COLUMN_TYPES.has(type)) invalid(`${p}.type`);
		return {
			key,
			header: optional(f.header, isString, key),
			role: role as Field['role'],
			type: type as Field['type']
		};
	});
}

/** A day of the statistics: a date the import accepts, or none. */
function dayOrNull(v: unknown, path: string): number | null {
	const d = finiteOrNull(v ?? null, path);
	return d === null || (Number.isInteger(d) && d >= FIRST_DAY && d <= LAST_DAY) ? d : invalid(path);
}

function readStats(v: unknown, path: string): DatasetStats {
	if (v === undefined) return { customers: 0, firstDay: null, lastDay: null, revenue: null };
	const s = object(v, path);
	return {
		customers: count(s.customers, `${path}.customers`),
		firstDay: dayOrNull(s.firstDay, `${path}.firstDay`),
		lastDay: dayOrNull(s.lastDay, `${path}.lastDay`),
		revenue: finiteOrNull(s.revenue ?? null, `${path}.revenue`)
	};
}

/**
 * The mapping a dataset was imported with, checked like a remembered one; a file without one
 * gets its fields as columns.
 */
function mappingOf(v: unknown, kind: DatasetKind, fields: Field[], path: string): Mapping {
	if (v !== undefined) {
		const mapping = readMapping(v, path);
		if (mapping.kind !== kind) invalid(`${path}.kind`);
		return mapping;
	}
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

export function restoreRecord(raw: unknown, path: string, createdAt: string): DatasetRecord {
	const r = object(raw, path);
	const id = string(r.id, `${path}.id`);
	if (id === '') invalid(`${path}.id`);
	const kind = string(r.kind, `${path}.kind`) as DatasetKind;
	if (!DATASET_KINDS.includes(kind)) invalid(`${path}.kind`);
	const rows = count(r.rows, `${path}.rows`);
	const fields = readFields(r.fields, `${path}.fields`);
	// The import's limits (pipeline/problems.ts), checked before any column is read.
	const name = optional(r.name, isString, id);
	const items = fields.filter((f) => f.role === 'item').length;
	if (fields.length > MAX_TABLE_COLUMNS)
		throw new WorkspaceFileProblem('too_many_columns', {
			dataset: name,
			n: fields.length,
			limit: MAX_TABLE_COLUMNS,
			detail: `${path}.fields`
		});
	if (kind === 'survey' && items > MAX_SURVEY_ITEMS)
		throw new WorkspaceFileProblem('too_many_items', {
			dataset: name,
			n: items,
			limit: MAX_SURVEY_ITEMS,
			detail: `${path}.fields`
		});
	const record: DatasetRecord = {
		id,
		name,
		kind,
		rows,
		fields,
		stats: readStats(r.stats, `${path}.stats`),
		report: readReport(r.report, rows, `${path}.report`),
		mapping: mappingOf(r.mapping, kind, fields, `${path}.mapping`),
		sourceName: optional(r.sourceName, isString, ''),
		sourceBytes: optional(r.sourceBytes, isCount, 0),
		// Recomputed from the columns once they are read.
		storedBytes: 0,
		importedAt: optional(r.importedAt, isString, createdAt)
	};
	if (isString(r.sample)) record.sample = r.sample;
	// Optional (files written before currencies were known have none); a code off the known
	// list is refused rather than shown beside every amount.
	if (r.currency !== undefined) {
		if (!isCurrencyCode(r.currency)) invalid(`${path}.currency`);
		record.currency = r.currency;
	}
	return record;
}
