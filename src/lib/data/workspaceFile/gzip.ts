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

/** Rejects on a damaged or truncated stream. */
export function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
	return pipe([bytes as BlobPart], new DecompressionStream('gzip'));
}
