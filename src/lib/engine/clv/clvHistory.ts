// One customer's P(alive) over their own history (calibration and holdout), for the chart the
// customer table opens. Uses the cached fit of the view's settings.
import { pAliveHistory, unitDays } from '../../analytics/clv';
import { AnalysisProblem, type AnalysisContext } from '../context';
import { clvBundle } from './clvBundle';
import type { PAliveHistoryResult } from './clvResult';
import { clvSettingsFrom, resolveCalibrationEnd } from './clvSettings';

/** About this many grid points, whatever the unit: smooth enough, cheap to draw. */
const POINTS = 300;

export async function clvHistory(
	ctx: AnalysisContext,
	params: Record<string, unknown>
): Promise<PAliveHistoryResult> {
	const settings = clvSettingsFrom(params);
	// A summary has no purchase dates to replay (the view says so instead of asking).
	if (settings.source === 'summary') throw new AnalysisProblem('clvView.summary.needsTransactions');
	const table = await ctx.transactions(settings.id);
	const cal = resolveCalibrationEnd(settings, table);
	const b = clvBundle(table, settings.model, settings.unit, cal.end);
	if (!b.fit) throw new AnalysisProblem(`clv.issue.${b.fitError?.code ?? 'no_customers'}`);
	const customerId = String(params.customerId ?? '');
	const c = table.customerIds.indexOf(customerId);
	if (c < 0) throw new AnalysisProblem('clvView.history.unknown', { id: customerId });
	const days = new Set<number>();
	const amount = table.amount;
	// Returns are not purchases (as in the engine's summary).
	for (let i = 0; i < table.length; i++)
		if (table.customer[i] === c && !(amount && amount[i] < 0)) days.add(table.day[i]);
	const sorted = [...days].sort((p, q) => p - q);
	const first = sorted[0];
	const u = unitDays(settings.unit);
	const until = (Math.max(b.summary.holdoutEnd, cal.end) - first) / u;
	const purchases = sorted.slice(1).map((d) => (d - first) / u);
	const step = until > POINTS ? until / POINTS : 1;
	const h = pAliveHistory(b.fit, purchases, until, step);
	return {
		customerId,
		unit: settings.unit,
		t: h.t,
		pAlive: h.pAlive,
		purchases,
		calibrationT: (cal.end - first) / u
	};
}
