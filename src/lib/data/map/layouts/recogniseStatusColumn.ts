// A transactions file that is no known export but has an order status column: recognised when
// nine in ten of the column's sampled words are status words we know, so the status policy
// applies to it too ("Recognised: orders with a status column").
import { normalizeHeader } from '../headerSynonyms';
import type { ColumnSpec } from '../types';
import { genericOrders } from './genericOrders';
import type { Recognised } from './recogniseLayout';

export type { Recognised };
import { DEFAULT_STATUS_POLICY } from './types';

export function recogniseStatusColumn(
	headers: string[],
	body: string[][],
	columns: ColumnSpec[]
): Recognised | null {
	const norm = headers.map(normalizeHeader);
	const index = (names: string[]) => {
		for (const n of names) {
			const i = norm.indexOf(normalizeHeader(n));
			if (i >= 0 && columns[i]?.role === 'ignore') return i;
		}
		return null;
	};
	const vocabulary = new Map(
		Object.entries(genericOrders.statuses).map(([k, v]) => [k.toLowerCase(), v])
	);
	const status: number[] = [];
	for (const name of genericOrders.status) {
		const i = norm.indexOf(normalizeHeader(name));
		if (i < 0 || status.includes(i) || columns[i]?.role !== 'ignore') continue;
		let known = 0;
		let filled = 0;
		for (const row of body) {
			const word = (row[i] ?? '').trim().toLowerCase();
			if (word === '') continue;
			filled++;
			if (vocabulary.has(word)) known++;
		}
		if (filled > 0 && known / filled >= 0.9) status.push(i);
	}
	if (status.length === 0) return null;
	return {
		layout: genericOrders,
		roles: columns.map((c) => c.role),
		layoutMapping: {
			id: 'genericOrders',
			status,
			cancelledWhenFilled: [],
			refund: index(genericOrders.refund),
			currency: index(genericOrders.currency),
			// The file's amounts are its rows' own: an order of several rows sums them.
			linePrice: columns.find((c) => c.role === 'amount')?.index ?? null,
			policy: { ...DEFAULT_STATUS_POLICY }
		}
	};
}
