// The Cross-buying & customer share view in one run: categories per customer, customer-level
// co-purchase (support, confidence, lift), cross-sell suggestions per group (value tier by net
// revenue, or a customer attribute), and wallet share from the survey joined to behaviour.
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
		points: { id: string; share: number; revenue: number; categories: number; tier: string }[];
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
		wallet = { item, points, byTier };
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
	return crossbuyOverview({
		tx,
		customers: customersId ? await ctx.customers(customersId) : null,
		survey: surveyId ? await ctx.survey(surveyId) : null,
		groupBy: str(params.groupBy)
	});
}
