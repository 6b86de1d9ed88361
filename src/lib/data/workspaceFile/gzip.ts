// gzip through the platform's Compression Streams (browsers and Node 20): no library needed.

export const GZIP_MAGIC = [0x1f, 0x8b] as const;

export function isGzip(bytes: Uint8Array): boolean {
	return bytes.length >= 2 && bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
}

async function pipe(parts: BlobPart[], stream: GenericTransformStream): Promise<Uint8Array> {
	const out = new Blob(parts).stream().pipeThrough(stream);
	return new Uint8Array(await new Response(out).arrayBuffer());
}

export function gzip(parts: Uint8Array[]): Promise<Uint8Array> {
	return pipe(parts as BlobPart[], new CompressionStream('gzip'));
}

/** The inflated stream would pass `limit` bytes: reading stopped there. */
export class InflateLimitError extends Error {
	constructor(public limit: number) {
		super(`inflates past ${limit} bytes`);
	}
}

/**
 * Rejects on a damaged or truncated stream, and with InflateLimitError as soon as the output
 * passes `limit` bytes: the stream is read chunk by chunk and cancelled there, so a small
 * file that inflates to gigabytes (a "zip bomb") never gets further than the limit.
 */
export async function gunzip(bytes: Uint8Array, limit = Infinity): Promise<Uint8Array> {
	const reader = new Blob([bytes as BlobPart])
		.stream()
		.pipeThrough(new DecompressionStream('gzip'))
		.getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		total += value.length;
		if (total > limit) {
			await reader.cancel().catch(() => {});
			throw new InflateLimitError(limit);
		}
		chunks.push(value);
	}
	const out = new Uint8Array(total);
	let at = 0;
	for (const c of chunks) {
		out.set(c, at);
		at += c.length;
	}
	return out;
}
