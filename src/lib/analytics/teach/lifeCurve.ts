// A stylised customer life curve 客户生命曲线: spend per period (peak = 100) through exploration
// 考察期, formation 形成期, stability 稳定期 and decline 退化期, cut off where the customer leaves.
// Where the last period falls names the exit pattern: I early abortion 初期流产型, II midway death
// 半途夭折型, III premature exit 提前退出型 (first half of stability), IV long-term retention 长期保持型.
import { requireAtLeast } from './teachIssue';

export const LIFE_STAGES = ['exploration', 'formation', 'stability', 'decline'] as const;
export type LifeStage = (typeof LIFE_STAGES)[number];
export const EXIT_PATTERN_NAMES = ['I', 'II', 'III', 'IV'] as const;
export type ExitPatternName = (typeof EXIT_PATTERN_NAMES)[number];

/** Stage lengths in periods. */
export type StageLengths = Record<LifeStage, number>;

export const DEFAULT_STAGE_LENGTHS: StageLengths = {
	exploration: 4,
	formation: 8,
	stability: 20,
	decline: 8
};

/** Periods stayed (the customer buys in periods 0 … exit − 1) for each pattern by default. */
/** IV leaves at the end of stability: long-term retention means leaving late in stability. */
export const DEFAULT_EXITS: Record<ExitPatternName, number> = { I: 3, II: 9, III: 16, IV: 32 };

function starts(l: StageLengths) {
	const formation = l.exploration;
	const stability = formation + l.formation;
	const decline = stability + l.stability;
	return { formation, stability, decline, end: decline + l.decline };
}

function check(l: StageLengths): void {
	for (const s of LIFE_STAGES) requireAtLeast(s, l[s], 1);
}

export function totalPeriods(l: StageLengths): number {
	return starts(l).end;
}

/** First period of each stage: the boundaries a chart marks. */
export function stageStarts(l: StageLengths): Record<LifeStage, number> {
	const s = starts(l);
	return { exploration: 0, formation: s.formation, stability: s.stability, decline: s.decline };
}

export function stageAt(t: number, l: StageLengths): LifeStage {
	const s = starts(l);
	if (t < s.formation) return 'exploration';
	if (t < s.stability) return 'formation';
	if (t < s.decline) return 'stability';
	return 'decline';
}

/** Spend in period t of a customer who stays: low trial orders, fast growth, plateau, fall. */
export function spendAt(t: number, l: StageLengths): number {
	const s = starts(l);
	if (t < 0 || t >= s.end) return 0;
	if (t < s.formation) return 10 + (10 * t) / l.exploration;
	if (t < s.stability) {
		const u = (t - s.formation) / l.formation;
		// Smoothstep: growth is fastest mid-formation, as in the textbook S-shaped rise.
		return 20 + 80 * u * u * (3 - 2 * u);
	}
	if (t < s.decline) return 100;
	return 100 - (70 * (t - s.decline + 1)) / l.decline;
}

/** The pattern of a customer who stays `exit` periods (last purchase in period exit − 1). */
export function exitPatternAt(exit: number, l: StageLengths): ExitPatternName {
	const s = starts(l);
	const last = exit - 1;
	if (last < s.formation) return 'I';
	if (last < s.stability) return 'II';
	if (last < s.stability + Math.ceil(l.stability / 2)) return 'III';
	return 'IV';
}

/** Slider range [min, max] of `exit` that keeps a customer in the given pattern. */
export function exitRange(pattern: ExitPatternName, l: StageLengths): [number, number] {
	check(l);
	const s = starts(l);
	const earlyStabilityEnd = s.stability + Math.ceil(l.stability / 2);
	const ranges: Record<ExitPatternName, [number, number]> = {
		I: [1, s.formation],
		II: [s.formation + 1, s.stability],
		III: [s.stability + 1, earlyStabilityEnd],
		// Late stability (稳定期后期), as on the Lifecycle page — not the decline stage.
		IV: [earlyStabilityEnd + 1, s.decline]
	};
	return ranges[pattern];
}

export interface LifeCurve {
	pattern: ExitPatternName;
	/** Spend per period 0 … end; 0 from the exit on. */
	spend: number[];
	/** Sum of spend over the periods stayed: what the relationship was worth. */
	total: number;
}

export function lifeCurve(exit: number, l: StageLengths = DEFAULT_STAGE_LENGTHS): LifeCurve {
	check(l);
	const end = totalPeriods(l);
	requireAtLeast('exit', exit, 1, end);
	const spend: number[] = [];
	let total = 0;
	for (let t = 0; t <= end; t++) {
		const v = t < exit ? spendAt(t, l) : 0;
		spend.push(v);
		total += v;
	}
	return { pattern: exitPatternAt(exit, l), spend, total };
}
