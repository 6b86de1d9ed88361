// The value each customer is ranked by in the pyramid, Pareto and ABC: predicted lifetime value
// when the lifetime-value analysis gives one, else margin when the data has cost, else net
// revenue. The basis is always returned with the values so the page can state it. On request
// (never by auto), predicted CLV + referral value from the customers dataset's referred-by links.
import { attributeText } from '../../analytics/churn/churnReport';
import { findColumn } from '../../analytics/churn/courseColumns';
import { valueWithReferral } from '../../analytics/referral/valueWithReferral';
import { valueBasis } from '../../analytics/value/valueBasis';
import { clvValues } from '../clv/clvValues';
import type { AnalysisContext } from '../context';
import { memo } from './segmentsMemo';
import type { SegmentsModel } from './segmentsModel';
import type { BasisChoice, BasisName, ClvBasisNote, ReferralBasisNote } from './segmentsResult';

export type { BasisName };

/** Credit for the referrer on the pyramid's basis: all of a referred customer's CLV (stated). */
const REFERRAL_CREDIT = 1;

export interface ValueVector {
	basis: BasisName;
	values: Float64Array;
	/** Bases this data offers; lifetime value only when it was tried (auto or clv) and worked. */
	available: BasisName[];
	clv: ClvBasisNote | null;
	referral: ReferralBasisNote | null;
	/** Cache-key stem naming this exact vector. */
	key: string;
}

interface AlignedClv {
	values: Float64Array;
	note: ClvBasisNote;
	key: string;
}

/** CLV per customer of the model's table, or null when the lifetime-value analysis cannot give one. */
async function clvFor(ctx: AnalysisContext, m: SegmentsModel): Promise<AlignedClv | null> {
	let got: Awaited<ReturnType<typeof clvValues>>;
	try {
		// Asks for predictions from the analysis date; clvValues may answer from the lifetime-value
		// page's own calibration end instead, and its answer says which (note.asOf).
		got = await clvValues(ctx, {
			id: m.settings.id,
			calibrationEnd: m.asOf,
			source: m.source,
			unit: m.settings.unit
		});
	} catch {
		// No fit (too few repeat buyers, no amounts …): the pyramid falls back silently.
		return null;
	}
	if (!got || !Array.isArray(got.ids) || !Array.isArray(got.clv)) return null;
	let sum = 0;
	for (const v of got.clv) sum += v;
	const key = `clv|${got.model}|${got.asOf}|${got.horizonMonths}|${got.ids.length}|${sum}`;
	return memo(m.owner, `${key}|${m.asOf}`, () => {
		const byId = new Map<string, number>();
		got.ids.forEach((id, i) => byId.set(id, got.clv[i]));
		const values = new Float64Array(m.table.length);
		let missing = 0;
		m.table.ids.forEach((id, j) => {
			const v = byId.get(id);
			if (v === undefined || !Number.isFinite(v)) missing++;
			else values[j] = v;
		});
		return {
			values,
			key,
			note: { model: got.model, asOf: got.asOf, horizonMonths: got.horizonMonths, missing }
		};
	});
}

/** Referred-by text per customer of the model's table, or null without a links column. */
async function referredByFor(
	ctx: AnalysisContext,
	m: SegmentsModel
): Promise<{ column: string; by: (string | null)[] } | null> {
	const id = m.settings.customersId;
	if (!id) return null;
	try {
		const customers = await ctx.customers(id);
		const column = findColumn(Object.keys(customers.columns), 'referredBy');
		const text = attributeText(customers, column);
		if (!column || !text) return null;
		const byId = new Map<string, string | null>();
		customers.ids.forEach((cid, i) => byId.set(cid, text[i]));
		return { column, by: m.table.ids.map((cid) => byId.get(cid) ?? null) };
	} catch {
		// A customers dataset without an id column (or gone) gives no links.
		return null;
	}
}

export async function segmentsValueVector(
	ctx: AnalysisContext,
	m: SegmentsModel,
	choice: BasisChoice
): Promise<ValueVector | null> {
	const { table } = m;
	if (!table.monetary) return null;
	// A model fit is only worth its time when lifetime value may be the answer.
	const clv =
		choice === 'auto' || choice === 'clv' || choice === 'clvReferral' ? await clvFor(ctx, m) : null;
	const links = choice === 'clvReferral' && clv ? await referredByFor(ctx, m) : null;
	const available: BasisName[] = [];
	if (clv && links) available.push('clvReferral');
	if (clv) available.push('clv');
	if (table.margin) available.push('margin');
	available.push('revenue');
	// Auto never picks CLV + referral value: it is a teaching lens, asked for by name.
	const basis =
		choice !== 'auto' && available.includes(choice)
			? choice
			: (available.find((b) => b !== 'clvReferral') ?? 'revenue');
	if (basis === 'clvReferral' && clv && links) {
		const ids = m.table.ids;
		const key = `clvReferral|${clv.key}|${links.column}|${m.settings.customersId}`;
		const r = memo(m.owner, `${key}|${m.asOf}`, () =>
			valueWithReferral(ids, clv.values, links.by, REFERRAL_CREDIT)
		);
		const referral: ReferralBasisNote = {
			column: links.column,
			referrers: r.referrers,
			referred: r.referred,
			unknownReferrers: r.unknownReferrers,
			credit: REFERRAL_CREDIT
		};
		return { basis, values: r.values, available, clv: clv.note, referral, key };
	}
	if (basis === 'clv' && clv)
		return { basis, values: clv.values, available, clv: clv.note, referral: null, key: clv.key };
	const v = valueBasis(table, basis);
	return { basis, values: v.values, available, clv: null, referral: null, key: basis };
}
