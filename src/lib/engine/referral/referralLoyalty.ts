// Referral value beside customer value (§1) and the seven loyalty kinds (§5) in one run.
// Value = predicted CLV from the Lifetime value page's model and settings (clvValues) when it
// fits, else net revenue to date (historical value), and the result says which; referral
// value = credit × value of the
// customers a customer brought in (referred-by links), or, without links, the survey's count of
// people told × conversion × the mean value of a referred customer. Loyalty kinds come from the
// editable rule table, with each kind's behaviour after the survey: repurchase within the
// horizon, mean value, and churned by the lifecycle's inactivity rule.
import { attributeText } from '../../analytics/churn/churnReport';
import { findColumn } from '../../analytics/churn/courseColumns';
import { assignLoyaltyKinds, type LoyaltyKinds } from '../../analytics/loyalty/assignLoyaltyKinds';
import { findLoyaltyItems } from '../../analytics/loyalty/findLoyaltyItems';
import {
	DEFAULT_LOYALTY_RULES,
	LOYALTY_ITEMS,
	LOYALTY_KINDS,
	type LoyaltyItem,
	type LoyaltyRule
} from '../../analytics/loyalty/loyaltyRules';
import { referralValue, referralValueFromCounts } from '../../analytics/referral/referralValue';
import { valueQuadrants, type ValueQuadrant } from '../../analytics/referral/valueQuadrants';
import { PYRAMID_TIERS } from '../../analytics/value/pyramidCuts';
import { valuePyramid } from '../../analytics/value/valuePyramid';
import type { CustomerDays } from '../../analytics/lifecycle/index';
import type { CustomerTable, SurveyTable, TransactionTable } from '../../analytics/types';
import { AnalysisProblem, type AnalysisContext } from '../context';
import { clvValues } from '../clv/clvValues';
import type { ClvValues } from '../clv/clvResult';
import { baseParams, lifecycleData, thresholdInfo } from '../lifecycle/lifecycleBase';

export const REFERRAL_COUNT_HEADERS = [
	'referrals',
	'介绍人数',
	'people_referred',
	'referral_count'
];

/** What "customer value" is in the referral part: predicted CLV or net revenue to date. */
export interface ReferralValueBasis {
	basis: 'clv' | 'historical';
	/** Set on 'clv': the model and horizon the Lifetime value page uses, and customers without a prediction. */
	clv: { model: string; asOf: number; horizonMonths: number; missing: number } | null;
	/** Why CLV was not used although asked for: a message key and its values; else null. */
	clvProblem: { code: string; values: Record<string, unknown> } | null;
}

export interface ReferralPart extends ReferralValueBasis {
	method: 'links' | 'survey';
	credit: number;
	conversion: number | null;
	customers: number;
	referred: number;
	meanReferredValue: number | null;
	clvCut: number;
	referralCut: number;
	counts: Record<ValueQuadrant, number>;
	/** Customers with any referral value, plus a sample of the others, for the scatter. */
	points: { id: string; value: number; referral: number; quadrant: ValueQuadrant }[];
	promoters: { id: string; value: number; referral: number; referred: number }[];
	/** Per tier (ranked by value + referral value): its customers and how many rose into it. */
	tiers: { tier: string; customers: number; roseInto: number }[];
	movedUp: number;
}

export interface LoyaltyPart {
	items: Partial<Record<LoyaltyItem, string>>;
	rules: LoyaltyRule[];
	result: Omit<LoyaltyKinds, 'kind'>;
	behaviour: {
		kind: string;
		n: number;
		repurchase: number | null;
		meanValue: number | null;
		churned: number | null;
	}[];
	horizonDays: number;
}

export interface ReferralLoyalty {
	referral: ReferralPart | null;
	referralMissing: 'no_customers' | 'no_links' | 'no_transactions' | null;
	loyalty: LoyaltyPart | null;
	loyaltyMissing: 'no_survey' | 'no_items' | null;
}

function netValue(tx: TransactionTable, ids: readonly string[]): Float64Array {
	const index = new Map(ids.map((id, i) => [id, i]));
	const out = new Float64Array(ids.length);
	if (!tx.amount) return out;
	for (let i = 0; i < tx.length; i++) {
		const c = index.get(tx.customerIds[tx.customer[i]]);
		if (c !== undefined) out[c] += tx.amount[i];
	}
	return out;
}

export function readRules(raw: unknown): LoyaltyRule[] {
	if (!Array.isArray(raw)) return DEFAULT_LOYALTY_RULES;
	const rules: LoyaltyRule[] = [];
	for (const r of raw) {
		if (!r || typeof r !== 'object') continue;
		const { kind, conditions } = r as { kind?: unknown; conditions?: unknown };
		if (!LOYALTY_KINDS.includes(kind as 'price') || !Array.isArray(conditions)) continue;
		const conds = conditions.filter(
			(c) =>
				c &&
				LOYALTY_ITEMS.includes(c.item) &&
				(c.op === '<=' || c.op === '>=') &&
				typeof c.value === 'number' &&
				Number.isFinite(c.value)
		);
		rules.push({ kind: kind as LoyaltyRule['kind'], conditions: conds });
	}
	return rules;
}

export interface ReferralLoyaltyInputs {
	customers: CustomerTable | null;
	tx: TransactionTable | null;
	survey: SurveyTable | null;
	credit: number;
	conversion: number;
	rules: LoyaltyRule[];
	horizonDays: number;
	rule: { cd: CustomerDays; thresholdDays: number } | null;
	/** Predicted CLV per customer id (the Lifetime value page's model); null = net revenue to date. */
	clv?: ClvValues | null;
	/** Why there is no CLV although it was asked for. */
	clvProblem?: ReferralValueBasis['clvProblem'];
	/** Assign kinds even when the survey has no loyalty item (all unassigned, every rule
	 *  missing its items): `cli loyalty` prints that table; the page says "no items" instead. */
	keepEmpty?: boolean;
}

/** Predicted CLV aligned to ids; customers without a prediction get 0 and are counted. */
function clvAligned(
	clv: ClvValues,
	ids: readonly string[]
): { values: Float64Array; missing: number } {
	const byId = new Map<string, number>();
	clv.ids.forEach((id, i) => byId.set(id, clv.clv[i]));
	const values = new Float64Array(ids.length);
	let missing = 0;
	ids.forEach((id, i) => {
		const v = byId.get(id);
		if (v === undefined || !Number.isFinite(v)) missing++;
		else values[i] = v;
	});
	return { values, missing };
}

export function referralLoyalty(inp: ReferralLoyaltyInputs): ReferralLoyalty {
	const { customers, tx, survey } = inp;
	let referral: ReferralPart | null = null;
	let referralMissing: ReferralLoyalty['referralMissing'] = null;
	if (!tx) referralMissing = 'no_transactions';
	else {
		const ids = customers ? customers.ids : tx.customerIds;
		const aligned = inp.clv ? clvAligned(inp.clv, ids) : null;
		const value = aligned ? aligned.values : netValue(tx, ids);
		const basis: ReferralValueBasis = {
			basis: aligned ? 'clv' : 'historical',
			clv:
				aligned && inp.clv
					? {
							model: inp.clv.model,
							asOf: inp.clv.asOf,
							horizonMonths: inp.clv.horizonMonths,
							missing: aligned.missing
						}
					: null,
			clvProblem: inp.clvProblem ?? null
		};
		const byCol = customers
			? attributeText(customers, findColumn(Object.keys(customers.columns), 'referredBy'))
			: null;
		let rv: Float64Array | null = null;
		let referred: Int32Array = new Int32Array(ids.length);
		let meanReferredValue: number | null = null;
		let method: ReferralPart['method'] = 'links';
		let conversion: number | null = null;
		if (byCol) {
			const r = referralValue(ids, byCol, value, inp.credit);
			rv = r.value;
			referred = r.referred;
			meanReferredValue = r.meanReferredValue;
		} else if (survey?.customerId) {
			const item = Object.keys(survey.items).find((h) =>
				REFERRAL_COUNT_HEADERS.includes(h.toLowerCase())
			);
			if (item) {
				method = 'survey';
				conversion = inp.conversion;
				let sum = 0;
				for (let i = 0; i < value.length; i++) sum += value[i];
				meanReferredValue = value.length ? sum / value.length : 0;
				const told = referralValueFromCounts(survey.items[item], conversion, meanReferredValue);
				const index = new Map(ids.map((id, i) => [id, i]));
				rv = new Float64Array(ids.length).fill(NaN);
				survey.customerId.forEach((id, r) => {
					const c = id === null ? undefined : index.get(id);
					if (c !== undefined && Number.isFinite(told[r])) rv![c] = inp.credit * told[r];
				});
			}
		}
		if (!rv) referralMissing = 'no_links';
		else {
			const q = valueQuadrants(value, rv);
			const points: ReferralPart['points'] = [];
			for (let i = 0; i < ids.length; i++) {
				const quadrant = q.quadrant[i];
				// Every referrer, and every 4th other customer keeps the scatter light.
				if (quadrant && (rv[i] > 0 || i % 4 === 0))
					points.push({ id: ids[i], value: value[i], referral: rv[i], quadrant });
			}
			const promoters = ids
				.map((id, i) => ({ id, value: value[i], referral: rv![i], referred: referred[i] }))
				.filter((_, i) => q.quadrant[i] === 'promoter')
				.sort((a, b) => b.referral - a.referral || a.id.localeCompare(b.id))
				.slice(0, 20);
			const total = Float64Array.from(value, (v, i) => v + (Number.isFinite(rv![i]) ? rv![i] : 0));
			const pyramidBasis = aligned ? 'clv' : 'revenue';
			const byValue = valuePyramid(value, { basis: pyramidBasis }).tier;
			const byTotal = valuePyramid(total, {
				basis: pyramidBasis === 'clv' ? 'clvReferral' : 'revenue'
			}).tier;
			let movedUp = 0;
			for (let i = 0; i < ids.length; i++) if (byTotal[i] < byValue[i]) movedUp++;
			const tiers = PYRAMID_TIERS.map((tier, t) => {
				let customers = 0;
				let roseInto = 0;
				for (let i = 0; i < ids.length; i++)
					if (byTotal[i] === t) {
						customers++;
						if (byValue[i] > t) roseInto++;
					}
				return { tier, customers, roseInto };
			});
			let nReferred = 0;
			for (const n of referred) nReferred += n;
			referral = {
				...basis,
				method,
				credit: inp.credit,
				conversion,
				customers: ids.length,
				referred: nReferred,
				meanReferredValue,
				clvCut: q.clvCut,
				referralCut: q.referralCut,
				counts: q.counts,
				points,
				promoters,
				tiers,
				movedUp
			};
		}
	}

	let loyalty: LoyaltyPart | null = null;
	let loyaltyMissing: ReferralLoyalty['loyaltyMissing'] = null;
	if (!survey) loyaltyMissing = 'no_survey';
	else {
		const items = findLoyaltyItems(Object.keys(survey.items));
		if (Object.keys(items).length === 0) loyaltyMissing = 'no_items';
		if (!loyaltyMissing || inp.keepEmpty) {
			const answers = Object.fromEntries(
				Object.entries(items).map(([item, col]) => [item, survey.items[col]])
			);
			const r = assignLoyaltyKinds(answers, survey.length, inp.rules);
			const behaviour = behaviourByKind(r.kind, survey, tx, inp);
			const { kind: _k, ...rest } = r;
			loyalty = { items, rules: inp.rules, result: rest, behaviour, horizonDays: inp.horizonDays };
		}
	}
	return { referral, referralMissing, loyalty, loyaltyMissing };
}

function behaviourByKind(
	kinds: (string | null)[],
	survey: SurveyTable,
	tx: TransactionTable | null,
	inp: ReferralLoyaltyInputs
): LoyaltyPart['behaviour'] {
	const names = [...new Set(inp.rules.map((r) => r.kind as string)), ''];
	const acc = new Map(
		names.map((k) => [k, { n: 0, rep: 0, repN: 0, value: 0, churn: 0, known: 0 }])
	);
	const txIndex = tx ? new Map(tx.customerIds.map((id, i) => [id, i])) : null;
	const days = new Map<number, number[]>();
	const spend = new Map<number, number>();
	if (tx) {
		for (let i = 0; i < tx.length; i++) {
			if (!days.has(tx.customer[i])) days.set(tx.customer[i], []);
			if (!tx.amount || tx.amount[i] > 0) days.get(tx.customer[i])!.push(tx.day[i]);
			spend.set(tx.customer[i], (spend.get(tx.customer[i]) ?? 0) + (tx.amount ? tx.amount[i] : 0));
		}
	}
	const cdIndex = inp.rule ? new Map(inp.rule.cd.customerIds.map((id, i) => [id, i])) : null;
	for (let r = 0; r < survey.length; r++) {
		const a = acc.get(kinds[r] ?? '')!;
		a.n++;
		const id = survey.customerId?.[r] ?? null;
		const c = id !== null && txIndex ? txIndex.get(id) : undefined;
		if (c === undefined) continue;
		a.value += spend.get(c) ?? 0;
		a.known++;
		if (survey.day) {
			const d0 = survey.day[r];
			a.repN++;
			if ((days.get(c) ?? []).some((d) => d > d0 && d <= d0 + inp.horizonDays)) a.rep++;
		}
		if (inp.rule && cdIndex) {
			const k = cdIndex.get(id!);
			const cd = inp.rule.cd;
			if (k !== undefined && cd.offsets[k + 1] > cd.offsets[k]) {
				const last = cd.day[cd.offsets[k + 1] - 1];
				if (cd.asOf - last > inp.rule.thresholdDays) a.churn++;
			}
		}
	}
	return names.map((kind) => {
		const a = acc.get(kind)!;
		return {
			kind,
			n: a.n,
			repurchase: a.repN ? a.rep / a.repN : null,
			meanValue: a.known ? a.value / a.known : null,
			churned: inp.rule && a.known ? a.churn / a.known : null
		};
	});
}

const str = (x: unknown) => (typeof x === 'string' && x !== '' ? x : null);
const num = (x: unknown, d: number) => (typeof x === 'number' && Number.isFinite(x) ? x : d);

/**
 * Worker entry: params { customersId?, transactionsId?, surveyId?, credit?, conversion?, rules?,
 * horizonDays?, value?: 'clv' (default) | 'historical' }.
 */
export async function referralLoyaltyAnalysis(
	ctx: AnalysisContext,
	params: Record<string, unknown>
) {
	const txId = str(params.transactionsId);
	const customersId = str(params.customersId);
	const surveyId = str(params.surveyId);
	let tx: TransactionTable | null = null;
	let asOf: number | null = null;
	let rule: ReferralLoyaltyInputs['rule'] = null;
	if (txId) {
		const p = baseParams({ ...params, id: txId });
		const d = await lifecycleData(ctx, p);
		asOf = d.asOf;
		tx = d.tx;
		try {
			rule = { cd: d.cd, thresholdDays: thresholdInfo(d, p.inactiveDays).used.days };
		} catch {
			rule = null;
		}
	}
	// Customer value: the Lifetime value page's model and settings for this dataset, predicting
	// from the analysis date as the value pyramid does (the page's own calibration end may hold
	// a year out for validation, which would leave that year's new customers without a value);
	// a failed fit falls back to net revenue to date and the page says why.
	let clv: ClvValues | null = null;
	let clvProblem: ReferralValueBasis['clvProblem'] = null;
	if (txId && params.value !== 'historical') {
		try {
			clv = await clvValues(ctx, { id: txId, calibrationEnd: asOf });
		} catch (e) {
			clvProblem =
				e instanceof AnalysisProblem
					? { code: e.code, values: e.values }
					: { code: 'referralView.clvFailed', values: {} };
		}
	}
	return referralLoyalty({
		clv,
		clvProblem,
		customers: customersId ? await ctx.customers(customersId) : null,
		tx,
		survey: surveyId ? await ctx.survey(surveyId) : null,
		credit: Math.min(1, Math.max(0, num(params.credit, 1))),
		conversion: Math.min(1, Math.max(0, num(params.conversion, 0.1))),
		rules: readRules(params.rules),
		horizonDays: Math.max(1, Math.round(num(params.horizonDays, 180))),
		rule,
		keepEmpty: params.keepEmpty === true
	});
}
