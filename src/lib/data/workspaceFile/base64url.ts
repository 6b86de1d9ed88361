// base64url (RFC 4648 §5, no padding): bytes ↔ text that can sit in a URL fragment unescaped.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const INDEX = (() => {
	const t = new Int16Array(128).fill(-1);
	for (let i = 0; i < ALPHABET.length; i++) t[ALPHABET.charCodeAt(i)] = i;
	return t;
})();

export function toBase64url(bytes: Uint8Array): string {
	const out: string[] = [];
	let chunk = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
		const left = bytes.length - i;
		chunk += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63];
		if (left > 1) chunk += ALPHABET[(n >> 6) & 63];
		if (left > 2) chunk += ALPHABET[n & 63];
		// Joining short pieces keeps string building linear for megabyte inputs.
		if (chunk.length >= 8192) {
			out.push(chunk);
			chunk = '';
		}
	}
	out.push(chunk);
	return out.join('');
}

/** The bytes, or null when the text is not base64url (a link cut short or mistyped). */
export function fromBase64url(text: string): Uint8Array | null {
	const s = text.replace(/=+$/, '');
	if (s.length % 4 === 1) return null;
	const out = new Uint8Array(Math.floor((s.length * 3) / 4));
	let o = 0;
	for (let i = 0; i < s.length; i += 4) {
		let n = 0;
		const take = Math.min(4, s.length - i);
		for (let k = 0; k < 4; k++) {
			let v = 0;
			if (k < take) {
				const c = s.charCodeAt(i + k);
				v = c < 128 ? INDEX[c] : -1;
				if (v < 0) return null;
			}
			n = (n << 6) | v;
		}
		out[o++] = (n >> 16) & 255;
		if (take > 2) out[o++] = (n >> 8) & 255;
		if (take > 3) out[o++] = n & 255;
	}
	return out;
}
