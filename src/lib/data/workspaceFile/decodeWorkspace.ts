// The one restore path for an uncompressed container: envelope (magic, lengths, header
// checksum) → migrate the header to the current version → check types → read and checksum
// every column → hold every value to the import's rules (normaliseDataset) → fill defaults. It either returns a whole snapshot or throws a
// WorkspaceFileProblem; nothing is written anywhere until the caller stores the snapshot.
import type { MappingRecord, SettingRecord } from '../db/records';
import type { StoredColumn } from '../validate/types';
import { array, count, invalid, isString, object, optional, string } from './check';
import type { WorkspaceDataset, WorkspaceSnapshot } from './format';
import { migrateHeader } from './migrateHeader';
import { readColumns } from './readColumns';
import { normaliseDataset } from './normaliseDataset';
import { readEnvelope } from './readEnvelope';
import { readMapping } from './readMapping';
import { restoreRecord } from './restoreRecord';
import { WorkspaceFileProblem } from './WorkspaceFileProblem';

/** Same measure as the dataset store: typed-array bytes plus labels as UTF-16. */
function storedBytesOf(columns: Record<string, StoredColumn>): number {
	let n = 0;
	for (const c of Object.values(columns))
		n +=
			c.type === 'dict'
				? c.codes.byteLength + c.labels.reduce((s, l) => s + l.length * 2 + 1, 0)
				: c.values.byteLength;
	return n;
}

function readSettings(v: unknown): SettingRecord[] {
	if (v === undefined) return [];
	return array(v, 'settings').map((raw, i) => {
		const s = object(raw, `settings[${i}]`);
		return { key: string(s.key, `settings[${i}].key`), value: s.value };
	});
}

function readMappings(v: unknown): MappingRecord[] {
	if (v === undefined) return [];
	return array(v, 'mappings').map((raw, i) => {
		const m = object(raw, `mappings[${i}]`);
		return {
			signature: string(m.signature, `mappings[${i}].signature`),
			mapping: readMapping(m.mapping, `mappings[${i}].mapping`),
			savedAt: optional(m.savedAt, isString, '')
		};
	});
}

export function decodeWorkspace(bytes: Uint8Array): WorkspaceSnapshot {
	const { header: raw, payload } = readEnvelope(bytes);
	const h = migrateHeader(raw);
	if (count(h.payloadBytes, 'payloadBytes') !== payload.length)
		throw new WorkspaceFileProblem('corrupt_file', { detail: 'payload length' });
	const createdAt = optional(h.createdAt, isString, '');
	const ids = new Set<string>();
	const datasets = array(h.datasets, 'datasets').map((raw, i): WorkspaceDataset => {
		const path = `datasets[${i}]`;
		const entry = object(raw, path);
		const record = restoreRecord(entry.record, `${path}.record`, createdAt);
		if (ids.has(record.id)) invalid(`${path}.record.id`);
		ids.add(record.id);
		const columns = readColumns(record, entry.columns, payload, path);
		if (record.report.accepted !== record.rows) invalid(`${path}.record.report.accepted`);
		normaliseDataset(record, columns);
		record.storedBytes = storedBytesOf(columns);
		return { record, columns };
	});
	return {
		createdAt,
		datasets,
		settings: readSettings(h.settings),
		mappings: readMappings(h.mappings)
	};
}
