// `cli survey <file> [--map ITEM=construct,...] [--reverse ITEM,...] [--scale ITEM=0-10,...]`:
// the survey report (scales, constructs with Cronbach's alpha and mean 0–10 score, NPS, Jones &
// Sasser zone counts) read with the same mapping rules as the app. --map entries replace the
// header suggestions item by item; `ITEM=none` leaves an item out.
// Runs the engine registry's `satisfactionReport` (the report read with the app's mapping, and
// the NPS additions: the interval, NPS by --by COLUMN, the difference of two groups). The
// analytics names imported here only check and quote the options (constructs, known scales).
import {
	CONSTRUCTS,
	KNOWN_SCALES,
	isConstruct,
	type NpsDifference,
	type Scale,
	type SurveyReport
} from '../../lib/analytics/satisfaction/index';
import { DEFAULTS } from '../../lib/analytics/defaults';
import type { ColumnarDataset } from '../../lib/data/tables/toTables';
import { toSurveyTable } from '../../lib/data/tables/toTables';
import { runAnalysis } from '../../lib/engine/registry';
import { CliError } from '../args';
import { filesContext } from '../filesContext';
import { loadFile } from '../loadFile';

/** What `cli survey` adds to the survey report about NPS (issue 15). */
export interface SurveyNpsExtras {
	npsInterval: { item: string; score: number; se: number; ci95: [number, number] } | null;
	npsGroups?: {
		by: string;
		groups: { group: string; n: number; score: number; ci95: [number, number] }[];
	};
	npsDifference?: { a: string; b: string } & NpsDifference;
}

const JS = DEFAULTS.jonesSasser;

export const SURVEY_HELP = `usage: cli survey <file> [--map ITEM=construct,...] [--reverse ITEM,...]
       [--scale ITEM=0-10,...]
The survey report: each item's scale, constructs with Cronbach's alpha and mean 0–10 score, the
loyalty index, NPS and Jones & Sasser zone counts, read with the same rules and defaults as the
app (src/lib/analytics/defaults.ts):
  scales   from the answers: the tightest of ${KNOWN_SCALES.map((k) => k.join('–')).join(', ')} that holds
           them; an item whose answers leave it open borrows the scale most other items have. A
           header never overrides the answers: "recommend" with 1s and no 0 is 1–10 until you
           declare --scale recommend=0-10.
  NPS      only on a 0–10 recommendation item: promoters ${DEFAULTS.nps.promoterMin}–10, passives ${DEFAULTS.nps.passiveMin}–${DEFAULTS.nps.promoterMin - 1},
           detractors 0–${DEFAULTS.nps.passiveMin - 1}; otherwise an nps_wrong_scale issue says which scale was read.
  loyalty  index = mean of the 0–10 scores of ${DEFAULTS.loyaltyIndex.constructs.join(', ')};
           price tolerance is left out (it follows switching cost and price, not loyalty).
  zones    Jones & Sasser on the 0–10 satisfaction and loyalty scores: high from ${JS.satisfactionHigh} (satisfaction)
           and ${JS.loyaltyHigh} (loyalty); apostles ${JS.apostleMin}+ on both, terrorists ${JS.terroristMax} or less on both.
--map ITEM=construct replaces the header suggestion (ITEM=none leaves it out); --reverse turns
items round on their own scale; --scale ITEM=LO-HI declares a scale.`;

function pairs(text: string | undefined, flag: string): [string, string][] {
	if (!text || text === 'true') return [];
	return text
		.split(',')
		.map((p) => p.trim())
		.filter((p) => p !== '')
		.map((p) => {
			const eq = p.lastIndexOf('=');
			if (eq <= 0) throw new CliError(`--${flag}: expected ITEM=value, got "${p}"`);
			return [p.slice(0, eq).trim(), p.slice(eq + 1).trim()];
		});
}

function checkItem(item: string, items: string[], flag: string): void {
	if (!items.includes(item))
		throw new CliError(`--${flag}: no item "${item}" (items: ${items.join(', ')})`);
}

export async function surveyCommand(
	file: string,
	options: Record<string, string>
): Promise<SurveyReport & SurveyNpsExtras> {
	const { dataset } = loadFile(file, options, 'survey');
	const table = toSurveyTable(dataset);
	const items = Object.keys(table.items);
	if (items.length === 0) throw new CliError(`${file}: no rating items found`);
	const map: Record<string, string> = {};
	for (const [item, c] of pairs(options.map, 'map')) {
		checkItem(item, items, 'map');
		if (c === 'none' || c === '') map[item] = '';
		else if (isConstruct(c)) map[item] = c;
		else throw new CliError(`--map: unknown construct "${c}" (use ${CONSTRUCTS.join(', ')}, none)`);
	}
	const scales: Record<string, Scale> = {};
	for (const [item, s] of pairs(options.scale, 'scale')) {
		checkItem(item, items, 'scale');
		const m = /^(\d+)\s*[-–]\s*(\d+)$/.exec(s);
		const known = m && KNOWN_SCALES.find(([lo, hi]) => lo === Number(m[1]) && hi === Number(m[2]));
		if (!known)
			throw new CliError(
				`--scale: unknown scale "${s}" (use ${KNOWN_SCALES.map((k) => k.join('-')).join(', ')})`
			);
		scales[item] = [known[0], known[1]];
	}
	const reversed = (options.reverse && options.reverse !== 'true' ? options.reverse.split(',') : [])
		.map((r) => r.trim())
		.filter((r) => r !== '');
	for (const r of reversed) checkItem(r, items, 'reverse');
	const by = options.by;
	const names = options.compare?.split(',').map((n) => n.trim());
	const r = await runAnalysis(
		// The table read above, not a second copy of it.
		{ ...filesContext(new Map<string, ColumnarDataset>()), survey: async () => table },
		'satisfactionReport',
		{
			id: 'survey',
			map,
			scales,
			reversed,
			by: by ?? null,
			compare: names?.length === 2 ? [names[0], names[1]] : null
		}
	);
	const out: SurveyReport & SurveyNpsExtras = { ...r.report, npsInterval: r.npsInterval };
	if (by === undefined) {
		if (options.compare !== undefined) throw new CliError('--compare A,B needs --by COLUMN');
		return out;
	}
	if (!r.groupColumns.includes(by))
		throw new CliError(
			`--by: no category column "${by}" (columns: ${r.groupColumns.join(', ') || 'none'})`
		);
	if (!r.npsInterval || !r.npsGroups)
		throw new CliError('--by: the survey has no 0–10 recommendation item for NPS');
	const groups = r.npsGroups;
	out.npsGroups = { by, groups: groups.map(({ se: _se, ...g }) => g) };
	if (names) {
		if (names.length !== 2) throw new CliError('--compare takes two groups: A,B');
		for (const n of names)
			if (!groups.some((g) => g.group === n))
				throw new CliError(
					`--compare: no group "${n}" in ${by} (groups: ${groups.map((g) => g.group).join(', ')})`
				);
	}
	if (r.npsDifference) out.npsDifference = r.npsDifference;
	return out;
}
