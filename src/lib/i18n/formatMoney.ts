// The one way money is written on a page, in a chart or an export header: the dataset's
// currency (analytics/currency.ts) beside the number, in the reader's language. In Chinese,
// yuan is 元 after the number (5,967元, 1.2万元); other currencies carry their symbol before it
// (US$1.2万, €373.15). A dataset whose currency is unknown shows the bare number, as the
// app did before it knew currencies: no unit is better than a wrong one.
import { currencyInfo } from '../analytics/currency';
import { compactNumber, type NumberLang } from './format';

export interface MoneyOptions {
	/** Decimals, fixed (default 0). Ignored when compact. */
	digits?: number;
	/** 1.2万 / 12k, the axes' short form (compactNumber). */
	compact?: boolean;
}

const formats = new Map<string, Intl.NumberFormat>();
function plain(value: number, lang: NumberLang, digits: number): string {
	const key = `${lang}|${digits}`;
	let f = formats.get(key);
	if (!f) {
		f = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', {
			maximumFractionDigits: digits,
			minimumFractionDigits: digits
		});
		formats.set(key, f);
	}
	return f.format(value);
}

/** An amount with its currency: formatMoney(12345, 'CNY', 'zh', { compact: true }) = "1.2万元". */
export function formatMoney(
	value: number,
	currency: string | null | undefined,
	lang: NumberLang,
	options: MoneyOptions = {}
): string {
	if (!Number.isFinite(value)) return '–';
	const digits = options.digits ?? 0;
	const number = (v: number) => (options.compact ? compactNumber(v, lang) : plain(v, lang, digits));
	const info = currencyInfo(currency);
	if (!info) return number(value);
	// The sign goes before the symbol (-US$5, not US$-5); rounding to zero drops it.
	const text = number(Math.abs(value));
	const sign = value < 0 && /[1-9]/.test(text) ? '-' : '';
	if (lang === 'zh' && info.code === 'CNY') return `${sign}${text}元`;
	return `${sign}${lang === 'zh' ? info.zh : info.en}${text}`;
}

/**
 * A money column's or axis's title with its unit: "revenue (CNY)", "收入（元）"; the bare label
 * when the currency is unknown.
 */
export function moneyHeader(
	label: string,
	currency: string | null | undefined,
	lang: NumberLang
): string {
	const info = currencyInfo(currency);
	if (!info) return label;
	if (lang === 'zh') return `${label}（${info.code === 'CNY' ? '元' : info.code}）`;
	return `${label} (${info.code})`;
}
