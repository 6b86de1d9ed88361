// Two chunks' cohort counts added cell by cell (see cohortCounts): counts add exactly, revenue
// in the order the chunks come. Chunks must share grain, first cohort and width — they do when
// each was given the same asOf and anchor day; anything else is a caller's bug, said loudly.
import type { CohortCounts } from './cohortCounts';

function sum(a: Float64Array, b: Float64Array): Float64Array {
	const out = new Float64Array(a.length);
	for (let i = 0; i < a.length; i++) out[i] = a[i] + b[i];
	return out;
}

export function mergeCohortCounts(a: CohortCounts, b: CohortCounts): CohortCounts {
	if (a.grain !== b.grain || a.firstPeriod !== b.firstPeriod || a.width !== b.width)
		throw new Error(
			`mergeCohortCounts: cohorts do not line up (${a.grain} ${a.firstPeriod}+${a.width} vs ` +
				`${b.grain} ${b.firstPeriod}+${b.width}); give every chunk the same asOf and anchor day`
		);
	if ((a.revenue === null) !== (b.revenue === null))
		throw new Error('mergeCohortCounts: one part has revenue and the other has none');
	return {
		grain: a.grain,
		firstPeriod: a.firstPeriod,
		width: a.width,
		labels: a.labels,
		size: sum(a.size, b.size),
		active: sum(a.active, b.active),
		revenue: a.revenue && b.revenue ? sum(a.revenue, b.revenue) : null,
		partialPeriod: a.partialPeriod ?? b.partialPeriod
	};
}
