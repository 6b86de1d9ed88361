// The currencies a dataset may be declared in: ISO 4217 codes, the symbols and words that name
// them in amounts and headers, and how each is written beside a number. Pure data, shared by the
// import's detection (data/map/detectCurrency) and the one money formatter (i18n/formatMoney).

export interface CurrencyInfo {
	code: string;
	/** Written before the number in English (as Intl's en-US writes it: CN¥ is not JP¥). */
	en: string;
	/** Written before the number in Chinese (zh-CN); CNY is written 元 after it instead. */
	zh: string;
}

/** The known list: a workspace file naming any other currency is refused. */
export const CURRENCIES: readonly CurrencyInfo[] = [
	{ code: 'CNY', en: 'CN¥', zh: '¥' },
	{ code: 'USD', en: '$', zh: 'US$' },
	{ code: 'EUR', en: '€', zh: '€' },
	{ code: 'GBP', en: '£', zh: '£' },
	{ code: 'JPY', en: '¥', zh: 'JP¥' },
	{ code: 'HKD', en: 'HK$', zh: 'HK$' },
	{ code: 'TWD', en: 'NT$', zh: 'NT$' },
	{ code: 'KRW', en: '₩', zh: '₩' },
	{ code: 'SGD', en: 'SGD ', zh: 'SGD ' },
	{ code: 'AUD', en: 'A$', zh: 'AU$' },
	{ code: 'CAD', en: 'CA$', zh: 'CA$' },
	{ code: 'CHF', en: 'CHF ', zh: 'CHF ' },
	{ code: 'INR', en: '₹', zh: '₹' },
	{ code: 'RUB', en: 'RUB ', zh: 'RUB ' }
];

const BY_CODE = new Map(CURRENCIES.map((c) => [c.code, c]));

export function currencyInfo(code: string | null | undefined): CurrencyInfo | null {
	return code ? (BY_CODE.get(code) ?? null) : null;
}

export function isCurrencyCode(v: unknown): v is string {
	return typeof v === 'string' && BY_CODE.has(v);
}

/**
 * What a symbol, word or code found in a cell or header names. ¥/￥ are read as yuan: in the
 * Chinese shop exports this app reads they are yuan, and yen is written JPY or 円; a bare $ is
 * read as US dollars (HK$, NT$, A$ … name their own).
 */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
	['¥', 'CNY'],
	['￥', 'CNY'],
	['元', 'CNY'],
	['人民币', 'CNY'],
	['rmb', 'CNY'],
	['cn¥', 'CNY'],
	['$', 'USD'],
	['us$', 'USD'],
	['美元', 'USD'],
	['€', 'EUR'],
	['欧元', 'EUR'],
	['£', 'GBP'],
	['英镑', 'GBP'],
	['円', 'JPY'],
	['日元', 'JPY'],
	['hk$', 'HKD'],
	['港币', 'HKD'],
	['港元', 'HKD'],
	['nt$', 'TWD'],
	['₩', 'KRW'],
	['a$', 'AUD'],
	['ca$', 'CAD'],
	['₹', 'INR'],
	...CURRENCIES.map((c) => [c.code.toLowerCase(), c.code] as [string, string])
]);
