// Serializes a workspace snapshot into the uncompressed container (see format.ts) as a list
// of byte parts, so a large workspace is never copied into one buffer before gzip. Every column
// is packed (columnPack.ts) first: the same bytes serve workspace files and share links.
import { packColumn } from './columnPack';
import { crc32 } from './crc32';
import {
	CURRENT_VERSION,
	FORMAT_NAME,
	MAGIC,
	PREAMBLE_BYTES,
	type ColumnEntry,
	type PayloadRef,
	type WorkspaceHeader,
	type WorkspaceSnapshot
} from './format';

export function encodeWorkspace(snapshot: WorkspaceSnapshot): Uint8Array[] {
	const payload: Uint8Array[] = [];
	let offset = 0;
	const add = (bytes: Uint8Array): PayloadRef => {
		const ref = { offset, length: bytes.length, crc32: crc32(bytes) };
		payload.push(bytes);
		offset += bytes.length;
		return ref;
	};
	const encoder = new TextEncoder();
	const datasets = snapshot.datasets.map(({ record, columns }) => ({
		record,
		columns: record.fields.map((f): ColumnEntry => {
			const c = columns[f.key];
			const { pack, parts } = packColumn(c);
			if (c.type === 'dict')
				return {
					key: f.key,
					type: 'dict',
					codes: add(parts[0]),
					labels: add(parts[1]),
					count: c.labels.length,
					pack
				};
			return { key: f.key, type: c.type, values: add(parts[0]), pack };
		})
	}));
	const header: WorkspaceHeader = {
		format: FORMAT_NAME,
		version: CURRENT_VERSION,
		createdAt: snapshot.createdAt,
		datasets,
		settings: snapshot.settings,
		mappings: snapshot.mappings,
		payloadBytes: offset
	};
	const headerBytes = encoder.encode(JSON.stringify(header));
	const preamble = new Uint8Array(PREAMBLE_BYTES);
	preamble.set(MAGIC, 0);
	const view = new DataView(preamble.buffer);
	view.setUint32(8, headerBytes.length, true);
	view.setUint32(12, crc32(headerBytes), true);
	return [preamble, headerBytes, ...payload];
}

/** The parts joined (for tests and share links, which are small). */
export function concatBytes(parts: Uint8Array[]): Uint8Array {
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out;
}
