// The Cross-buying & customer share view in one run: categories per customer, customer-level
// co-purchase (support, confidence, lift), cross-sell suggestions per group (value tier by net
// revenue, or a customer attribute), and wallet share from the survey joined to behaviour:
// net revenue to date and, when the Lifetime value page's model fits, predicted CLV.
import {
	categoriesPerCustomer,
	type CategoriesPerCustomer
} from '../../analytics/crossbuy/categoriesPerCustomer';
import { coPurchase, type CoPurchase } from '../../analytics/crossbuy/coPurchase';
import {
	crossSellSuggestions,
	type CrossSellSuggestion
} from '../../analytics/crossbuy/crossSellSuggestions';
import { customerCategories } from '../../analytics/crossbuy/customerCategories';
import { attributeText } from '../../analytics/churn/churnReport';
import { PYRAMID_TIERS } from '../../analytics/value/pyramidCuts';
import { valuePyramid } from '../../analytics/value/valuePyramid';
import type { CustomerTable, SurveyTable, TransactionTable } from '../../analytics/types';
import { AnalysisProblem, type AnalysisContext } from '../context';
import { clvValues } from '../clv/clvValues';
import type { ClvValues } from '../clv/clvResult';

export const WALLET_HEADERS = ['wallet_share', '钱包份额', 'share_of_wallet', 'walletshare'];

export interface CrossbuyOverview {
	co: CoPurchase;
	perCustomer: CategoriesPerCustomer;
	/** Net revenue per buying customer (aligned with co's customers), for the panels. */
	groups: {
		group: string;
		customers: number;
		meanCategories: number;
		suggestions: CrossSellSuggestion[];
	}[];
	groupBy: 'tier' | string;
	groupColumns: string[];
	wallet: {
		item: string;
		points: {
			id: string;
			share: number;
			revenue: number;
			/** Predicted CLV; null without a fit or without a prediction for this customer. */
			clv: number | null;
			categories: number;
			tier: string;
		}[];
		/** The model behind `clv` (the Lifetime value page's), or null without a fit. */
		clv: { model: string; asOf: number; horizonMonths: number } | null;
		byTier: { tier: string; n: number; meanShare: number }[];
	} | null;
	/** Market share vs customer share: breadth (buyers per category) and depth (categories per buyer). */
	totals: { customers: number; categories: number; revenue: number };
}

export interface CrossbuyInputs {
	tx: TransactionTable;
	customers: CustomerTable | null;
	survey: SurveyTable | null;
	groupBy: string | null;
	/** Predicted CLV per customer id (the Lifetime value page's model), if it fits. */
	clv?: ClvValues | null;
}

export function crossbuyOverview(inp: CrossbuyInputs): CrossbuyOverview {
	const cc = customerCategories(inp.tx);
	if (!cc) throw new AnalysisProblem('crossbuy.no_category');
	const co = coPurchase(cc);
	const perCustomer = categoriesPerCustomer(cc);
	const index = new Map(cc.customerIds.map((id, i) => [id, i]));
	const revenue = new Float64Array(cc.customerIds.length);
	let total = 0;
	if (inp.tx.amount)
		for (let i = 0; i < inp.tx.length; i++) {
			const c = index.get(inp.tx.customerIds[inp.tx.customer[i]]);
			total += inp.tx.amount[i];
			if (c !== undefined) revenue[c] += inp.tx.amount[i];
		}
	const tier =
		cc.customerIds.length > 0 ? valuePyramid(revenue, { basis: 'revenue' }).tier : new Uint8Array();
	const groupColumns = inp.customers
		? Object.keys(inp.customers.columns).filter((h) => {
				const c = inp.customers!.columns[h];
				return c.kind === 'category' && c.labels.length >= 2 && c.labels.length <= 12;
			})
		: [];
	const groupBy = inp.groupBy && groupColumns.includes(inp.groupBy) ? inp.groupBy : 'tier';
	let keyOf: (i: number) => string | null = (i) => PYRAMID_TIERS[tier[i]];
	if (groupBy !== 'tier' && inp.customers) {
		const text = attributeText(inp.customers, groupBy)!;
		const byId = new Map(inp.customers.ids.map((id, i) => [id, text[i]]));
		keyOf = (i) => byId.get(cc.customerIds[i]) ?? null;
	}
	const members = new Map<string, number[]>();
	for (let i = 0; i < cc.customerIds.length; i++) {
		const k = keyOf(i);
		if (k === null) continue;
		if (!members.has(k)) members.set(k, []);
		members.get(k)!.push(i);
	}
	const order = (k: string) =>
		groupBy === 'tier' ? PYRAMID_TIERS.indexOf(k as 'gold') : -(members.get(k)?.length ?? 0);
	const groups = [...members.entries()]
		.sort((a, b) => order(a[0]) - order(b[0]) || a[0].localeCompare(b[0]))
		.map(([group, m]) => ({
			group,
			customers: m.length,
			meanCategories: m.reduce((a, i) => a + cc.sets[i].length, 0) / m.length,
			suggestions: crossSellSuggestions(cc, co, m).slice(0, 3)
		}));

	let wallet: CrossbuyOverview['wallet'] = null;
	const survey = inp.survey;
	const item = survey
		? Object.keys(survey.items).find((h) => WALLET_HEADERS.includes(h.toLowerCase()))
		: undefined;
	const clvById = inp.clv ? new Map(inp.clv.ids.map((id, i) => [id, inp.clv!.clv[i]])) : null;
	if (survey?.customerId && item) {
		const points: NonNullable<CrossbuyOverview['wallet']>['points'] = [];
		for (let r = 0; r < survey.length; r++) {
			const id = survey.customerId[r];
			const share = survey.items[item][r];
			const c = id === null ? undefined : index.get(id);
			if (c === undefined || Number.isNaN(share)) continue;
			points.push({
				id: id!,
				share,
				revenue: Math.round(revenue[c] * 100) / 100,
				clv: clvById?.get(id!) ?? null,
				categories: cc.sets[c].length,
				tier: PYRAMID_TIERS[tier[c]]
			});
		}
		const byTier = PYRAMID_TIERS.map((t) => {
			const xs = points.filter((p) => p.tier === t);
			return {
				tier: t,
				n: xs.length,
				meanShare: xs.length === 0 ? 0 : xs.reduce((a, p) => a + p.share, 0) / xs.length
			};
		});
		const clv = inp.clv
			? { model: inp.clv.model, asOf: inp.clv.asOf, horizonMonths: inp.clv.horizonMonths }
			: null;
		wallet = { item, points, byTier, clv };
	}
	return {
		co,
		perCustomer,
		groups,
		groupBy,
		groupColumns,
		wallet,
		totals: { customers: cc.customerIds.length, categories: cc.categories.length, revenue: total }
	};
}

const str = (x: unknown) => (typeof x === 'string' && x !== '' ? x : null);

/** Worker entry: params { transactionsId, customersId?, surveyId?, groupBy? }. */
export async function crossbuyAnalysis(ctx: AnalysisContext, params: Record<string, unknown>) {
	const tx = await ctx.transactions(String(params.transactionsId));
	const customersId = str(params.customersId);
	const surveyId = str(params.surveyId);
	// Predicted CLV beside spend, from the analysis date (the day after the last purchase) as
	// the value pyramid and the referral view do; no fit, no CLV, and the panel shows spend.
	let clv: ClvValues | null = null;
	if (surveyId) {
		let last = -Infinity;
		for (let i = 0; i < tx.length; i++) if (tx.day[i] > last) last = tx.day[i];
		try {
			clv = await clvValues(ctx, { id: String(params.transactionsId), calibrationEnd: last + 1 });
		} catch {
			clv = null;
		}
	}
	return crossbuyOverview({
		clv,
		tx,
		customers: customersId ? await ctx.customers(customersId) : null,
		survey: surveyId ? await ctx.survey(surveyId) : null,
		groupBy: str(params.groupBy)
	});
}
