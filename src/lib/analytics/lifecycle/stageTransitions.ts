// Stage transition matrix between two dates: how many customers moved from each stage at the
// first date to each stage at the second. A date stands for its period (the stage assigned at
// the period's end); customers acquired in between form the "new" row.
import { isoFromDay } from '../dates';
import type { Day } from '../types';
import type { CustomerDays } from './customerDays';
import { LifecycleError } from './lifecycleIssue';
import { periodOfDay, periodStartDay } from './periodOfDay';
import { STAGES, type Stage, type StageRules } from './stageRules';
import { createStageWalker } from './stageWalker';

export type TransitionRow = 'new' | Stage;

export interface StageTransitions {
	/** First days of the two periods compared. */
	from: string;
	to: string;
	rows: TransitionRow[];
	columns: Stage[];
	/** matrix[row][column] = customers; row 0 = acquired after the first period. */
	matrix: number[][];
}

export function stageTransitions(
	cd: CustomerDays,
	thresholdDays: number | Float64Array,
	rules: StageRules,
	from: Day,
	to: Day
): StageTransitions {
	const walker = createStageWalker(cd, thresholdDays, rules);
	const pf = periodOfDay(rules.grain, from);
	const pt = periodOfDay(rules.grain, to);
	if (!(Number.isInteger(from) && Number.isInteger(to)) || pf >= pt || to >= cd.asOf)
		throw new LifecycleError({
			code: 'bad_dates',
			params: { from: isoFromDay(from), to: isoFromDay(to) }
		});
	const matrix = Array.from({ length: STAGES.length + 1 }, () =>
		new Array<number>(STAGES.length).fill(0)
	);
	const nc = cd.offsets.length - 1;
	for (let c = 0; c < nc; c++) {
		const w = walker.walk(c);
		if (!w) continue;
		const kt = pt - w.acquisitionPeriod;
		if (kt < 0) continue;
		const kf = pf - w.acquisitionPeriod;
		matrix[kf < 0 ? 0 : walker.stage[kf] + 1][walker.stage[kt]]++;
	}
	return {
		from: isoFromDay(periodStartDay(rules.grain, pf)),
		to: isoFromDay(periodStartDay(rules.grain, pt)),
		rows: ['new', ...STAGES],
		columns: [...STAGES],
		matrix
	};
}
