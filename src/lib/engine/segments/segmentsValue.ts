// The value part of the view: the customer value pyramid, the Pareto and Lorenz curves with the
// Gini coefficient and ABC classes, ranked by one stated value basis.
import type { SegmentsIssue } from '../../analytics/customers/segmentsIssue';
import { abcClasses } from '../../analytics/value/abcClasses';
import { concentrationCurves } from '../../analytics/value/concentrationCurves';
import { gini } from '../../analytics/value/gini';
import { topValueShare } from '../../analytics/value/topValueShare';
import { valuePyramid, type ValuePyramid } from '../../analytics/value/valuePyramid';
import { AnalysisProblem, type AnalysisContext } from '../context';
import { memo } from './segmentsMemo';
import { segmentsModel } from './segmentsModel';
import { asProblem } from './segmentsProblem';
import type { ValueView } from './segmentsResult';
import { readSettings, readValueSettings } from './segmentsSettings';
import { segmentsValueVector, type ValueVector } from './segmentsValueVector';

/** The pyramid for a value vector and cuts, cached (the customer list reads its tiers too). */
export function pyramidOf(
	owner: object,
	asOf: number,
	vector: ValueVector,
	cuts: number[]
): ValuePyramid {
	return memo(owner, `pyramid|${asOf}|${vector.key}|${cuts.join('/')}`, () =>
		valuePyramid(vector.values, { basis: vector.basis, cuts })
	);
}

export async function segmentsValue(
	ctx: AnalysisContext,
	params: Record<string, unknown>
): Promise<ValueView> {
	return asProblem(async () => {
		const m = await segmentsModel(ctx, readSettings(params));
		const settings = readValueSettings(params.value);
		const vector = await segmentsValueVector(ctx, m, settings.basis);
		if (!vector) throw new AnalysisProblem('segments.issue.monetary_unavailable');
		const { values } = vector;
		const pyramid = pyramidOf(m.owner, m.asOf, vector, settings.cuts);
		const issues: SegmentsIssue[] = [...pyramid.issues];
		let curves: ReturnType<typeof concentrationCurves> = { pareto: [], lorenz: [] };
		let abc: ValueView['abc'] = null;
		// Curves and ABC need a positive total; the pyramid has already said when it is not.
		if (pyramid.total > 0) {
			curves = concentrationCurves(values);
			abc = abcClasses(values).summary;
		}
		const g = gini(values);
		if (g.issue && !issues.some((i) => i.code === g.issue?.code)) issues.push(g.issue);
		return {
			asOf: m.asOf,
			basis: vector.basis,
			available: vector.available,
			clv: vector.clv,
			referral: vector.referral,
			cuts: pyramid.cuts,
			customers: m.table.length,
			total: pyramid.total,
			tiers: pyramid.tiers,
			topShares: pyramid.topShares,
			top20: topValueShare(values, 0.2).valueShare,
			pareto: curves.pareto,
			lorenz: curves.lorenz,
			gini: g.gini,
			abc,
			issues
		};
	});
}
