// Datasets in a link: the packed workspace as base64url in the URL fragment (`#data=…`),
// which browsers keep on the device: it is never sent to the server that hosts the app.
import { fromBase64url, toBase64url } from './base64url';
import { WorkspaceFileProblem } from './WorkspaceFileProblem';

/** Above this many packed bytes a link gets a warning: chat apps and mail may cut it. */
export const SHARE_WARN_BYTES = 200 * 1024;
/** Chromium refuses URLs over 2 MB; base64 adds a third. */
export const SHARE_MAX_BYTES = 1500 * 1024;
/** The longest fragment a link made by this app can have; a longer one is not decoded. */
export const MAX_FRAGMENT_CHARS = Math.ceil((SHARE_MAX_BYTES * 4) / 3) + 64;

export function toShareFragment(packed: Uint8Array): string {
	return `data=${toBase64url(packed)}`;
}

/** The packed bytes a fragment carries; null when it carries none. */
export function fromShareFragment(hash: string): Uint8Array | null {
	// Checked before any parsing or decoding, which would copy the text several times.
	if (hash.length > MAX_FRAGMENT_CHARS) {
		if (!/^#?data=/.test(hash)) return null;
		throw new WorkspaceFileProblem('link_too_long', {
			size: hash.length,
			limit: MAX_FRAGMENT_CHARS
		});
	}
	const params = new URLSearchParams(hash.replace(/^#/, ''));
	const data = params.get('data');
	if (data === null) return null;
	const bytes = fromBase64url(data.trim());
	if (!bytes || bytes.length === 0)
		throw new WorkspaceFileProblem('link_damaged', { detail: 'not base64url' });
	return bytes;
}
