// `cli survey <file> [--map ITEM=construct,...] [--reverse ITEM,...] [--scale ITEM=0-10,...]`:
// the survey report (scales, constructs with Cronbach's alpha and mean 0–10 score, NPS, Jones &
// Sasser zone counts) read with the same mapping rules as the app. --map entries replace the
// header suggestions item by item; `ITEM=none` leaves an item out.
// Not through engine/registry's `runAnalysis`: this command is synchronous (runCommand, and its
// tests unchanged, call it without await) and every registered analysis is async. It calls what
// the app's `satisfactionSurvey` runs, with the same mapping (`engine/satisfaction/satisfactionSetup`).
import {
	CONSTRUCTS,
	KNOWN_SCALES,
	isConstruct,
	surveyReport,
	type Scale,
	type SurveyReport
} from '../../lib/analytics/satisfaction/index';
import { DEFAULTS } from '../../lib/analytics/defaults';
import { toSurveyTable } from '../../lib/data/tables/toTables';
import { satisfactionSetup } from '../../lib/engine/satisfaction/satisfactionSetup';
import { CliError } from '../args';
import { loadFile } from '../loadFile';
import { surveyNpsExtras, type SurveyNpsExtras } from './surveyNps';

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

export function surveyCommand(
	file: string,
	options: Record<string, string>
): SurveyReport & SurveyNpsExtras {
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
	// The app's reading of the mapping: suggestions, overrides, the NPS scale rule.
	const setup = satisfactionSetup(table, { map, scales, reversed });
	const declared: Record<string, Scale> = {};
	for (const [item, s] of Object.entries(setup.scales)) if (s) declared[item] = s;
	const report = surveyReport(table, {
		map: setup.map,
		reversed: setup.reversed,
		scales: declared
	});
	const recommendation = setup.constructItems.recommendation ?? [];
	return { ...report, ...surveyNpsExtras(table, recommendation, setup.scales, options) };
}
