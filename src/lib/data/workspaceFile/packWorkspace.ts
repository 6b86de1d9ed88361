// Snapshot ↔ the bytes of a .crmwb file or a share link (the container, gzipped).
import { decodeWorkspace } from './decodeWorkspace';
import { encodeWorkspace } from './encodeWorkspace';
import type { WorkspaceSnapshot } from './format';
import { gunzip, gzip, InflateLimitError, isGzip } from './gzip';
import { hasMagic } from './readEnvelope';
import { WorkspaceFileProblem } from './WorkspaceFileProblem';

export function packWorkspace(snapshot: WorkspaceSnapshot): Promise<Uint8Array> {
	return gzip(encodeWorkspace(snapshot));
}

/**
 * The most a workspace file may hold unpacked. A million-row dataset of five columns is
 * about 25 MB unpacked; the limit leaves room for several such, and stops a 4 MB file that
 * would inflate to gigabytes before the tab runs out of memory.
 */
export const MAX_FILE_INFLATED = 512 * 1024 * 1024;
/** The most a link may hold unpacked: it carries at most 1.5 MB packed (SHARE_MAX_BYTES). */
export const MAX_LINK_INFLATED = 64 * 1024 * 1024;

/**
 * Reads a file's bytes: gzipped (as written) or an uncompressed container, refusing more than
 * `limit` bytes unpacked (checked while inflating) with a message naming the limit.
 */
export async function unpackWorkspace(
	bytes: Uint8Array,
	{ limit = MAX_FILE_INFLATED, source = 'file' }: { limit?: number; source?: 'file' | 'link' } = {}
): Promise<WorkspaceSnapshot> {
	const tooLarge = () =>
		new WorkspaceFileProblem('too_large', {
			limit,
			source,
			detail: `unpacked over ${limit} bytes`
		});
	if (hasMagic(bytes)) {
		if (bytes.length > limit) throw tooLarge();
		return decodeWorkspace(bytes);
	}
	if (!isGzip(bytes)) throw new WorkspaceFileProblem('not_workspace_file');
	let inner: Uint8Array;
	try {
		inner = await gunzip(bytes, limit);
	} catch (e) {
		if (e instanceof InflateLimitError) throw tooLarge();
		throw new WorkspaceFileProblem('corrupt_file', { detail: 'the compressed stream is damaged' });
	}
	return decodeWorkspace(inner);
}
