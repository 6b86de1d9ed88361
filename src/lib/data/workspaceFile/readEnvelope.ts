// First check of an uncompressed container: magic, lengths, header checksum, JSON. What it
// returns is still unchecked JSON; validateHeader gives it a type after migration.
import { crc32 } from './crc32';
import { MAGIC, PREAMBLE_BYTES } from './format';
import { WorkspaceFileProblem } from './WorkspaceFileProblem';

export interface Envelope {
	header: unknown;
	payload: Uint8Array;
}

export function hasMagic(bytes: Uint8Array): boolean {
	if (bytes.length < MAGIC.length) return false;
	for (let i = 0; i < MAGIC.length; i++) if (bytes[i] !== MAGIC[i]) return false;
	return true;
}

export function readEnvelope(bytes: Uint8Array): Envelope {
	if (!hasMagic(bytes)) throw new WorkspaceFileProblem('not_workspace_file');
	if (bytes.length < PREAMBLE_BYTES)
		throw new WorkspaceFileProblem('corrupt_file', { detail: 'file ends inside the preamble' });
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const length = view.getUint32(8, true);
	const expected = view.getUint32(12, true);
	if (PREAMBLE_BYTES + length > bytes.length)
		throw new WorkspaceFileProblem('corrupt_file', { detail: 'file ends inside the header' });
	const headerBytes = bytes.subarray(PREAMBLE_BYTES, PREAMBLE_BYTES + length);
	if (crc32(headerBytes) !== expected)
		throw new WorkspaceFileProblem('corrupt_file', { detail: 'header checksum' });
	let header: unknown;
	try {
		header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(headerBytes));
	} catch {
		throw new WorkspaceFileProblem('corrupt_file', { detail: 'header is not JSON' });
	}
	return { header, payload: bytes.subarray(PREAMBLE_BYTES + length) };
}
