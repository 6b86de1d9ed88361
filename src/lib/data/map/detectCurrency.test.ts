import { describe, expect, it } from 'vitest';
import { currencyOfText, detectCurrency, type CurrencyEvidence } from './detectCurrency';

// Hand-made columns; what each should give is what a reader of the file would say.
const cases: [string, CurrencyEvidence, string | null, string | null, boolean][] = [
	[
		'yuan sign',
		{ amountHeader: 'amount', amounts: ['¥12.50', '¥3', '7'] },
		'CNY',
		'amounts',
		false
	],
	[
		'full-width yuan sign',
		{ amountHeader: '金额', amounts: ['￥1,200', '￥88'] },
		'CNY',
		'amounts',
		false
	],
	[
		'元 after the number',
		{ amountHeader: '金额', amounts: ['12元', '30 元'] },
		'CNY',
		'amounts',
		false
	],
	[
		'RMB and ¥ together',
		{ amountHeader: 'amount', amounts: ['RMB￥100', 'RMB 20'] },
		'CNY',
		'amounts',
		false
	],
	[
		'dollars',
		{ amountHeader: 'amount', amounts: ['$5.00', '$-3', '(2.50)'] },
		'USD',
		'amounts',
		false
	],
	['euro after', { amountHeader: 'Betrag', amounts: ['12,50 €', '3 €'] }, 'EUR', 'amounts', false],
	['pound', { amountHeader: 'amount', amounts: ['£9.99'] }, 'GBP', 'amounts', false],
	[
		'code before',
		{ amountHeader: 'amount', amounts: ['USD 12', 'USD 3.5'] },
		'USD',
		'amounts',
		false
	],
	['code after', { amountHeader: 'amount', amounts: ['12 EUR'] }, 'EUR', 'amounts', false],
	['JPY', { amountHeader: 'amount', amounts: ['JPY 500'] }, 'JPY', 'amounts', false],
	['HK$', { amountHeader: 'amount', amounts: ['HK$50'] }, 'HKD', 'amounts', false],
	['header 金额(元)', { amountHeader: '金额(元)', amounts: ['12', '30'] }, 'CNY', 'header', false],
	[
		'header 金额（元）',
		{ amountHeader: '实付金额（元）', amounts: ['12'] },
		'CNY',
		'header',
		false
	],
	['header amount_usd', { amountHeader: 'amount_usd', amounts: ['12'] }, 'USD', 'header', false],
	['header Price ($)', { amountHeader: 'Price ($)', amounts: ['12'] }, 'USD', 'header', false],
	['header revenue EUR', { amountHeader: 'revenue EUR', amounts: ['1'] }, 'EUR', 'header', false],
	['nothing named', { amountHeader: 'amount', amounts: ['12.5', '3'] }, null, null, false],
	[
		'a word that only contains a code',
		{ amountHeader: 'amounts', amounts: ['1'] },
		null,
		null,
		false
	],
	['no amount column', { amountHeader: '', amounts: [] }, null, null, false],
	[
		'mixed column: reported, not guessed',
		{ amountHeader: 'amount', amounts: ['$5', '€3', '$2'] },
		null,
		null,
		true
	],
	['header and values disagree', { amountHeader: 'amount_usd', amounts: ['€3'] }, null, null, true],
	[
		'header and values agree',
		{ amountHeader: '金额(元)', amounts: ['¥3'] },
		'CNY',
		'amounts',
		false
	],
	[
		'currency column, one currency',
		{ amountHeader: 'Total', amounts: ['12'], currencyValues: ['USD', 'USD'] },
		'USD',
		'column',
		false
	],
	[
		'currency column in Chinese',
		{ amountHeader: '金额', amounts: ['12'], currencyValues: ['人民币', '人民币'] },
		'CNY',
		'column',
		false
	],
	[
		'currency column mixed, not folded',
		{ amountHeader: 'Total', amounts: ['12', '3'], currencyValues: ['USD', 'EUR'] },
		null,
		null,
		true
	],
	[
		'shop export folds per currency: the most frequent counts',
		{
			amountHeader: 'Total',
			amounts: ['1', '2', '3'],
			currencyValues: ['EUR', 'USD', 'USD'],
			foldedByCurrency: true
		},
		'USD',
		'column',
		false
	]
];

describe('detectCurrency', () => {
	it.each(cases)('%s', (_, evidence, code, source, mixed) => {
		const f = detectCurrency(evidence);
		expect({ code: f.code, source: f.source, mixed: f.mixed }).toEqual({ code, source, mixed });
	});

	it('a mixed column reports each currency with its count', () => {
		const f = detectCurrency({ amountHeader: 'amount', amounts: ['$5', '€3', '$2', '7'] });
		expect(f.found).toEqual([
			{ code: 'USD', count: 2 },
			{ code: 'EUR', count: 1 }
		]);
	});

	it('a folded export still lists the currencies it does not sum', () => {
		const f = detectCurrency({
			amountHeader: 'Total',
			amounts: [],
			currencyValues: ['EUR', 'USD', 'USD'],
			foldedByCurrency: true
		});
		expect(f.found.map((x) => x.code)).toEqual(['USD', 'EUR']);
	});
});

const texts: [string, string | null][] = [
	['¥12', 'CNY'],
	['12.00元', 'CNY'],
	['cny', 'CNY'],
	['US$5', 'USD'],
	['€ 1.234,56', 'EUR'],
	['$ and €', null],
	['12', null],
	['', null]
];

describe('currencyOfText', () => {
	it.each(texts)('%s', (text, want) => expect(currencyOfText(text)).toBe(want));
});
