// A plain count of NPS in the teaching sample's survey file, the independent check of the NPS
// the app computes (engine tests and e2e): promoters answered 9–10 to `recommend`, detractors
// 0–6, anything that is not a whole number ("don't know", blank) is no answer. The Chinese file
// holds the same answers in the same rows (static/samples/retail/survey_zh.csv, GB18030).
import { readFileSync } from 'node:fs';

const answers = readFileSync('static/samples/retail/survey.csv', 'utf8')
	.trim()
	.split('\n')
	.slice(1)
	.map((l) => {
		const f = l.split(',');
		return { date: f[2], recommend: f[12] };
	});

/**
 * NPS and the number of answers among those whose ISO date passes `keep`.
 * @param {(date: string) => boolean} keep
 * @returns {{ score: number, n: number }}
 */
export function retailNps(keep = () => true) {
	let p = 0;
	let d = 0;
	let n = 0;
	for (const a of answers) {
		if (!keep(a.date) || !/^\d+$/.test(a.recommend)) continue;
		const v = Number(a.recommend);
		n++;
		if (v >= 9) p++;
		else if (v <= 6) d++;
	}
	return { score: (100 * (p - d)) / n, n };
}

/** Answers dated between two ISO days, both inclusive. */
export const between = (from, to) => (date) => date >= from && date <= to;
