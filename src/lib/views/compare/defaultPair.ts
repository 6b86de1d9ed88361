// Which two datasets the Compare page opens on: the two most recently imported transaction
// datasets, older first (so the teaching sample stays A when a second file arrives).
export interface PairCandidate {
	id: string;
	kind: string;
	importedAt: string;
}

export function defaultPair(datasets: readonly PairCandidate[]): [string, string] | null {
	const tx = datasets
		.map((d, order) => ({ d, order }))
		.filter(({ d }) => d.kind === 'transactions')
		// ISO timestamps sort as text; equal ones keep the workspace's order.
		.sort((x, y) =>
			x.d.importedAt < y.d.importedAt ? -1 : x.d.importedAt > y.d.importedAt ? 1 : x.order - y.order
		);
	if (tx.length < 2) return null;
	return [tx[tx.length - 2].d.id, tx[tx.length - 1].d.id];
}
