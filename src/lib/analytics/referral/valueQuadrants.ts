// CLV × referral value quadrants: who is worth keeping for what they buy, for whom they bring,
// or both. A customer is "high" on a measure above its cut (default: the mean over customers with
// both values), so the "buys little, promotes a lot" corner is easy to read.
export type ValueQuadrant = 'both' | 'buyer' | 'promoter' | 'neither';

export interface ValueQuadrants {
	clvCut: number;
	referralCut: number;
	quadrant: (ValueQuadrant | null)[];
	counts: Record<ValueQuadrant, number>;
}

/** Mean of xs over the customers that have both values. */
const mean = (xs: ArrayLike<number>, ys: ArrayLike<number>) => {
	let s = 0;
	let n = 0;
	for (let i = 0; i < xs.length; i++)
		if (Number.isFinite(xs[i]) && Number.isFinite(ys[i])) {
			s += xs[i];
			n++;
		}
	return n === 0 ? 0 : s / n;
};

export function valueQuadrants(
	clv: ArrayLike<number>,
	referral: ArrayLike<number>,
	cuts: { clv?: number; referral?: number } = {}
): ValueQuadrants {
	const clvCut = cuts.clv ?? mean(clv, referral);
	const referralCut = cuts.referral ?? mean(referral, clv);
	const counts: Record<ValueQuadrant, number> = { both: 0, buyer: 0, promoter: 0, neither: 0 };
	const quadrant: (ValueQuadrant | null)[] = [];
	for (let i = 0; i < clv.length; i++) {
		if (!Number.isFinite(clv[i]) || !Number.isFinite(referral[i])) {
			quadrant.push(null);
			continue;
		}
		const c = clv[i] > clvCut;
		const r = referral[i] > referralCut;
		const q: ValueQuadrant = c && r ? 'both' : c ? 'buyer' : r ? 'promoter' : 'neither';
		counts[q]++;
		quadrant.push(q);
	}
	return { clvCut, referralCut, quadrant, counts };
}
