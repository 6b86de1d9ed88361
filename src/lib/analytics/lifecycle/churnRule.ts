// The one rule that says whether a customer is alive or churned at asOf, shared by Lifecycle,
// Lifetime value, Segments and the CLI. Per customer, never pooled:
//  - model: P(alive) from a buy-till-you-die model fitted to all purchases before asOf; churned
//    when P(alive) < cutoff. By default the better fitting (higher likelihood, same number of
//    parameters) of MBG/NBD and Pareto/NBD: BG/NBD gives P(alive) = 1 to every customer without
//    a repeat purchase, so it can never call a one-time buyer churned.
//  - gap: when no model can be fitted, inactive for longer than k × the customer's own median
//    gap between purchases, never less than a floor (the floor alone for one-purchase customers).
//  - days: one inactivity threshold for everybody, when the user states it.
// Each customer also gets the inactivity (days since the last purchase) beyond which the rule
// calls them churned, so the stage walk applies the same rule period by period.
import {
	fitTransactionModel,
	probabilityAlive,
	unitDays,
	type ClvUnit,
	type TransactionFit,
	type TransactionModelName
} from '../clv';
import { MISSING_DAY } from '../types';
import { DEFAULTS } from '../defaults';
import type { CustomerDays } from './customerDays';
import { LifecycleError } from './lifecycleIssue';

export type ChurnMethod = 'model' | 'gap' | 'days';
export type ChurnModelChoice = 'best' | TransactionModelName;

export interface ChurnRuleOptions {
	/** 'auto' = model, falling back to gap when no model can be fitted. */
	method: 'auto' | ChurnMethod;
	model: ChurnModelChoice;
	/** Churned when P(alive) < cutoff. */
	cutoff: number;
	/** Gap rule: churned after more than gapMultiple × own median gap... */
	gapMultiple: number;
	/** ...and never before floorDays (one-purchase customers: floorDays). */
	floorDays: number;
	/** Days rule: one threshold for everybody. */
	days: number | null;
}

export const DEFAULT_CHURN_RULE: ChurnRuleOptions = { ...DEFAULTS.churn, days: null };

/** Models tried by 'best': the two whose P(alive) can fall for one-time buyers. */
export const BEST_CANDIDATES: TransactionModelName[] = ['mbgnbd', 'paretonbd'];
/** The model works in weeks: a unit in which daily noise and multi-year spans both stay sane. */
const MODEL_UNIT: ClvUnit = 'week';

export interface ChurnModelInfo {
	name: TransactionModelName;
	params: Record<string, number>;
	logLik: number;
	/** Log-likelihood of every model tried (null = could not be fitted). */
	candidates: { name: TransactionModelName; logLik: number | null }[];
	/** Why this model: 'best_likelihood' or 'chosen' by the user. */
	why: 'best_likelihood' | 'chosen';
	unit: ClvUnit;
}

export interface ChurnRuleResult {
	method: ChurnMethod;
	/** Parameters of the method in use (cutoff, model; k, floor; days). */
	params: Record<string, number | string>;
	model: ChurnModelInfo | null;
	/** Why the model was not used under 'auto' (a clv issue code), else null. */
	fallback: string | null;
	/** P(alive) per customer of cd (NaN for customers without a purchase), with the model. */
	pAlive: Float64Array | null;
	/** Inactivity in days beyond which each customer counts as churned (Infinity = never). */
	thresholdDays: Float64Array;
	/** 1 = churned at asOf, per customer (0 also for customers without a purchase). */
	churned: Uint8Array;
	alive: number;
	churnedCount: number;
	/** Customers whose churn flag or date in a customers dataset decided. */
	flagged: number;
}

/** Flags from a customers dataset: they override the rule for the customers they cover. */
export interface ChurnOverride {
	/** 1 = the dataset says churned. */
	churned: Uint8Array;
	/** Churn day per customer (MISSING = none), when the dataset has a date. */
	churnDays: Int32Array | null;
	/** 1 = the dataset says something about this customer. */
	known: Uint8Array;
}

export function resolveChurnRule(partial: Partial<ChurnRuleOptions> = {}): ChurnRuleOptions {
	const o = { ...DEFAULT_CHURN_RULE, ...partial };
	const bad = (field: string) => new LifecycleError({ code: 'bad_rules', params: { field } });
	if (!['auto', 'model', 'gap', 'days'].includes(o.method)) throw bad('method');
	if (!['best', 'bgnbd', 'mbgnbd', 'paretonbd'].includes(o.model)) throw bad('model');
	if (!(o.cutoff > 0 && o.cutoff < 1)) throw bad('cutoff');
	if (!(o.gapMultiple > 0 && Number.isFinite(o.gapMultiple))) throw bad('gapMultiple');
	if (!(o.floorDays >= 1 && Number.isFinite(o.floorDays))) throw bad('floorDays');
	if (o.method === 'days' && !(o.days !== null && o.days >= 1 && Number.isFinite(o.days)))
		throw new LifecycleError({ code: 'bad_threshold', params: { days: String(o.days) } });
	return o;
}

/** x, t_x, T in weeks for every buyer; T runs to the last observed day (asOf − 1). */
function summaryOf(cd: CustomerDays) {
	const nc = cd.offsets.length - 1;
	const u = unitDays(MODEL_UNIT);
	const index: number[] = [];
	for (let c = 0; c < nc; c++) if (cd.offsets[c + 1] > cd.offsets[c]) index.push(c);
	const n = index.length;
	const x = new Float64Array(n);
	const tx = new Float64Array(n);
	const T = new Float64Array(n);
	index.forEach((c, i) => {
		const first = cd.day[cd.offsets[c]];
		const last = cd.day[cd.offsets[c + 1] - 1];
		x[i] = cd.offsets[c + 1] - cd.offsets[c] - 1;
		tx[i] = (last - first) / u;
		T[i] = (cd.asOf - 1 - first) / u;
	});
	return { index, summary: { length: n, x, tx, T } };
}

/** Fits the chosen model, or the best of the candidates; null with the first issue otherwise. */
export function fitChurnModel(
	cd: CustomerDays,
	choice: ChurnModelChoice
): { fit: TransactionFit; info: ChurnModelInfo } | { fit: null; issue: string } {
	const { summary } = summaryOf(cd);
	const names = choice === 'best' ? BEST_CANDIDATES : [choice];
	let best: TransactionFit | null = null;
	let issue = 'fit_failed';
	const candidates: ChurnModelInfo['candidates'] = [];
	for (const name of names) {
		const out = fitTransactionModel(summary, name);
		const ok = out.ok && out.fit.converged && Number.isFinite(out.fit.logLik);
		candidates.push({ name, logLik: ok ? out.fit.logLik : null });
		if (!out.ok) issue = out.issues[0]?.code ?? issue;
		else if (ok && (!best || out.fit.logLik > best.logLik)) best = out.fit;
	}
	if (!best) return { fit: null, issue };
	return {
		fit: best,
		info: {
			name: best.model,
			params: { ...best.params } as Record<string, number>,
			logLik: best.logLik,
			candidates,
			why: choice === 'best' ? 'best_likelihood' : 'chosen',
			unit: MODEL_UNIT
		}
	};
}

/**
 * Days of inactivity d (since the last purchase, counted to the last observed day) at which
 * P(alive) falls to the cutoff: P(alive) falls as inactivity grows with x and t_x fixed.
 */
function inactivityAtCutoff(fit: TransactionFit, x: number, tx: number, cutoff: number): number {
	const u = unitDays(MODEL_UNIT);
	const p = (d: number) => probabilityAlive(fit, x, tx, tx + d / u);
	if (p(0) < cutoff) return 0;
	let hi = 64;
	while (p(hi) >= cutoff) {
		hi *= 2;
		if (hi > 1e6) return Infinity; // never falls below the cutoff (BG/NBD with x = 0)
	}
	let lo = 0;
	for (let i = 0; i < 40 && hi - lo > 1e-3; i++) {
		const mid = (lo + hi) / 2;
		if (p(mid) >= cutoff) lo = mid;
		else hi = mid;
	}
	return hi;
}

/** The median gap between a customer's purchase days (0 with one purchase day). */
function medianGap(cd: CustomerDays, c: number, scratch: number[]): number {
	scratch.length = 0;
	for (let j = cd.offsets[c] + 1; j < cd.offsets[c + 1]; j++)
		scratch.push(cd.day[j] - cd.day[j - 1]);
	if (scratch.length === 0) return 0;
	scratch.sort((a, b) => a - b);
	const m = scratch.length >> 1;
	return scratch.length % 2 ? scratch[m] : (scratch[m - 1] + scratch[m]) / 2;
}

export function churnRule(
	cd: CustomerDays,
	options: Partial<ChurnRuleOptions> = {},
	override: ChurnOverride | null = null,
	/** A fit made earlier for the same data and choice (the engine caches the 2 s Pareto/NBD). */
	cachedFit: ReturnType<typeof fitChurnModel> | null = null
): ChurnRuleResult {
	const o = resolveChurnRule(options);
	const nc = cd.offsets.length - 1;
	const thresholdDays = new Float64Array(nc).fill(Infinity);
	const churned = new Uint8Array(nc);
	let method: ChurnMethod = o.method === 'auto' ? 'model' : o.method;
	let model: ChurnModelInfo | null = null;
	let fallback: string | null = null;
	let pAlive: Float64Array | null = null;
	let params: ChurnRuleResult['params'] = {};
	const lastDay = (c: number) => cd.day[cd.offsets[c + 1] - 1];

	if (method === 'model') {
		const f = cachedFit ?? fitChurnModel(cd, o.model);
		if (f.fit) {
			model = f.info;
			params = { model: f.info.name, cutoff: o.cutoff };
			pAlive = new Float64Array(nc).fill(NaN);
			const { index, summary } = summaryOf(cd);
			// Customers sharing (x, t_x) share the threshold: compute it once per pair.
			const seen = new Map<string, number>();
			index.forEach((c, i) => {
				const x = summary.x[i];
				const tx = summary.tx[i];
				const pa = probabilityAlive(f.fit, x, tx, summary.T[i]);
				pAlive![c] = pa;
				const k = `${x}|${tx}`;
				let d = seen.get(k);
				if (d === undefined) seen.set(k, (d = inactivityAtCutoff(f.fit, x, tx, o.cutoff)));
				// Walker: churned when asOf − last > threshold; here inactivity = asOf − 1 − last.
				let th = d + 1;
				const gap = cd.asOf - lastDay(c);
				const isChurned = pa < o.cutoff;
				// Keep the walk's last period exactly on the P(alive) decision at the boundary.
				if (isChurned && !(gap > th)) th = Math.max(0, gap - 0.5);
				if (!isChurned && gap > th) th = gap;
				thresholdDays[c] = th;
				churned[c] = isChurned ? 1 : 0;
			});
		} else if (o.method === 'auto') {
			method = 'gap';
			fallback = f.issue;
		} else throw new LifecycleError({ code: 'fit_failed', params: { issue: f.issue } });
	}
	if (method === 'gap') {
		params = { gapMultiple: o.gapMultiple, floorDays: o.floorDays };
		const scratch: number[] = [];
		for (let c = 0; c < nc; c++) {
			if (cd.offsets[c + 1] === cd.offsets[c]) continue;
			thresholdDays[c] = Math.max(o.floorDays, o.gapMultiple * medianGap(cd, c, scratch));
		}
	}
	if (method === 'days') {
		params = { days: o.days as number };
		for (let c = 0; c < nc; c++) if (cd.offsets[c + 1] > cd.offsets[c]) thresholdDays[c] = o.days!;
	}
	if (method !== 'model')
		for (let c = 0; c < nc; c++)
			if (cd.offsets[c + 1] > cd.offsets[c])
				churned[c] = cd.asOf - lastDay(c) > thresholdDays[c] ? 1 : 0;

	let flagged = 0;
	if (override)
		for (let c = 0; c < nc; c++) {
			if (!override.known[c] || cd.offsets[c + 1] === cd.offsets[c]) continue;
			flagged++;
			const last = lastDay(c);
			if (!override.churned[c]) thresholdDays[c] = Infinity;
			else {
				const d = override.churnDays?.[c] ?? MISSING_DAY;
				// Churned from the stated date on; without one, by the rule's own threshold, and
				// at asOf at the latest.
				thresholdDays[c] =
					d !== MISSING_DAY && d > last && d < cd.asOf
						? d - last - 0.5
						: Math.min(thresholdDays[c], Math.max(0, cd.asOf - last - 0.5));
			}
			churned[c] = override.churned[c] ? 1 : 0;
		}
	let alive = 0;
	let churnedCount = 0;
	for (let c = 0; c < nc; c++) {
		if (cd.offsets[c + 1] === cd.offsets[c]) continue;
		if (churned[c]) churnedCount++;
		else alive++;
	}
	return {
		method,
		params,
		model,
		fallback,
		pAlive,
		thresholdDays,
		churned,
		alive,
		churnedCount,
		flagged
	};
}
