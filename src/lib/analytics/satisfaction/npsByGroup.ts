// NPS for each group of a category column (e.g. gender, region); respondents with no group are
// left out. A group with no usable answer gets its issue instead of a score.
import type { Scale } from './detectScale';
import { nps, type NpsResult } from './nps';
import type { SatisfactionIssue } from './satisfactionIssue';
import type { CategoryColumn } from '../types';
import { emptyRecord } from '../emptyRecord';

export function npsByGroup(
	values: Float64Array,
	scale: Scale | null,
	group: CategoryColumn
): Record<string, NpsResult | SatisfactionIssue> {
	const members: number[][] = group.labels.map(() => []);
	for (let i = 0; i < values.length; i++) {
		const g = group.codes[i];
		if (g >= 0) members[g].push(i);
	}
	const out: Record<string, NpsResult | SatisfactionIssue> = emptyRecord();
	group.labels.forEach((label, g) => {
		out[label] = nps(
			Float64Array.from(members[g], (i) => values[i]),
			scale
		);
	});
	return out;
}
