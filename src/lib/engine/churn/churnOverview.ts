// The Churn & complaints view in one run: reasons (Paretos of customers and of lost revenue,
// overall, by value tier and by a customer attribute), active vs passive, complaint rate and the
// iceberg, retention after a complaint by how it was handled (Kaplan–Meier with the lifecycle's
// inactivity rule and threshold), days to resolve vs spend afterwards, and the customer rows the
// page drills into. Each part is null with a code in `missing` when its data is not there.
import { attributeText, churnReport, type ChurnReport } from '../../analytics/churn/churnReport';
import { churnReasons, type ReasonRow } from '../../analytics/churn/churnReasons';
import { findColumn, isYes } from '../../analytics/churn/courseColumns';
import { logRank } from '../../analytics/churn/logRank';
import { retentionAfter, type EventStart } from '../../analytics/churn/retentionAfter';
import { revenueBeforeExit } from '../../analytics/churn/revenueBeforeExit';
import { PYRAMID_TIERS } from '../../analytics/value/pyramidCuts';
import { valuePyramid } from '../../analytics/value/valuePyramid';
import type { CustomerTable, SurveyTable, TransactionTable } from '../../analytics/types';
import type { AnalysisContext } from '../context';
import { baseParams, lifecycleData, thresholdInfo } from '../lifecycle/lifecycleBase';

export type RetentionGroupName = 'handledWell' | 'handledBadly' | 'silentDissatisfied';

export interface ChurnCustomerRow {
	id: string;
	reason: string | null;
	type: string | null;
	/** Net spend in the year up to the last purchase (0 without transactions). */
	revenueLost: number;
	/** Value tier index (0 platinum … 3 lead) by net revenue; -1 without transactions. */
	tier: number;
	group: string | null;
	complaints: number;
	handled: RetentionGroupName | null;
}

export interface ChurnOverview {
	report: ChurnReport;
	byTier: { tier: string; left: number; reasons: ReasonRow[] }[] | null;
	byGroup: { group: string; left: number; reasons: ReasonRow[] }[] | null;
	groupColumn: string | null;
	/** Customer attributes with few distinct values, offered for grouping. */
	groupColumns: string[];
	retention: {
		thresholdDays: number;
		groups: {
			group: RetentionGroupName;
			n: number;
			churned: number;
			points: { time: number; survival: number }[];
		}[];
		/** Log-rank test that the curves are equal; null with fewer than two groups. */
		logRank: { chi2: number; df: number; p: number | null } | null;
	} | null;
	resolve: {
		points: { id: string; days: number | null; spendAfter: number }[];
		buckets: { bucket: 'fast' | 'medium' | 'slow' | 'unresolved'; n: number; meanSpend: number }[];
		windowDays: number;
	} | null;
	customers: ChurnCustomerRow[];
	asOf: number | null;
}

const WINDOW = 180;
const NON_GROUP = new Set(['reason', 'type', 'referredBy']);

function groupText(t: SurveyTable, header: string | null): (string | null)[] | null {
	if (!header) return null;
	const g = t.groups?.[header];
	return g ? Array.from(g.codes, (c) => (c < 0 ? null : g.labels[c])) : null;
}

function netRevenueByCustomer(tx: TransactionTable, ids: readonly string[]): Float64Array {
	const index = new Map(ids.map((id, i) => [id, i]));
	const out = new Float64Array(ids.length);
	if (!tx.amount) return out;
	for (let i = 0; i < tx.length; i++) {
		const c = index.get(tx.customerIds[tx.customer[i]]);
		if (c !== undefined) out[c] += tx.amount[i];
	}
	return out;
}

export interface ChurnInputs {
	customers: CustomerTable;
	tx: TransactionTable | null;
	complaints: SurveyTable | null;
	survey: SurveyTable | null;
	groupColumn: string | null;
	dissatisfied: number;
	/** Lifecycle churn rule, when transactions are there. */
	rule: { cd: Parameters<typeof retentionAfter>[1]; thresholdDays: number } | null;
}

export function churnOverview(inp: ChurnInputs): ChurnOverview {
	const { customers, tx, complaints, survey } = inp;
	const report = churnReport({
		customers,
		transactions: tx,
		complaints,
		survey,
		dissatisfiedAtOrBelow: inp.dissatisfied
	});
	const headers = Object.keys(customers.columns);
	const reasonCol = findColumn(headers, 'reason');
	const typeCol = findColumn(headers, 'type');
	const reasons = attributeText(customers, reasonCol) ?? customers.ids.map(() => null);
	const types = attributeText(customers, typeCol);
	const skip = new Set(
		[...NON_GROUP].map((k) => findColumn(headers, k as 'reason')).filter((h) => h !== null)
	);
	const groupColumns = headers.filter((h) => {
		const c = customers.columns[h];
		return !skip.has(h) && c.kind === 'category' && c.labels.length >= 2 && c.labels.length <= 12;
	});
	const groupColumn =
		inp.groupColumn && groupColumns.includes(inp.groupColumn) ? inp.groupColumn : null;
	const groups = groupColumn ? attributeText(customers, groupColumn) : null;

	let lost = new Float64Array(customers.length);
	let tier: Uint8Array | null = null;
	if (tx?.amount) {
		const byTx = revenueBeforeExit(tx);
		const index = new Map(tx.customerIds.map((id, i) => [id, i]));
		lost = Float64Array.from(customers.ids, (id) => {
			const i = index.get(id);
			return i === undefined ? 0 : byTx[i];
		});
		tier = valuePyramid(netRevenueByCustomer(tx, customers.ids), { basis: 'revenue' }).tier;
	}
	const split = (key: (i: number) => string | null) => {
		const buckets = new Map<string, number[]>();
		for (let i = 0; i < customers.length; i++) {
			const k = key(i);
			if (k === null) continue;
			if (!buckets.has(k)) buckets.set(k, []);
			buckets.get(k)!.push(i);
		}
		return [...buckets.entries()].map(([k, rows]) => {
			const r = churnReasons(
				rows.map((i) => reasons[i]),
				types ? rows.map((i) => types[i]) : null,
				tx?.amount ? rows.map((i) => lost[i]) : null
			);
			return { key: k, left: r.left, reasons: r.reasons };
		});
	};
	const canSplit = report.reasons !== null;
	const byTier =
		canSplit && tier
			? split((i) => PYRAMID_TIERS[tier![i]])
					.map((x) => ({ tier: x.key, left: x.left, reasons: x.reasons }))
					.sort(
						(a, b) =>
							PYRAMID_TIERS.indexOf(a.tier as 'gold') - PYRAMID_TIERS.indexOf(b.tier as 'gold')
					)
			: null;
	const byGroup =
		canSplit && groups
			? split((i) => groups[i])
					.map((x) => ({ group: x.key, left: x.left, reasons: x.reasons }))
					.sort((a, b) => b.left - a.left || a.group.localeCompare(b.group))
			: null;

	// Complaints per customer and how the (first) complaint was handled.
	const complaintCount = new Map<string, number>();
	const handled = new Map<string, RetentionGroupName>();
	const firstDay = new Map<string, number>();
	const firstDays = new Map<string, number | null>();
	if (complaints?.customerId) {
		const gh = Object.keys(complaints.groups ?? {});
		const satisfied = groupText(complaints, findColumn(gh, 'satisfied'));
		const resolved = groupText(complaints, findColumn(gh, 'resolved'));
		const daysCol = findColumn(Object.keys(complaints.items), 'daysToResolve');
		const days = daysCol ? complaints.items[daysCol] : null;
		for (let i = 0; i < complaints.length; i++) {
			const id = complaints.customerId[i];
			if (id === null) continue;
			complaintCount.set(id, (complaintCount.get(id) ?? 0) + 1);
			const d = complaints.day ? complaints.day[i] : NaN;
			if (firstDay.has(id) && !(d < firstDay.get(id)!)) continue;
			firstDay.set(id, d);
			const ok = satisfied ? isYes(satisfied[i]) : resolved ? isYes(resolved[i]) : null;
			if (ok !== null) handled.set(id, ok ? 'handledWell' : 'handledBadly');
			const isResolved = resolved ? isYes(resolved[i]) : true;
			firstDays.set(id, days && isResolved && !Number.isNaN(days[i]) ? days[i] : null);
		}
	}

	let retention: ChurnOverview['retention'] = null;
	let resolve: ChurnOverview['resolve'] = null;
	if (inp.rule && complaints?.day && handled.size > 0) {
		const starts: EventStart[] = [];
		for (const [id, g] of handled)
			starts.push({ customerId: id, day: firstDay.get(id)!, group: g });
		const dis = report.complaints?.iceberg ? survey : null;
		const satItem = dis ? findColumn(Object.keys(dis.items), 'satisfaction') : null;
		if (dis?.customerId && dis.day && satItem) {
			for (let i = 0; i < dis.length; i++) {
				const id = dis.customerId[i];
				const s = dis.items[satItem][i];
				if (id !== null && s <= inp.dissatisfied && !complaintCount.has(id))
					starts.push({ customerId: id, day: dis.day[i], group: 'silentDissatisfied' });
			}
		}
		const order: RetentionGroupName[] = ['handledWell', 'silentDissatisfied', 'handledBadly'];
		const groups = retentionAfter(starts, inp.rule.cd, inp.rule.thresholdDays).sort(
			(a, b) =>
				order.indexOf(a.group as RetentionGroupName) - order.indexOf(b.group as RetentionGroupName)
		);
		const test = logRank(groups);
		retention = {
			thresholdDays: inp.rule.thresholdDays,
			groups: groups.map((g) => ({
				group: g.group as RetentionGroupName,
				n: g.n,
				churned: g.churned,
				points: g.curve.points.map((p) => ({ time: p.time, survival: p.survival }))
			})),
			logRank: test && { chi2: test.chi2, df: test.df, p: test.p }
		};
	}
	if (tx?.amount && complaints?.day && firstDay.size > 0) {
		const spend = new Map<string, number>();
		const index = new Map(tx.customerIds.map((id, i) => [id, i]));
		const want = new Map<number, number>();
		for (const [id, d] of firstDay) {
			const c = index.get(id);
			if (c !== undefined) want.set(c, d);
			spend.set(id, 0);
		}
		for (let i = 0; i < tx.length; i++) {
			const d0 = want.get(tx.customer[i]);
			if (d0 === undefined) continue;
			const d = tx.day[i];
			if (d > d0 && d <= d0 + WINDOW) {
				const id = tx.customerIds[tx.customer[i]];
				spend.set(id, spend.get(id)! + tx.amount[i]);
			}
		}
		const points = [...firstDay.keys()].map((id) => ({
			id,
			days: firstDays.get(id) ?? null,
			spendAfter: spend.get(id) ?? 0
		}));
		const bucketOf = (d: number | null) =>
			d === null ? 'unresolved' : d <= 3 ? 'fast' : d <= 14 ? 'medium' : 'slow';
		const buckets = (['fast', 'medium', 'slow', 'unresolved'] as const).map((bucket) => {
			const xs = points.filter((p) => bucketOf(p.days) === bucket);
			return {
				bucket,
				n: xs.length,
				meanSpend: xs.length === 0 ? 0 : xs.reduce((a, p) => a + p.spendAfter, 0) / xs.length
			};
		});
		resolve = { points, buckets, windowDays: WINDOW };
	}

	const rows: ChurnCustomerRow[] = [];
	for (let i = 0; i < customers.length; i++) {
		const id = customers.ids[i];
		const departed = (reasons[i] ?? '') !== '' || (types?.[i] ?? '') !== '';
		if (!departed && !complaintCount.has(id)) continue;
		rows.push({
			id,
			reason: reasons[i],
			type: types?.[i] ?? null,
			revenueLost: Math.round(lost[i] * 100) / 100,
			tier: tier ? tier[i] : -1,
			group: groups?.[i] ?? null,
			complaints: complaintCount.get(id) ?? 0,
			handled: handled.get(id) ?? null
		});
	}
	return {
		report,
		byTier,
		byGroup,
		groupColumn,
		groupColumns,
		retention,
		resolve,
		customers: rows,
		asOf: null
	};
}

const str = (x: unknown) => (typeof x === 'string' && x !== '' ? x : null);

/** Worker entry: params { customersId, transactionsId?, complaintsId?, surveyId?, groupColumn?, dissatisfied?, asOf?, inactiveDays? }. */
export async function churnAnalysis(ctx: AnalysisContext, params: Record<string, unknown>) {
	const customers = await ctx.customers(String(params.customersId));
	const txId = str(params.transactionsId);
	const complaintsId = str(params.complaintsId);
	const surveyId = str(params.surveyId);
	let rule: ChurnInputs['rule'] = null;
	let tx: TransactionTable | null = null;
	let asOf: number | null = null;
	if (txId) {
		const p = baseParams({ ...params, id: txId });
		const d = await lifecycleData(ctx, p);
		tx = d.tx;
		asOf = d.asOf;
		try {
			rule = { cd: d.cd, thresholdDays: thresholdInfo(d, p.inactiveDays).used.days };
		} catch {
			// No repeat purchases: no threshold, so no retention curves (the page says so).
			rule = null;
		}
	}
	const dissatisfied = Number(params.dissatisfied);
	const out = churnOverview({
		customers,
		tx,
		complaints: complaintsId ? await ctx.survey(complaintsId) : null,
		survey: surveyId ? await ctx.survey(surveyId) : null,
		groupColumn: str(params.groupColumn),
		dissatisfied: Number.isFinite(dissatisfied) ? dissatisfied : 5,
		rule
	});
	return { ...out, asOf };
}
