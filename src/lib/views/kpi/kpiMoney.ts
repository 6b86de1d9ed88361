// How the KPI strip writes an amount: in the dataset's currency (i18n/formatMoney), short in a
// narrow band — in Chinese 万/亿 from 10,000 on, as the charts' axes already write it — with the
// exact amount kept for the hover title. Under 1,000 the cents are shown (an average order of
// 37.50 is not 38).
import { formatMoney } from '$lib/i18n/formatMoney';
import type { NumberLang } from '$lib/i18n/format';

export interface MoneyText {
	/** What the band shows. */
	text: string;
	/** The exact amount, for the title; equal to text when nothing was shortened. */
	exact: string;
}

export function kpiMoney(value: number, currency: string | null, lang: NumberLang): MoneyText {
	const digits = Math.abs(value) >= 1000 ? 0 : 2;
	const exact = formatMoney(value, currency, lang, { digits: 2 });
	const compact = lang === 'zh' && Math.abs(value) >= 1e4;
	const text = compact
		? formatMoney(value, currency, lang, { compact: true })
		: formatMoney(value, currency, lang, { digits });
	return { text, exact };
}
