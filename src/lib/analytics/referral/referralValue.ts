// Customer referral value (§1: "a customer who buys little but promotes the brand a lot can be
// worth more than a big buyer"). Method: referral value = credit × Σ value of the customers the
// customer brought in (referred-by links), where value is whatever the caller uses for customers
// (CLV or net revenue to date). Assumptions, stated on the page: the referred customers would
// not have come otherwise in the share `credit` (1 = all of them), and a referred customer has
// one referrer. Without links, survey counts stand in: referrals told × conversion × the mean
// value of a referred customer.
export interface ReferralValue {
	/** Per customer (aligned with the input ids): customers they brought in. */
	referred: Int32Array;
	/** Per customer: credit × Σ value of those customers. */
	value: Float64Array;
	/** Links whose referrer is not a known customer (left out). */
	unknownReferrers: number;
	/** Mean value of a referred customer; null when nobody was referred. */
	meanReferredValue: number | null;
}

export function referralValue(
	ids: readonly string[],
	referredBy: readonly (string | null)[],
	value: ArrayLike<number>,
	credit = 1
): ReferralValue {
	const index = new Map<string, number>();
	ids.forEach((id, i) => index.set(id, i));
	const referred = new Int32Array(ids.length);
	const out = new Float64Array(ids.length);
	let unknownReferrers = 0;
	let sum = 0;
	let n = 0;
	for (let i = 0; i < ids.length; i++) {
		const by = (referredBy[i] ?? '').trim();
		if (by === '') continue;
		const r = index.get(by);
		if (r === undefined || r === i) {
			unknownReferrers++;
			continue;
		}
		const v = Number.isFinite(value[i]) ? value[i] : 0;
		referred[r]++;
		out[r] += credit * v;
		sum += v;
		n++;
	}
	return { referred, value: out, unknownReferrers, meanReferredValue: n === 0 ? null : sum / n };
}

/** Survey fallback: people told × share who became customers × value of a referred customer. */
export function referralValueFromCounts(
	told: ArrayLike<number>,
	conversion: number,
	meanReferredValue: number
): Float64Array {
	return Float64Array.from({ length: told.length }, (_, i) =>
		Number.isFinite(told[i]) ? told[i] * conversion * meanReferredValue : NaN
	);
}
