// Snapshot ↔ the bytes of a .crmwb file or a share link (the container, gzipped).
import { decodeWorkspace } from './decodeWorkspace';
import { encodeWorkspace } from './encodeWorkspace';
import type { WorkspaceSnapshot } from './format';
import { gunzip, gzip, isGzip } from './gzip';
import { hasMagic } from './readEnvelope';
import { WorkspaceFileProblem } from './WorkspaceFileProblem';

export function packWorkspace(snapshot: WorkspaceSnapshot): Promise<Uint8Array> {
	return gzip(encodeWorkspace(snapshot));
}

/** Reads a file's bytes: gzipped (as written) or an uncompressed container. */
export async function unpackWorkspace(bytes: Uint8Array): Promise<WorkspaceSnapshot> {
	if (hasMagic(bytes)) return decodeWorkspace(bytes);
	if (!isGzip(bytes)) throw new WorkspaceFileProblem('not_workspace_file');
	let inner: Uint8Array;
	try {
		inner = await gunzip(bytes);
	} catch {
		throw new WorkspaceFileProblem('corrupt_file', { detail: 'the compressed stream is damaged' });
	}
	return decodeWorkspace(inner);
}
