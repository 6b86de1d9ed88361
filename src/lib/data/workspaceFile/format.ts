// The workspace file format (.crmwb), version 2. One gzip stream holding:
//   8 bytes  MAGIC ("CRMWB\0\r\n": the CR LF catches files mangled by text-mode transfers)
//   4 bytes  header length H (uint32, little-endian)
//   4 bytes  CRC-32 of the header bytes (uint32, little-endian)
//   H bytes  header: JSON, UTF-8 (WorkspaceHeader)
//   payload  column bytes; each column names its slice (offset, length, CRC-32) in the header.
// Version 2 packs each column before gzip (columnPack.ts: codes, days and money as varints,
// numbered ids as numbers) and names its packing in the column's `pack`. Version 1 stored the
// typed arrays as they are (little-endian, as on every browser platform) and labels as UTF-8
// joined by NUL, which the import removes from every cell; its headers are migrated to version 2
// as columns packed 'i32' / 'f64' / 'text', read by the same code (links made before stay valid).
import type { DatasetRecord, MappingRecord, SettingRecord } from '../db/records';
import type { StoredColumn } from '../validate/types';
import type { ColumnPack } from './columnPack';

export const FORMAT_NAME = 'crm-workbench';
export const CURRENT_VERSION = 2;
export const FILE_EXTENSION = '.crmwb';
export const MAGIC = new Uint8Array([0x43, 0x52, 0x4d, 0x57, 0x42, 0x00, 0x0d, 0x0a]);
/** MAGIC + header length + header CRC. */
export const PREAMBLE_BYTES = 16;

/** A slice of the payload. */
export interface PayloadRef {
	offset: number;
	length: number;
	crc32: number;
}

export type ColumnEntry =
	| {
			key: string;
			type: 'dict';
			codes: PayloadRef;
			labels: PayloadRef;
			count: number;
			pack: ColumnPack;
	  }
	| { key: string; type: 'day' | 'number'; values: PayloadRef; pack: ColumnPack };

export interface DatasetEntry {
	record: DatasetRecord;
	columns: ColumnEntry[];
}

/** The header of the current version. Older versions are migrated to it before use. */
export interface WorkspaceHeader {
	format: typeof FORMAT_NAME;
	version: typeof CURRENT_VERSION;
	/** ISO timestamp of the export (bookkeeping only). */
	createdAt: string;
	datasets: DatasetEntry[];
	settings: SettingRecord[];
	mappings: MappingRecord[];
	payloadBytes: number;
}

export interface WorkspaceDataset {
	record: DatasetRecord;
	columns: Record<string, StoredColumn>;
}

/** What a workspace file carries, in memory: the same shapes the Dexie store reads and writes. */
export interface WorkspaceSnapshot {
	createdAt: string;
	datasets: WorkspaceDataset[];
	settings: SettingRecord[];
	mappings: MappingRecord[];
}
