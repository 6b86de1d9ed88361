// A small cache per transaction table for the Segments & value analyses: customer metrics,
// scores, assignments, value vectors and clusters keyed by the settings that made them. Moving
// one control recomputes only what depends on it. A re-imported or forgotten dataset gets a new
// table object, which drops its entries (WeakMap).
const store = new WeakMap<object, Map<string, Map<string, unknown>>>();

/**
 * Entries kept per kind (the key's prefix before "|"). On a million customers one customer
 * table or sorted list weighs tens of megabytes, so the heavy kinds keep only a few.
 */
const KEEP: Record<string, number> = {
	metrics: 4,
	scores: 6,
	features: 2,
	elbow: 2,
	clusters: 4,
	list: 3,
	abc: 3,
	segmentsAt: 4
};
const KEEP_OTHER = 8;

export function memo<T>(owner: object, key: string, make: () => T): T {
	let kinds = store.get(owner);
	if (!kinds) store.set(owner, (kinds = new Map()));
	const kind = key.split('|', 1)[0];
	let entries = kinds.get(kind);
	if (!entries) kinds.set(kind, (entries = new Map()));
	if (entries.has(key)) {
		const hit = entries.get(key) as T;
		// Most recently used last, so the oldest is the one dropped.
		entries.delete(key);
		entries.set(key, hit);
		return hit;
	}
	const made = make();
	entries.set(key, made);
	const keep = KEEP[kind] ?? KEEP_OTHER;
	while (entries.size > keep) entries.delete(entries.keys().next().value as string);
	return made;
}

const ids = new WeakMap<object, number>();
let nextId = 1;

/** A number naming an object for as long as it lives, for keys that join two tables. */
export function idOf(o: object): number {
	let id = ids.get(o);
	if (id === undefined) ids.set(o, (id = nextId++));
	return id;
}
