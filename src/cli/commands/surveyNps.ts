// What `cli survey` adds to the survey report about NPS (issue 15): the score's 95 % interval
// the app shows, and with --by COLUMN the NPS of each group of that survey column with its
// interval and the difference between two groups (--compare A,B; default the two largest) with
// its interval and two-sided p-value.
import {
	nps,
	npsByGroup,
	npsDifference,
	type NpsDifference,
	type Scale
} from '../../lib/analytics/satisfaction/index';
import type { SurveyTable } from '../../lib/analytics/types';
import { CliError } from '../args';

export interface SurveyNpsExtras {
	npsInterval: { item: string; score: number; se: number; ci95: [number, number] } | null;
	npsGroups?: {
		by: string;
		groups: { group: string; n: number; score: number; ci95: [number, number] }[];
	};
	npsDifference?: { a: string; b: string } & NpsDifference;
}

export function surveyNpsExtras(
	table: SurveyTable,
	recommendation: string[],
	scales: Record<string, Scale | null>,
	options: Record<string, string>
): SurveyNpsExtras {
	const item =
		recommendation.find((i) => scales[i]?.[0] === 0 && scales[i]?.[1] === 10) ?? recommendation[0];
	const overall = item ? nps(table.items[item], scales[item] ?? null) : null;
	const out: SurveyNpsExtras = {
		npsInterval:
			item && overall && !('code' in overall)
				? { item, score: overall.score, se: overall.se, ci95: overall.ci95 }
				: null
	};
	const by = options.by;
	if (by === undefined) {
		if (options.compare !== undefined) throw new CliError('--compare A,B needs --by COLUMN');
		return out;
	}
	const columns = Object.keys(table.groups ?? {});
	const column = table.groups?.[by];
	if (!column)
		throw new CliError(
			`--by: no category column "${by}" (columns: ${columns.join(', ') || 'none'})`
		);
	if (!out.npsInterval)
		throw new CliError('--by: the survey has no 0–10 recommendation item for NPS');
	const results = npsByGroup(table.items[item], scales[item] ?? null, column);
	const groups = Object.entries(results)
		.filter((e): e is [string, Exclude<(typeof e)[1], { code: string }>] => !('code' in e[1]))
		.map(([group, r]) => ({ group, n: r.n, score: r.score, se: r.se, ci95: r.ci95 }));
	out.npsGroups = { by, groups: groups.map(({ se: _se, ...g }) => g) };
	let pair: [string, string] | null = null;
	if (options.compare !== undefined) {
		const names = options.compare.split(',').map((s) => s.trim());
		if (names.length !== 2) throw new CliError('--compare takes two groups: A,B');
		for (const n of names)
			if (!groups.some((g) => g.group === n))
				throw new CliError(
					`--compare: no group "${n}" in ${by} (groups: ${groups.map((g) => g.group).join(', ')})`
				);
		pair = [names[0], names[1]];
	} else if (groups.length >= 2) {
		const big = [...groups].sort((x, y) => y.n - x.n || (x.group < y.group ? -1 : 1));
		pair = [big[0].group, big[1].group];
	}
	if (pair) {
		const a = groups.find((g) => g.group === pair[0])!;
		const b = groups.find((g) => g.group === pair[1])!;
		out.npsDifference = { a: a.group, b: b.group, ...npsDifference(a, b) };
	}
	return out;
}
