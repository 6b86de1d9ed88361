// NPS per survey wave, in the waves' order, each with its change from the wave before (the
// NPS card's group difference, npsDifference.ts). Waves are ordered by their first answer's date
// when the survey has dates (a wave named "spring" then "autumn" reads in time), else by name
// with numbers compared as numbers ("wave 2" before "wave 10"). Respondents without a wave are
// left out; a wave without a usable answer gets its issue and is skipped by the next change.
import type { Scale } from './detectScale';
import { nps, type NpsResult } from './nps';
import { npsDifference, type NpsDifference } from './npsDifference';
import type { SatisfactionIssue } from './satisfactionIssue';
import type { CategoryColumn } from '../types';

export interface NpsWave {
	label: string;
	/** The wave's first dated answer (a day number); null without dates. */
	firstDay: number | null;
	result: NpsResult | SatisfactionIssue;
	/** This wave minus the previous scored wave; null for the first or an unscored wave. */
	change: NpsDifference | null;
	/** The wave this one is compared with. */
	previous: string | null;
}

const byName = new Intl.Collator('en', { numeric: true }).compare;

export function npsByWave(
	values: Float64Array,
	scale: Scale | null,
	wave: CategoryColumn,
	day: Int32Array | null = null
): NpsWave[] {
	const members: number[][] = wave.labels.map(() => []);
	const first: number[] = wave.labels.map(() => Infinity);
	for (let i = 0; i < values.length; i++) {
		const w = wave.codes[i];
		if (w < 0) continue;
		members[w].push(i);
		// MISSING_DAY is −2³¹: a row without a date never sets the first day.
		if (day && day[i] > -2147483648 && day[i] < first[w]) first[w] = day[i];
	}
	const dated = day !== null && first.every((d, w) => d < Infinity || members[w].length === 0);
	const order = wave.labels
		.map((label, w) => ({ label, w }))
		.filter(({ w }) => members[w].length > 0)
		.sort((a, b) =>
			dated && first[a.w] !== first[b.w] ? first[a.w] - first[b.w] : byName(a.label, b.label)
		);
	const out: NpsWave[] = [];
	let prev: { label: string; result: NpsResult } | null = null;
	for (const { label, w } of order) {
		const result = nps(
			Float64Array.from(members[w], (i) => values[i]),
			scale
		);
		const scored = !('code' in result);
		out.push({
			label,
			firstDay: dated ? first[w] : null,
			result,
			change: scored && prev ? npsDifference(result, prev.result) : null,
			previous: scored && prev ? prev.label : null
		});
		if (scored) prev = { label, result };
	}
	return out;
}
