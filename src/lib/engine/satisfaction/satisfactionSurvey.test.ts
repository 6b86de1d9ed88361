import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { surveyAnalysis } from './satisfactionSurvey';
import { surveyFromCsvText } from '../../analytics/satisfaction/index';
import type { CustomerTable, SurveyTable } from '../../analytics/types';
import { importBytes } from '../../data/pipeline/importBytes';
import { previewFile } from '../../data/pipeline/previewFile';
import { toSurveyTable } from '../../data/tables/toTables';

const read = (path: string) => surveyFromCsvText(readFileSync(path, 'utf8'));
const mobi = read('tests/fixtures/ecsi-mobi/mobi.csv');
const bank = read('tests/fixtures/bank-satisfaction/satisfaction.csv');
/** The teaching sample through the app's own import pipeline ("don't know" → blank, dates, ids). */
function imported(path: string): SurveyTable {
	const bytes = readFileSync(path);
	const { mapping } = previewFile(bytes, path, { kind: 'survey' });
	return toSurveyTable(importBytes(bytes, mapping, 30000));
}
const retail = imported('static/samples/retail/survey.csv');

describe('surveyAnalysis on the ECSI mobile-phone survey', () => {
	const r = surveyAnalysis(mobi, {});
	it('gives reliability per construct and the loyalty index without price tolerance (published alpha ≈ 0.70)', () => {
		const sat = r.constructs.find((c) => c.construct === 'satisfaction')!;
		expect(sat.items).toEqual(['CUSA1', 'CUSA2', 'CUSA3']);
		expect(sat.n).toBe(250);
		const rel = r.loyaltyBlock!.reliability!;
		if ('code' in rel) throw new Error(rel.code);
		// Published: α ≈ 0.44 with the price-tolerance item CUSL2, ≈ 0.70 without it.
		expect(rel.alpha).toBeCloseTo(0.7, 1);
		expect(rel.items.map((i) => i.item)).toEqual(['CUSL1', 'CUSL3']);
		// A one-item construct has no alpha.
		expect(r.constructs.find((c) => c.construct === 'repurchase')!.reliability).toBeNull();
	});

	it('refuses NPS on the 1–10 CUSL3 and has no expectation curves', () => {
		if ('code' in r.nps) throw new Error('expected a section');
		expect(r.nps.item).toBe('CUSL3');
		expect(r.nps.result).toMatchObject({ code: 'nps_wrong_scale', scale: [1, 10] });
		if ('code' in r.curves) throw new Error(r.curves.code);
		expect(r.curves.basic).toEqual({ code: 'construct_missing', item: 'basicSatisfaction' });
		expect(r.curves.trap).toBeNull();
	});

	it('compares top-box CUSA1 with the box below on top-box CUSL1, counted by hand', () => {
		const cusa1 = mobi.items.CUSA1;
		const cusl1 = mobi.items.CUSL1;
		const rate = (level: number) => {
			let n = 0;
			let yes = 0;
			for (let i = 0; i < 250; i++)
				if (cusa1[i] === level) {
					n++;
					if (cusl1[i] === 10) yes++;
				}
			return yes / n;
		};
		if ('code' in r.completelySatisfied) throw new Error(r.completelySatisfied.code);
		const res = r.completelySatisfied.result;
		if ('code' in res) throw new Error(res.code);
		expect(res.ratio).toBeCloseTo(rate(10) / rate(9), 12);
	});

	it('uses every non-loyalty construct as a driver of loyalty', () => {
		expect(r.drivers.candidates.map((c) => c.name).sort()).toEqual(
			['complaint', 'expectations', 'image', 'perceivedValue', 'quality', 'satisfaction'].sort()
		);
		expect(r.drivers.result).toMatchObject({ n: 250 });
		expect(r.loyaltyGroups).toMatchObject({
			group: null,
			measures: ['repurchase', 'recommendation', 'priceTolerance']
		});
		// Mobi has perceived value and satisfaction but no trust or switching cost.
		if ('code' in r.determinants) throw new Error(r.determinants.code);
		expect(new Set(r.determinants.map((d) => d.determinant))).toEqual(
			new Set(['perceivedValue', 'satisfaction'])
		);
	});
});

describe('surveyAnalysis groups', () => {
	it('NPS by a survey column (bank, loy3 as the recommend item), counted by hand', () => {
		const r = surveyAnalysis(bank, { map: { loy3: 'recommendation' } }, { npsGroup: 'g:gender' });
		if ('code' in r.nps) throw new Error(r.nps.code);
		expect(r.groupOptions).toEqual([{ key: 'g:gender', name: 'gender', source: 'survey' }]);
		const g = bank.groups!.gender;
		for (const { label, result } of r.nps.groups!) {
			if ('code' in result) throw new Error(result.code);
			let p = 0;
			let d = 0;
			let n = 0;
			for (let i = 0; i < 250; i++) {
				if (g.labels[g.codes[i]] !== label) continue;
				n++;
				const v = bank.items.loy3[i];
				if (v >= 9) p++;
				else if (v <= 6) d++;
			}
			expect(result.n).toBe(n);
			expect(result.score).toBeCloseTo((100 * (p - d)) / n, 10);
		}
	});

	// Five respondents; customers c1..c3 have a region; c9 is unknown, the last has no id.
	const survey: SurveyTable = {
		length: 5,
		customerId: ['c1', 'c2', 'c3', 'c9', null],
		items: {
			recommend: Float64Array.from([10, 0, 9, 10, 10]),
			repurchase: Float64Array.from([5, 1, 4, 5, 5])
		}
	};
	const customers: CustomerTable = {
		length: 3,
		ids: ['c1', 'c2', 'c3'],
		columns: {
			region: { kind: 'category', codes: Int32Array.from([0, 0, 1]), labels: ['East', 'West'] }
		}
	};
	it('NPS by a customer attribute joined on the id', () => {
		const r = surveyAnalysis(survey, {}, { npsGroup: 'c:region' }, customers);
		expect(r.customersMatched).toBe(3);
		expect(r.groupOptions.map((o) => o.key)).toEqual(['c:region']);
		if ('code' in r.nps) throw new Error(r.nps.code);
		// recommend has a 0, so it is on 0–10. East: c1 (10) promoter, c2 (0) detractor → 0.
		// West: c3 (9) promoter → +100. c9 and the id-less respondent have no region.
		expect(
			r.nps.groups!.map((g) => [g.label, 'code' in g.result ? g.result.code : g.result.score])
		).toEqual([
			['East', 0],
			['West', 100]
		]);
		expect(r.withCustomerId).toBe(4);
	});

	it('a driver answered by few respondents is left out until the user asks for it', () => {
		const t: SurveyTable = {
			length: 6,
			customerId: null,
			items: {
				satisfaction: Float64Array.from([2, 4, 5, 6, 8, 9]),
				trust: Float64Array.from([3, 3, 6, 5, 9, 8]),
				complaint_handling: Float64Array.from([NaN, NaN, NaN, NaN, 4, 8]),
				loyalty: Float64Array.from([1, 5, 4, 7, 9, 9])
			}
		};
		const scales = {
			satisfaction: [0, 10],
			trust: [0, 10],
			complaint_handling: [0, 10],
			loyalty: [0, 10]
		};
		const r = surveyAnalysis(t, { scales });
		expect(r.drivers.candidates).toEqual([
			{ name: 'satisfaction', kind: 'construct', coverage: 1, included: true },
			{ name: 'trust', kind: 'construct', coverage: 1, included: true },
			{ name: 'complaint', kind: 'construct', coverage: 2 / 6, included: false }
		]);
		expect(r.drivers.result).toMatchObject({ n: 6 });
		const all = surveyAnalysis(t, { scales }, { driverExclude: [] });
		// With complaints in, only the two complete respondents remain: too few for 3 drivers.
		expect(all.drivers.result).toEqual({ code: 'too_few_respondents', n: 2 });
	});
});

describe('surveyAnalysis on the teaching sample', () => {
	const r = surveyAnalysis(retail, {});
	it('finds the satisfaction trap on the basic curve and a convex latent curve', () => {
		if ('code' in r.curves) throw new Error(r.curves.code);
		expect(r.curves.trap!.verdict).toBe('trap');
		expect(r.curves.latent).toMatchObject({ curvature: 'increasing' });
		expect(r.curves.basic).toMatchObject({ curvature: 'diminishing' });
	});
	it('recommend reads 1–10 from its answers: NPS refused until the 0–10 scale is declared', () => {
		if ('code' in r.nps) throw new Error('expected a section');
		expect(r.nps.result).toMatchObject({ code: 'nps_wrong_scale', scale: [1, 10] });
	});
	it('NPS on recommend declared 0–10 is +12.1 (docs/samples.md)', () => {
		const d = surveyAnalysis(retail, { scales: { recommend: [0, 10] } });
		if ('code' in d.nps || 'code' in d.nps.result) throw new Error('no NPS');
		expect(d.nps.result.score).toBeCloseTo(12.1, 1);
	});
	it('switching cost goes with repurchase and price tolerance only (docs: r = 0.52, 0.50, −0.05, −0.05)', () => {
		if ('code' in r.determinants) throw new Error(r.determinants.code);
		const sc = Object.fromEntries(
			r.determinants.filter((d) => d.determinant === 'switchingCost').map((d) => [d.measure, d.r])
		);
		expect(sc.repurchase).toBeCloseTo(0.52, 2);
		expect(sc.priceTolerance).toBeCloseTo(0.5, 1);
		expect(Math.abs(sc.recommendation!)).toBeLessThan(0.1);
		expect(Math.abs(sc.crossBuying!)).toBeLessThan(0.1);
	});
});
