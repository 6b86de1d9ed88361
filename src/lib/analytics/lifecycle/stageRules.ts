// The relationship-lifecycle stages (exploration 考察期, formation 形成期, stability 稳定期,
// decline 退化期, plus churned 流失) are assigned by transparent rules held as data, so the UI
// can show and edit every number. Defaults are for monthly periods.
import { DEFAULTS } from '../defaults';
import { LifecycleError } from './lifecycleIssue';
import { GRAINS, type Grain } from './periodOfDay';

export const STAGES = ['exploration', 'formation', 'stability', 'decline', 'churned'] as const;
export type Stage = (typeof STAGES)[number];
/** Stage codes in typed arrays are indexes into STAGES; NO_STAGE = not a customer (yet). */
export const NO_STAGE = 255;

/** The five-stage naming of the same lifecycle: acquisition 获取, growth 提升, maturity 成熟, ... */
export const FIVE_STAGE_NAMES = {
	exploration: 'acquisition',
	formation: 'growth',
	stability: 'maturity',
	decline: 'decline',
	churned: 'churn'
} as const satisfies Record<Stage, string>;
export type FiveStageName = (typeof FIVE_STAGE_NAMES)[Stage];

export interface StageRules {
	/** Period length the stages are computed on. */
	grain: Grain;
	/** Exploration: the first N periods after acquisition (k < N)... */
	explorationPeriods: number;
	/** ...or as long as the customer has at most this many purchase days so far. */
	explorationMaxPurchases: number;
	/** Window length in periods: the last `window` periods are compared with the `window` before. */
	window: number;
	/** Formation: mean spend of the last window above the previous window's by more than this share. */
	growth: number;
	/** Decline: mean spend of the last window below the previous window's by more than this share. */
	drop: number;
	/** Stability: last-window mean at least this multiple of the customer's typical spend per period. */
	stabilityLevel: number;
	/** Exit pattern IV (long-term retention) needs at least this many periods in stability. */
	lateStabilityPeriods: number;
}

/**
 * Defaults: exploration = first 3 months or ≤ 2 purchase days so far; windows of 3 months;
 * formation = last quarter's monthly spend > 120 % of the quarter before (before stability was
 * ever reached); decline = < 70 % of it; stability = at or above the customer's own average
 * monthly spend since acquisition; pattern IV = 6 or more months in stability.
 */
export const DEFAULT_STAGE_RULES: StageRules = {
	grain: 'month',
	explorationPeriods: DEFAULTS.stages.explorationPeriods,
	explorationMaxPurchases: DEFAULTS.stages.explorationMaxPurchases,
	window: 3,
	growth: 0.2,
	drop: 0.3,
	stabilityLevel: 1,
	lateStabilityPeriods: DEFAULTS.stages.lateStabilityPeriods
};

/** Defaults filled in and every number checked; throws bad_rules naming the first bad field. */
export function resolveStageRules(partial: Partial<StageRules> = {}): StageRules {
	const rules = { ...DEFAULT_STAGE_RULES, ...partial };
	const bad = (field: string) => new LifecycleError({ code: 'bad_rules', params: { field } });
	if (!GRAINS.includes(rules.grain)) throw bad('grain');
	const counts = [
		'explorationPeriods',
		'explorationMaxPurchases',
		'window',
		'lateStabilityPeriods'
	] as const;
	for (const f of counts) if (!(Number.isInteger(rules[f]) && rules[f] >= 0)) throw bad(f);
	if (rules.window < 1) throw bad('window');
	if (!(rules.growth >= 0 && Number.isFinite(rules.growth))) throw bad('growth');
	if (!(rules.drop > 0 && rules.drop < 1)) throw bad('drop');
	if (!(rules.stabilityLevel > 0 && Number.isFinite(rules.stabilityLevel)))
		throw bad('stabilityLevel');
	return rules;
}
