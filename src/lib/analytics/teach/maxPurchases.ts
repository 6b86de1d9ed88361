// The most purchases a buyer plan can have before its amounts would turn negative: with n
// purchases starting at f and adding to T, the last one is 2T/n − f, which is ≥ 0 while
// n ≤ 2T / f. The calculator's slider stops there instead of showing an error.

export function maxPurchases(firstAmount: number, total: number, cap: number): number {
	if (!(firstAmount > 0) || !Number.isFinite(total)) return cap;
	return Math.max(1, Math.min(cap, Math.floor((2 * total) / firstAmount + 1e-9)));
}
