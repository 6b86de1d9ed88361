// IndexedDB schema (Dexie). Datasets are stored columnar: one record per dataset, its column
// chunks (typed arrays of up to CHUNK_ROWS rows) and its dictionaries (id and category labels).
// Schema changes add a new version with a tested upgrade function (see migrations.ts).
import Dexie, { type Table } from 'dexie';
import type {
	DatasetRecord,
	ChunkRecord,
	DictRecord,
	MappingRecord,
	SettingRecord
} from './records';
import { declareVersions } from './migrations';

export const DB_NAME = 'crm-workbench';
export const CHUNK_ROWS = 65_536;

export class WorkbenchDB extends Dexie {
	datasets!: Table<DatasetRecord, string>;
	chunks!: Table<ChunkRecord, [string, number]>;
	dicts!: Table<DictRecord, [string, string]>;
	mappings!: Table<MappingRecord, string>;
	settings!: Table<SettingRecord, string>;

	constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
		super(name, options);
		declareVersions(this);
	}
}
