// The currency money is shown in: that of the dataset customer behaviour is read from (the
// active transactions or summary), as detected or chosen at import. Null = unknown: no unit.
// Views write money through i18n/formatMoney with this currency (see `money` below).
import { formatMoney, moneyHeader, type MoneyOptions } from '../i18n/formatMoney';
import { i18n } from '../i18n/i18n.svelte';
import { workspace } from './workspace.svelte';

export function datasetCurrency(): string | null {
	return workspace.behaviour()?.currency ?? null;
}

/** An amount of the active data, in its currency and the page's language. */
export function money(value: number, options: MoneyOptions = {}): string {
	return formatMoney(value, datasetCurrency(), i18n.lang, options);
}

/** A money column's or axis's title with the unit: "Revenue (CNY)", "收入（元）". */
export function moneyTitle(label: string): string {
	return moneyHeader(label, datasetCurrency(), i18n.lang);
}
