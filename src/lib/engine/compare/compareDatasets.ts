// Two transaction datasets side by side (two stores, two classes' data): the Segments page's
// RFM rules and the Lifecycle page's survival, run on each through the registered analyses
// (segmentsRfm, lifecycleSurvival) rather than copies of them. So that segment shares compare,
// both datasets are scored on the same edges: the user's thresholds, else the quantiles (or the
// eight-class model's cut) of both datasets' customers pooled; money only when both amounts are
// in the same currency (params.sameCurrency), else each dataset's M on its own edges.
import { defaultAsOf } from '../../analytics/customers/defaultAsOf';
import { logRank } from '../../analytics/lifecycle';
import { pooledEdges } from '../../analytics/rfm/pooledEdges';
import { AnalysisProblem, type AnalysisContext } from '../context';
import { lifecycleSurvival } from '../lifecycle/lifecycleSurvival';
import { metricsAt } from '../segments/segmentsModel';
import { asProblem } from '../segments/segmentsProblem';
import { segmentsRfm } from '../segments/segmentsRfm';
import type { SegmentsSettings, Thresholds } from '../segments/segmentsResult';
import { readSettings } from '../segments/segmentsSettings';
import type { CompareResult, CompareSide, EdgeSource } from './compareResult';

const DIMENSIONS = ['recency', 'frequency', 'monetary'] as const;

async function customerTableOf(ctx: AnalysisContext, id: string) {
	const tx = await ctx.transactions(id);
	return asProblem(() => metricsAt(tx, defaultAsOf(tx)));
}

export async function compareDatasets(
	ctx: AnalysisContext,
	params: Record<string, unknown>
): Promise<CompareResult> {
	const a = String(params.a ?? '');
	const b = String(params.b ?? '');
	if (!a || !b) throw new AnalysisProblem('compare2.issue.pick');
	if (a === b) throw new AnalysisProblem('compare2.issue.same');
	const s = readSettings(params);
	const sameCurrency = params.sameCurrency !== false;
	const [ta, tb] = [await customerTableOf(ctx, a), await customerTableOf(ctx, b)];

	const edges: Thresholds = { recency: null, frequency: null, monetary: null };
	const edgeSource = { recency: 'pooled', frequency: 'pooled', monetary: 'pooled' } as Record<
		(typeof DIMENSIONS)[number],
		EdgeSource
	>;
	for (const d of DIMENSIONS) {
		const given = s.thresholds?.[d];
		if (given && given.length === s.bins - 1) {
			edges[d] = given;
			edgeSource[d] = 'custom';
			continue;
		}
		const pick = (t: typeof ta) =>
			d === 'monetary' ? (s.monetary === 'average' ? t.average : t.monetary) : t[d];
		const va = pick(ta);
		const vb = pick(tb);
		if (!va || !vb || (d === 'monetary' && !sameCurrency)) {
			edgeSource[d] = 'own';
			continue;
		}
		const cut = pooledEdges([va, vb], s.bins, s.bins === 2 ? (s.centre?.[d] ?? null) : null);
		if (cut.length === s.bins - 1) edges[d] = cut;
		else edgeSource[d] = 'own';
	}

	// Each dataset at its own analysis date: the day after its last purchase.
	const settingsOf = (id: string): SegmentsSettings => ({
		...s,
		id,
		source: 'transactions',
		customersId: null,
		asOf: null,
		thresholds: edges
	});
	const survivalParams = (id: string) => ({
		id,
		customersId: null,
		asOf: null,
		inactiveDays: params.inactiveDays ?? null,
		churn: params.churn,
		rule: 'shared',
		groupBy: 'none'
	});
	const side = async (id: string): Promise<CompareSide> => {
		const rfm = await segmentsRfm(ctx, { s: settingsOf(id) });
		const surv = await lifecycleSurvival(ctx, survivalParams(id));
		return {
			id,
			asOf: rfm.asOf,
			firstDay: rfm.firstDay,
			lastDay: rfm.lastDay,
			customers: rfm.customers,
			revenue: rfm.totalRevenue,
			segments: rfm.segments.map((r) => ({
				key: r.key,
				customers: r.customers,
				share: r.share,
				revenue: r.revenue
			})),
			survival: {
				asOf: surv.asOf,
				curve: surv.overall,
				median: surv.overallMedian,
				churnRule: surv.churnRule,
				churned: surv.churned,
				active: surv.active
			}
		};
	};
	const sa = await side(a);
	ctx.progress(0.5);
	const sb = await side(b);
	return {
		a: sa,
		b: sb,
		bins: s.bins,
		monetaryBasis: s.monetary,
		edges: {
			recency: edges.recency ?? [],
			frequency: edges.frequency ?? [],
			monetary: edges.monetary
		},
		edgeSource,
		logRank: logRank([sa.survival.curve, sb.survival.curve])
	};
}
