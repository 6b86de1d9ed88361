// What to tell a user whose import did not fit in the browser's storage: how much it needs,
// how much is free, and the fewest stored datasets (largest first) whose deletion would make
// room. Sizes are estimates: the browser's own accounting differs from our byte counts.

export interface StoredSize {
	id: string;
	name: string;
	storedBytes: number;
}

export interface QuotaAdvice {
	neededBytes: number;
	/** Free bytes by the browser's estimate; null when the browser gives none. */
	freeBytes: number | null;
	/** Datasets to delete, largest first; empty when deleting all of them would not be enough. */
	deletable: StoredSize[];
	/** Bytes the deletable datasets hold. */
	freedBytes: number;
}

export function quotaAdvice(
	neededBytes: number,
	storage: { usage: number; quota: number } | null,
	datasets: StoredSize[]
): QuotaAdvice {
	const freeBytes = storage ? Math.max(0, storage.quota - storage.usage) : null;
	const shortfall = Math.max(0, neededBytes - (freeBytes ?? 0));
	const bySize = [...datasets].sort((a, b) => b.storedBytes - a.storedBytes);
	const deletable: StoredSize[] = [];
	let freedBytes = 0;
	for (const d of bySize) {
		if (freedBytes >= shortfall && deletable.length > 0) break;
		deletable.push(d);
		freedBytes += d.storedBytes;
	}
	if (freedBytes < shortfall) return { neededBytes, freeBytes, deletable: [], freedBytes: 0 };
	return { neededBytes, freeBytes, deletable, freedBytes };
}
