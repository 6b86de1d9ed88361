import { describe, expect, it } from 'vitest';
import { expectationCurves, type ExpectationCurves } from './expectationCurves';
import { isSatisfactionIssue } from './satisfactionIssue';

describe('expectationCurves', () => {
	// Twenty respondents, most of them satisfied with the basics (levels 5..10 with 1,1,2,4,6,6),
	// latent satisfaction spread evenly over 0..9 (two per level). Loyalty (one repurchase item) is
	// built so that the basic curve is g(x) = 6 − 0.2 (10 − x)² exactly; against latent satisfaction
	// that loyalty has no exact shape, so only the basic verdict is pinned.
	const basicLevels = [5, 6, 7, 7, 8, 8, 8, 8, 9, 9, 9, 9, 9, 9, 10, 10, 10, 10, 10, 10];
	const basic = Float64Array.from(basicLevels);
	const latent = Float64Array.from(basicLevels, (_, i) => Math.floor(i / 2));
	const repurchase = Float64Array.from(basicLevels, (x) => 6 - 0.2 * (10 - x) ** 2);

	it('draws both curves and calls the basic one a trap (see satisfactionTrap.test)', () => {
		const r = expectationCurves({
			basicSatisfaction: basic,
			latentSatisfaction: latent,
			repurchase
		}) as ExpectationCurves;
		expect(isSatisfactionIssue(r.basic)).toBe(false);
		expect(isSatisfactionIssue(r.latent)).toBe(false);
		expect(r.trap?.verdict).toBe('trap');
	});
	it('a missing construct is named', () => {
		const r = expectationCurves({ basicSatisfaction: basic, repurchase }) as ExpectationCurves;
		expect(r.latent).toEqual({ code: 'construct_missing', item: 'latentSatisfaction' });
		const none = expectationCurves({ basicSatisfaction: basic });
		expect(none).toEqual({ code: 'construct_missing', item: 'loyalty' });
	});
	it('no basic curve → no verdict', () => {
		const r = expectationCurves({ latentSatisfaction: latent, repurchase }) as ExpectationCurves;
		expect(r.trap).toBeNull();
	});
});
