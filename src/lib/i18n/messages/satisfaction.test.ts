import { describe, expect, it } from 'vitest';
import { satisfactionMessages } from './satisfaction';
import { CONSTRUCTS } from '../../analytics/satisfaction/constructs';
import { ZONES } from '../../analytics/satisfaction/jonesSasser';
import { IPA_QUADRANTS } from '../../analytics/satisfaction/ipaQuadrants';
import { SATISFACTION_ISSUE_CODES } from '../../analytics/satisfaction/satisfactionIssue';

const { en, zh } = satisfactionMessages;

describe('satisfaction messages', () => {
	it('English and Chinese have the same keys and no empty text', () => {
		expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
		for (const v of [...Object.values(en), ...Object.values(zh)]) expect(v.trim()).not.toBe('');
	});
	// Every stable key the engine can return must have a message.
	const keys = [
		...CONSTRUCTS.map((c) => `satisfaction.construct.${c}`),
		...ZONES.map((z) => `satisfaction.zone.${z}`),
		...IPA_QUADRANTS.map((q) => `satisfaction.ipa.${q}`),
		...SATISFACTION_ISSUE_CODES.map((c) => `satisfaction.issue.${c}`),
		'satisfaction.curvature.diminishing',
		'satisfaction.curvature.increasing',
		'satisfaction.curvature.linear',
		'satisfaction.trap.trap',
		'satisfaction.trap.no_trap',
		'satisfaction.warning.low_item_rest',
		'satisfaction.warning.alpha_rises_if_deleted',
		'satisfaction.caveat.switchingCost'
	];
	it.each(keys)('%s exists', (key) => {
		expect(en).toHaveProperty([key]);
		expect(zh).toHaveProperty([key]);
	});
	const names: [string, string][] = [
		['satisfaction.zone.apostle', '热心的追随者'],
		['satisfaction.zone.loyalist', '忠诚者'],
		['satisfaction.zone.mercenary', '唯利是图者'],
		['satisfaction.zone.hostage', '不自主者'],
		['satisfaction.zone.defector', '背叛者'],
		['satisfaction.zone.terrorist', '恐怖分子'],
		['satisfaction.construct.repurchase', '重复购买意向'],
		['satisfaction.construct.crossBuying', '交叉购买意向'],
		['satisfaction.construct.recommendation', '推荐意向'],
		['satisfaction.construct.priceTolerance', '价格忍耐力']
	];
	it.each(names)('%s uses the CONCEPTS.md term %s', (key, term) => {
		expect(zh[key as keyof typeof zh]).toBe(term);
	});
	it('placeholders match between languages', () => {
		const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
		for (const k of Object.keys(en) as (keyof typeof en)[])
			expect(holes(zh[k])).toEqual(holes(en[k]));
	});
});
