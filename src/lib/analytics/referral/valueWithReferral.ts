// A customer's value counting whom they brought: own value (predicted CLV in the pyramid) plus
// referral value = credit × Σ own value of the customers they referred (referralValue). Used by
// the value pyramid's "CLV + referral value" basis, so a small buyer who brought big buyers can
// rank above a big buyer who brought nobody (§1). A referred customer's value is counted twice
// on purpose: once as theirs, once (× credit) as their referrer's — the ranking asks "who is
// worth most to us", not "how much is there in all", so tier value shares on this basis are
// shares of an inflated total and the note under the pyramid says so.
import { referralValue } from './referralValue';

export interface ValueWithReferral {
	/** Own value + referral value, per customer. */
	values: Float64Array;
	/** The referral part alone. */
	referral: Float64Array;
	/** Customers who referred at least one known customer. */
	referrers: number;
	/** Referred customers whose referrer is a known customer. */
	referred: number;
	/** Links naming no known customer (or the customer itself): left out. */
	unknownReferrers: number;
}

export function valueWithReferral(
	ids: readonly string[],
	value: ArrayLike<number>,
	referredBy: readonly (string | null)[],
	credit = 1
): ValueWithReferral {
	const r = referralValue(ids, referredBy, value, credit);
	let referrers = 0;
	let referred = 0;
	for (const n of r.referred) {
		if (n > 0) referrers++;
		referred += n;
	}
	const values = Float64Array.from(
		{ length: ids.length },
		(_, i) => (Number.isFinite(value[i]) ? value[i] : 0) + r.value[i]
	);
	return { values, referral: r.value, referrers, referred, unknownReferrers: r.unknownReferrers };
}
