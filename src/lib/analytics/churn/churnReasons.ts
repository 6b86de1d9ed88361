// Why customers left (§6 客户流失): customers and lost revenue per stated reason, sorted for a
// Pareto chart, with active (the customer left) vs passive (the firm let go) churn. A customer
// counts as departed when the data give a reason or a churn type; the rest are not counted.
export interface ReasonRow {
	/** The reason as written in the data; '' when a departed customer has none. */
	reason: string;
	customers: number;
	share: number;
	/** Cumulative share of departed customers up to and including this row. */
	cumulativeShare: number;
	/** Sum of lost revenue; null when no revenue was given. */
	revenueLost: number | null;
	revenueShare: number | null;
}

export interface ChurnReasons {
	left: number;
	reasons: ReasonRow[];
	/** Same rows ordered by lost revenue (the second Pareto); null without revenue. */
	byRevenue: ReasonRow[] | null;
	active: number;
	passive: number;
	/** Departed customers whose type is missing or neither active nor passive. */
	untyped: number;
}

const ACTIVE = new Set(['active', '主动流失', '主动']);
const PASSIVE = new Set(['passive', '被动流失', '被动']);

export function churnType(value: string | null): 'active' | 'passive' | null {
	const v = (value ?? '').trim().toLowerCase();
	return ACTIVE.has(v) ? 'active' : PASSIVE.has(v) ? 'passive' : null;
}

export function churnReasons(
	reasons: readonly (string | null)[],
	types: readonly (string | null)[] | null,
	revenueLost: ArrayLike<number> | null = null
): ChurnReasons {
	const rows = new Map<string, { customers: number; revenue: number }>();
	let left = 0;
	let active = 0;
	let passive = 0;
	let totalRevenue = 0;
	for (let i = 0; i < reasons.length; i++) {
		const reason = (reasons[i] ?? '').trim();
		const type = types ? churnType(types[i]) : null;
		const typed = types && (types[i] ?? '').trim() !== '';
		if (reason === '' && !typed) continue;
		left++;
		if (type === 'active') active++;
		else if (type === 'passive') passive++;
		const r = rows.get(reason) ?? { customers: 0, revenue: 0 };
		r.customers++;
		const rev = revenueLost ? revenueLost[i] : 0;
		if (Number.isFinite(rev)) {
			r.revenue += rev;
			totalRevenue += rev;
		}
		rows.set(reason, r);
	}
	const build = (entries: [string, { customers: number; revenue: number }][], by: 'c' | 'r') => {
		let cum = 0;
		return entries.map(([reason, r]) => {
			const part =
				by === 'c' ? r.customers / left : totalRevenue > 0 ? r.revenue / totalRevenue : 0;
			cum += part;
			return {
				reason,
				customers: r.customers,
				share: r.customers / left,
				cumulativeShare: cum,
				revenueLost: revenueLost ? r.revenue : null,
				revenueShare: revenueLost ? (totalRevenue > 0 ? r.revenue / totalRevenue : 0) : null
			};
		});
	};
	const entries = [...rows.entries()];
	const byCustomers = [...entries].sort(
		(a, b) =>
			b[1].customers - a[1].customers || b[1].revenue - a[1].revenue || a[0].localeCompare(b[0])
	);
	const byRev = [...entries].sort(
		(a, b) =>
			b[1].revenue - a[1].revenue || b[1].customers - a[1].customers || a[0].localeCompare(b[0])
	);
	return {
		left,
		reasons: build(byCustomers, 'c'),
		byRevenue: revenueLost ? build(byRev, 'r') : null,
		active,
		passive,
		untyped: left - active - passive
	};
}
