// Which of k partitions a customer's rows go to: a hash of the id, so every row of a customer
// lands in the same partition wherever it appears in the file (rows need not be sorted).

/** FNV-1a over the UTF-16 code units with a murmur3 finaliser, so sequential ids spread evenly. */
export function hashId(id: string): number {
	let h = 0x811c9dc5 | 0;
	for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	h ^= h >>> 16;
	return h >>> 0;
}

export function partitionOf(id: string, k: number): number {
	return hashId(id) % k;
}
