/**
 * A dataset name not yet taken, for "keep both" on a re-import: "orders" → "orders (2)", or
 * "(3)" when that is taken too. A name that already ends in " (n)" counts on from its stem, so
 * keeping a third copy of "orders (2)" gives "orders (3)", not "orders (2) (2)".
 */
export function freeName(name: string, taken: Iterable<string>): string {
	const used = new Set(taken);
	if (!used.has(name)) return name;
	const stem = name.replace(/ \(\d+\)$/, '');
	for (let n = 2; ; n++) {
		const candidate = `${stem} (${n})`;
		if (!used.has(candidate)) return candidate;
	}
}
