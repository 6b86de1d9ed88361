// `cli survey` on the two real survey files (ECSI mobile phones, the plspm bank survey) and on the
// teaching sample, against the published numbers (shared/REFERENCES.md, docs/samples.md) and
// against figures counted straight from the CSV text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_QUADRANT_THRESHOLDS } from '../../lib/analytics/satisfaction/index';
import { toSurveyTable } from '../../lib/data/tables/toTables';
import { zonesAnalysis } from '../../lib/engine/satisfaction/satisfactionZones';
import { CliError } from '../args';
import { loadFile } from '../loadFile';
import { surveyCommand } from './survey';

const MOBI = 'tests/fixtures/ecsi-mobi/mobi.csv';
const BANK = 'tests/fixtures/bank-satisfaction/satisfaction.csv';
const RETAIL = 'static/samples/retail/survey.csv';

/** A numeric column of a plain CSV (no quoting in these files), blanks and text skipped. */
function column(path: string, name: string): number[] {
	const [head, ...rows] = readFileSync(path, 'utf8').trim().split(/\r?\n/);
	const j = head.split(',').indexOf(name);
	return rows
		.map((r) => Number(r.split(',')[j]))
		.filter((v, i) => rows[i].split(',')[j] !== '' && !Number.isNaN(v));
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('cli survey on the ECSI mobile-phone survey', () => {
	const cases: {
		options: Record<string, string>;
		loyaltyItems: string[];
		alpha: number;
		flagged: string[];
	}[] = [
		// Published: loyalty alpha about 0.44 with the price-tolerance item CUSL2, 0.70 without it.
		// The loyalty index leaves price tolerance out by default (analytics/defaults); mapping
		// CUSL2 as stated loyalty puts it back in.
		{ options: {}, loyaltyItems: ['CUSL1', 'CUSL3'], alpha: 0.7, flagged: [] },
		{
			options: { map: 'CUSL2=loyalty' },
			loyaltyItems: ['CUSL1', 'CUSL2', 'CUSL3'],
			alpha: 0.44,
			flagged: ['CUSL2']
		}
	];
	it.each(cases)(
		'loyalty block with $options',
		async ({ options, loyaltyItems, alpha, flagged }) => {
			const r = await surveyCommand(MOBI, options);
			expect(r.respondents).toBe(250);
			expect(r.loyaltyBlock!.items).toEqual(loyaltyItems);
			expect(Math.abs(r.loyaltyBlock!.alpha! - alpha)).toBeLessThan(0.01);
			expect(r.loyaltyBlock!.flagged).toEqual(flagged);
		}
	);

	it('keeps CUSL3 on 1–10, so there is no NPS, and says why', async () => {
		const r = await surveyCommand(MOBI, {});
		// Every item of the file lies in 1..10 (README), so every scale is 1–10.
		expect(new Set(Object.values(r.scales).map((s) => s!.join('-')))).toEqual(new Set(['1-10']));
		expect(r.nps).toBeNull();
		expect(r.issues).toContainEqual(
			expect.objectContaining({ code: 'nps_wrong_scale', item: 'CUSL3', scale: [1, 10] })
		);
	});

	it('an item declared 0–10 by --scale gives an NPS counted from the answers', async () => {
		const r = await surveyCommand(MOBI, { scale: 'CUSL3=0-10' });
		const answers = column(MOBI, 'CUSL3');
		const promoters = answers.filter((v) => v >= 9).length;
		const detractors = answers.filter((v) => v <= 6).length;
		expect(r.nps!.promoters).toBe(promoters);
		expect(r.nps!.detractors).toBe(detractors);
		expect(r.nps!.score).toBeCloseTo((100 * (promoters - detractors)) / 250, 10);
	});

	it('constructs carry their items and mean 0–10 score: (mean answer − 1) / 9 × 10', async () => {
		const r = await surveyCommand(MOBI, {});
		const cusa = ['CUSA1', 'CUSA2', 'CUSA3'].flatMap((c) => column(MOBI, c));
		expect(r.constructs.satisfaction!.items).toEqual(['CUSA1', 'CUSA2', 'CUSA3']);
		expect(r.constructs.satisfaction!.mean).toBeCloseTo(((mean(cusa) - 1) / 9) * 10, 10);
	});
});

describe('cli survey on the bank survey', () => {
	it('reads the 0–10 scale (imag4 and loy2 borrow it from the other items) and has no NPS item', async () => {
		const r = await surveyCommand(BANK, {});
		expect(r.respondents).toBe(250);
		expect(Object.keys(r.scales)).toHaveLength(27);
		expect(r.scales.imag4).toEqual([0, 10]);
		expect(r.scales.loy2).toEqual([0, 10]);
		expect(r.constructs.loyalty!.items).toEqual(['loy1', 'loy2', 'loy3', 'loy4']);
		expect(r.nps).toBeNull();
		expect(r.issues).toContainEqual({ code: 'construct_missing', item: 'recommendation' });
	});

	it('--map loy3=recommendation gives the NPS of the recommend item, counted by hand', async () => {
		const r = await surveyCommand(BANK, { map: 'loy3=recommendation' });
		const answers = column(BANK, 'loy3');
		const promoters = answers.filter((v) => v >= 9).length;
		const detractors = answers.filter((v) => v <= 6).length;
		expect(r.nps).toEqual({
			item: 'loy3',
			score: expect.closeTo((100 * (promoters - detractors)) / 250, 10),
			promoters,
			passives: 250 - promoters - detractors,
			detractors,
			n: 250
		});
		expect(r.constructs.loyalty!.items).toEqual(['loy1', 'loy2', 'loy4']);
	});

	it('--reverse turns an item round: loyalty mean = (m1 + (10 − m2) + m3 + m4) / 4', async () => {
		const m = ['loy1', 'loy2', 'loy3', 'loy4'].map((c) => mean(column(BANK, c)));
		const plain = (await surveyCommand(BANK, {})).constructs.loyalty!.mean!;
		const turned = (await surveyCommand(BANK, { reverse: 'loy2' })).constructs.loyalty!.mean!;
		expect(plain).toBeCloseTo((m[0] + m[1] + m[2] + m[3]) / 4, 10);
		expect(turned).toBeCloseTo((m[0] + (10 - m[1]) + m[2] + m[3]) / 4, 10);
	});

	it('quadrant counts cover every respondent (no blanks in the file)', async () => {
		const q = (await surveyCommand(BANK, {})).quadrants!;
		expect(Object.values(q).reduce((a, b) => a + b, 0)).toBe(250);
	});
});

describe('cli survey on the teaching sample', () => {
	it('reads recommend as 1–10 from its answers (1s, no 0): no NPS, and says why', async () => {
		const r = await surveyCommand(RETAIL, {});
		expect(r.scales.recommend).toEqual([1, 10]);
		expect(r.nps).toBeNull();
		expect(r.issues).toContainEqual(expect.objectContaining({ code: 'nps_wrong_scale' }));
	});

	it('with --scale recommend=0-10 (the sample is asked on 0–10) reproduces NPS +12.1 (docs/samples.md)', async () => {
		const r = await surveyCommand(RETAIL, { scale: 'recommend=0-10' });
		expect(r.scales.recommend).toEqual([0, 10]);
		expect(r.nps!.score).toBeCloseTo(12.1, 1);
		// 1,500 respondents less those with a blank or "don't know" recommend answer.
		expect(r.nps!.n).toBe(column(RETAIL, 'recommend').length);
		expect(r.scales.repurchase_intention).toEqual([1, 7]);
	});

	it('gives the same Jones & Sasser counts as the app (same lines, same axes)', async () => {
		const cli = (await surveyCommand(RETAIL, { scale: 'recommend=0-10' })).quadrants!;
		const table = toSurveyTable(loadFile(RETAIL, {}, 'survey').dataset);
		// The app's defaults: lines from analytics/defaults, satisfaction 'auto', loyalty index.
		const app = zonesAnalysis(
			table,
			{ scales: { recommend: [0, 10] } },
			DEFAULT_QUADRANT_THRESHOLDS
		);
		if ('code' in app) throw new Error(app.code);
		expect(cli).toEqual(app.counts);
		expect(DEFAULT_QUADRANT_THRESHOLDS.satisfactionHigh).toBe(7);
	});

	it('shows all six Jones & Sasser zones', async () => {
		const q = (await surveyCommand(RETAIL, {})).quadrants!;
		for (const zone of ['apostle', 'loyalist', 'mercenary', 'hostage', 'defector', 'terrorist'])
			expect(q[zone as keyof typeof q], zone).toBeGreaterThan(0);
	});
});

describe('cli survey input errors', () => {
	const cases: { options: Record<string, string>; message: RegExp }[] = [
		{ options: { map: 'CUSL9=repurchase' }, message: /no item "CUSL9"/ },
		{ options: { map: 'CUSL1=happiness' }, message: /unknown construct "happiness"/ },
		{ options: { map: 'CUSL1' }, message: /expected ITEM=value/ },
		{ options: { scale: 'CUSL3=2-9' }, message: /unknown scale "2-9"/ },
		{ options: { reverse: 'nope' }, message: /no item "nope"/ }
	];
	it.each(cases)('$options', async ({ options, message }) => {
		await expect(surveyCommand(MOBI, options)).rejects.toThrow(CliError);
		await expect(surveyCommand(MOBI, options)).rejects.toThrow(message);
	});
});
