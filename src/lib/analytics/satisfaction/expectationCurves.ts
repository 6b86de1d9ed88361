// The three textbook charts from construct scores: loyalty against satisfaction of basic
// expectations (expected concave), against satisfaction of latent expectations (expected convex),
// and both against average loyalty — plus the satisfaction-trap verdict on the basic curve.
import { blockScore } from './blockScore';
import { LOYALTY_BLOCK, type Construct } from './constructs';
import type { SatisfactionIssue } from './satisfactionIssue';
import {
	satisfactionLoyaltyCurve,
	type SatisfactionLoyaltyCurve
} from './satisfactionLoyaltyCurve';
import { satisfactionTrap, type TrapOptions, type TrapVerdict } from './satisfactionTrap';
import { trapBootstrap, type TrapInterval } from './trapBootstrap';

export interface ExpectationCurves {
	basic: SatisfactionLoyaltyCurve | SatisfactionIssue;
	latent: SatisfactionLoyaltyCurve | SatisfactionIssue;
	/** Verdict on the basic curve; null when it could not be drawn. */
	trap: TrapVerdict | null;
	/** The same reading with bootstrap intervals (trapBootstrap.ts); null when not computable. */
	trapInterval?: TrapInterval | null;
}

export function expectationCurves(
	scores: Partial<Record<Construct, Float64Array>>,
	trapOptions: TrapOptions = {}
): ExpectationCurves | SatisfactionIssue {
	const loyalty = blockScore(scores, LOYALTY_BLOCK);
	if (!loyalty) return { code: 'construct_missing', item: 'loyalty' };
	const curve = (c: Construct): SatisfactionLoyaltyCurve | SatisfactionIssue => {
		const s = scores[c];
		return s ? satisfactionLoyaltyCurve(s, loyalty) : { code: 'construct_missing', item: c };
	};
	const basic = curve('basicSatisfaction');
	const latent = curve('latentSatisfaction');
	const trap = 'code' in basic ? null : satisfactionTrap(basic, trapOptions);
	const trapInterval =
		trap && scores.basicSatisfaction
			? trapBootstrap(scores.basicSatisfaction, loyalty, { ...trapOptions, seed: 1 })
			: null;
	return { basic, latent, trap, trapInterval };
}
