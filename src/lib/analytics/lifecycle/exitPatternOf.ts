// The four exit patterns of the customer life curve (客户生命曲线): a churned customer is
// classified by the furthest stage reached before leaving — I early abortion 初期流产型 (never
// left exploration), II midway death 半途夭折型 (reached formation, never stability), III
// premature exit 提前退出型 (stability for fewer than K periods), IV long-term retention
// 长期保持型 (stability for K periods or more). Decline does not move a customer further.

export const EXIT_PATTERNS = ['I', 'II', 'III', 'IV'] as const;
export type ExitPattern = (typeof EXIT_PATTERNS)[number];
/** Pattern codes: 0–3 = I–IV, ACTIVE = not churned at asOf, NO_PATTERN = no purchase. */
export const CUSTOMER_PATTERNS = [...EXIT_PATTERNS, 'active'] as const;
export type CustomerPattern = (typeof CUSTOMER_PATTERNS)[number];
export const ACTIVE_PATTERN = 4;
export const NO_PATTERN = 255;

export interface StageHistory {
	churnedAtAsOf: boolean;
	/** Furthest of exploration (0), formation (1), stability (2) ever reached. */
	furthest: number;
	stabilityPeriods: number;
}

/**
 * Pattern code (index into CUSTOMER_PATTERNS). Plain number arguments: it runs once per customer
 * inside the stage walk, where passing objects measurably slowed V8.
 */
export function exitPatternOf(
	churnedAtAsOf: boolean,
	furthest: number,
	stabilityPeriods: number,
	lateStabilityPeriods: number
): number {
	if (!churnedAtAsOf) return ACTIVE_PATTERN;
	if (furthest < 2) return furthest;
	return stabilityPeriods >= lateStabilityPeriods ? 3 : 2;
}
