// Header-signature recognition: a file whose headers contain every name of one of a layout's
// signatures is that export. Returns the layout and where its columns are; the preview turns
// that into a preset mapping (layoutMapping) the user can still change.
import { normalizeHeader, type Role } from '../headerSynonyms';
import { EXPORT_LAYOUTS } from './exportLayouts';
import { DEFAULT_STATUS_POLICY, type ExportLayout, type LayoutMapping } from './types';

export interface Recognised {
	layout: ExportLayout;
	/** Role per column index ('ignore' for the columns the layout does not read as a role). */
	roles: Role[];
	layoutMapping: LayoutMapping;
}

export function recogniseLayout(headers: string[]): Recognised | null {
	const norm = headers.map(normalizeHeader);
	const at = new Map<string, number>();
	norm.forEach((h, i) => {
		if (!at.has(h)) at.set(h, i);
	});
	const find = (names: string[]) => {
		for (const n of names) {
			const i = at.get(normalizeHeader(n));
			if (i !== undefined) return i;
		}
		return null;
	};
	const all = (names: string[]) =>
		names.map((n) => at.get(normalizeHeader(n))).filter((i): i is number => i !== undefined);
	for (const layout of EXPORT_LAYOUTS) {
		const matches = layout.signatures.some((sig) =>
			sig.every((name) => at.has(normalizeHeader(name)))
		);
		if (!matches) continue;
		const roles: Role[] = headers.map(() => 'ignore');
		for (const [role, names] of Object.entries(layout.roles) as [Role, string[]][]) {
			const i = find(names);
			if (i !== null && roles[i] === 'ignore') roles[i] = role;
		}
		const linePrice = find(layout.linePrice);
		// No order total: the amount is the sum of the lines (foldOrders sees the same column).
		if (!roles.includes('amount') && linePrice !== null && roles[linePrice] === 'ignore')
			roles[linePrice] = 'amount';
		return {
			layout,
			roles,
			layoutMapping: {
				id: layout.id,
				status: all(layout.status),
				cancelledWhenFilled: all(layout.cancelledWhenFilled),
				refund: find(layout.refund),
				currency: find(layout.currency),
				linePrice,
				policy: { ...DEFAULT_STATUS_POLICY }
			}
		};
	}
	return null;
}
