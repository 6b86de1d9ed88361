// `cli survey` NPS additions on the teaching sample: the interval the app shows, NPS by a survey
// column and the difference between two groups (its arithmetic is pinned in npsDifference.test).
import { describe, expect, it } from 'vitest';
import { CliError } from '../args';
import { surveyCommand } from './survey';

const RETAIL = 'static/samples/retail/survey.csv';
// The sample's recommendation question was asked on 0–10; its answers alone read as 1–10, so
// the scale is declared as the app's sample loader declares it.
const DECLARED = { scale: 'recommend=0-10' };

describe('cli survey: NPS interval and group difference', () => {
	it('the score with its 95 % interval (±1.96 se)', async () => {
		const r = await surveyCommand(RETAIL, DECLARED);
		const iv = r.npsInterval!;
		expect(iv.score).toBeCloseTo(r.nps!.score, 12);
		expect(iv.ci95[0]).toBeCloseTo(iv.score - 1.959963984540054 * iv.se, 9);
		expect(iv.ci95[1]).toBeCloseTo(iv.score + 1.959963984540054 * iv.se, 9);
		expect(r.npsGroups).toBeUndefined();
	});
	it('--by complained: two groups, their difference no then yes', async () => {
		const r = await surveyCommand(RETAIL, { ...DECLARED, by: 'complained' });
		expect(r.npsGroups!.groups.map((g) => g.group)).toEqual(['no', 'yes']);
		expect(r.npsGroups!.groups.reduce((s, g) => s + g.n, 0)).toBe(r.nps!.n);
		const [no, yes] = r.npsGroups!.groups;
		const d = r.npsDifference!;
		expect([d.a, d.b]).toEqual(['no', 'yes']);
		expect(d.difference).toBeCloseTo(no.score - yes.score, 12);
		expect(d.ci[0]).toBeLessThan(d.difference);
		expect(d.p).toBeGreaterThan(0);
		expect(d.p).toBeLessThan(1);
	});
	it('--compare picks the order', async () => {
		const r = await surveyCommand(RETAIL, { ...DECLARED, by: 'complained', compare: 'yes,no' });
		expect(r.npsDifference!.difference).toBeLessThan(0);
	});
	it.each<Record<string, string>>([
		{ by: 'nothing' },
		{ compare: 'a,b' },
		{ by: 'complained', compare: 'no' },
		{ by: 'complained', compare: 'no,maybe' }
	])(
		'refuses %o',
		async (options) =>
			await expect(surveyCommand(RETAIL, { ...DECLARED, ...options })).rejects.toThrow(CliError)
	);
});
