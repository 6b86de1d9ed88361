import { describe, expect, it } from 'vitest';
import { format } from '$lib/i18n/format';
import { avoidedTerms, glossary } from '$lib/i18n/glossary';
import { dictionaries } from '$lib/i18n/messages/index';
import {
	churnCustomersHeader,
	clvCustomersHeader,
	rejectedRowsHeader,
	segmentCustomersHeader,
	segmentsHeader,
	zoneMembersHeader,
	type HeaderWords
} from './exportHeaders';

const words = (lang: 'en' | 'zh', currency: string | null): HeaderWords => ({
	lang,
	currency,
	t: (key, values) => format(dictionaries[lang][key] ?? key, values, lang)
});

/** Every export, as the views build it (the value basis and horizon as the pages pass them). */
function exports(w: HeaderWords): [string, string[]][] {
	return [
		['segments', segmentsHeader(w)],
		['segment customers', segmentCustomersHeader(w, w.t('segments.value.basis.revenue'))],
		['clv customers', clvCustomersHeader(w, w.lang === 'zh' ? '12 个月' : '12 months', true)],
		['churn customers', churnCustomersHeader(w)],
		['rejected rows', rejectedRowsHeader(w)],
		['zone members', zoneMembersHeader(w)]
	];
}

// Latin letters a Chinese header may keep: the RFM letters and the BG/NBD notation the page
// itself shows (x, t_x, T), each explained in Chinese beside it.
const NOTATION = /\b(RFM|R|F|M|x|t_x|T)\b/g;

describe('CSV export headers in Chinese', () => {
	const zh = exports(words('zh', 'CNY'));
	it.each(zh)('%s: no avoided synonym and no English word', (_, header) => {
		const avoided = header.flatMap((h) => avoidedTerms(h).map((a) => `${h}: ${a.found}`));
		expect(avoided).toEqual([]);
		const english = header.filter((h) => /[A-Za-z]{2,}/.test(h.replace(NOTATION, '')));
		expect(english).toEqual([]);
		// Every message key resolved (an unknown key would show as itself).
		expect(header.filter((h) => /^[\w.]+\.[\w.]+$/.test(h))).toEqual([]);
	});

	// Which glossary term each export's column must carry (hand-listed from the tables).
	const terms: [string, number, keyof typeof glossary][] = [
		['segments', 5, 'recency'],
		['segments', 6, 'frequency'],
		['segments', 7, 'monetary'],
		['segment customers', 1, 'recency'],
		['segment customers', 2, 'frequency'],
		['segment customers', 3, 'monetary'],
		['clv customers', 7, 'customerLifetimeValue']
	];
	it.each(terms)('%s column %i uses the glossary term for %s', (name, i, id) => {
		const header = new Map(zh).get(name)!;
		expect(header[i]).toContain(glossary[id].zh);
	});

	it('money columns carry 元 for a yuan dataset, nothing when the currency is unknown', () => {
		const money = (h: string[]) => h.filter((x) => x.endsWith('（元）'));
		const byName = new Map(zh);
		expect(money(byName.get('segments')!)).toEqual(['收入（元）', '消费金额（元）']);
		expect(money(byName.get('churn customers')!)).toEqual(['流失收入（元）']);
		expect(money(byName.get('clv customers')!)).toEqual([
			'每次购买的预期消费（元）',
			'客户终生价值（元）',
			'客户终生价值下限（元）',
			'客户终生价值上限（元）'
		]);
		expect(money(byName.get('segment customers')!)).toEqual(['消费金额（元）', '净收入（元）']);
		const unknown = exports(words('zh', null)).flatMap(([, h]) => h);
		expect(unknown.filter((h) => h.includes('元'))).toEqual([]);
	});
});

describe('CSV export headers in English', () => {
	it('name the currency code on money columns', () => {
		const byName = new Map(exports(words('en', 'CNY')));
		expect(byName.get('segments')!.filter((h) => h.endsWith('(CNY)'))).toEqual([
			'Revenue (CNY)',
			'Spend (CNY)'
		]);
		expect(byName.get('rejected rows')).toEqual(['Line', 'Reason', 'Column', 'Text']);
	});

	it('have as many columns as the rows each view writes', () => {
		const byName = new Map(exports(words('en', null)));
		expect([...byName].map(([n, h]) => [n, h.length])).toEqual([
			['segments', 10],
			['segment customers', 11],
			['clv customers', 14],
			['churn customers', 7],
			['rejected rows', 4],
			['zone members', 1]
		]);
	});
});
