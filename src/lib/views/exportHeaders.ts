// The column headers of the CSV exports, in the user's language: the words of the tables they
// come from (whose zh terms are the glossary's), money columns with their currency ("Revenue
// (CNY)", "收入（元）") through i18n/formatMoney's moneyHeader, no English left in a Chinese
// file. Pure — the translator, language and currency are passed in — so one test reads every
// export's Chinese headers (exportHeaders.test.ts).
import { moneyHeader } from '$lib/i18n/formatMoney';
import type { NumberLang } from '$lib/i18n/format';
import type { MessageKey, Translate } from '$lib/i18n/messageKey';

export interface HeaderWords {
	t: Translate;
	lang: NumberLang;
	currency: string | null;
}

const moneyCol = (w: HeaderWords, key: MessageKey, values?: Record<string, unknown>) =>
	moneyHeader(w.t(key, values), w.currency, w.lang);

/** The segment table (SegmentTable.svelte). */
export function segmentsHeader(w: HeaderWords): string[] {
	return [
		w.t('segmentsView.rules.segment'),
		w.t('segmentsView.col.customers'),
		w.t('segmentsView.col.share'),
		moneyCol(w, 'segmentsView.col.revenue'),
		w.t('segmentsView.col.revenueShare'),
		w.t('segmentsView.col.meanRecency'),
		w.t('segmentsView.col.meanFrequency'),
		moneyCol(w, 'segmentsView.col.meanMonetary'),
		w.t('segmentsView.col.meanScores'),
		w.t('segmentsView.col.action')
	];
}

/** A drill-down's customers (CustomerList.svelte); `value` names the value basis shown. */
export function segmentCustomersHeader(w: HeaderWords, value: string): string[] {
	return [
		w.t('segmentsView.list.id'),
		w.t('segmentsView.list.recency'),
		w.t('segmentsView.list.frequency'),
		moneyCol(w, 'segmentsView.list.monetary'),
		'R',
		'F',
		'M',
		w.t('segmentsView.list.score'),
		w.t('segmentsView.rules.segment'),
		w.t('segmentsView.value.tier'),
		moneyHeader(value, w.currency, w.lang)
	];
}

/** The lifetime value page's customers (CustomerTable.svelte), with interval bounds if any. */
export function clvCustomersHeader(
	w: HeaderWords,
	/** The forecast span as the page writes it ("12 months", "39 weeks"; horizonText). */
	horizon: string,
	bounds: boolean
): string[] {
	const expected = w.t('clvView.table.expected', { horizon });
	const alive = w.t('clv.label.p_alive');
	const clv = w.t('clvView.table.clv');
	// "CLV low (CNY)", "客户终生价值下限（元）": Chinese joins the words without a space.
	const gap = w.lang === 'zh' ? '' : ' ';
	const bound = (label: string, money = false) =>
		(['low', 'high'] as const).map((end) => {
			const text = `${label}${gap}${w.t(`diagnostics.interval.${end}`)}`;
			return money ? moneyHeader(text, w.currency, w.lang) : text;
		});
	return [
		w.t('clvView.table.id'),
		w.t('export.clv.x'),
		w.t('export.clv.tx'),
		w.t('export.clv.T'),
		expected,
		alive,
		moneyCol(w, 'clv.label.expected_spend'),
		moneyHeader(clv, w.currency, w.lang),
		...(bounds ? [...bound(expected), ...bound(alive), ...bound(clv, true)] : [])
	];
}

/** The churned customers behind a Pareto bar (ChurnCustomers.svelte). */
export function churnCustomersHeader(w: HeaderWords): string[] {
	return [
		w.t('churnView.col.customer'),
		w.t('churnView.col.reason'),
		w.t('churnView.col.type'),
		moneyCol(w, 'churnView.col.revenueLost'),
		w.t('churnView.col.tier'),
		w.t('churnView.col.complaints'),
		w.t('churnView.col.handled')
	];
}

/** An import's rejected rows (ReportView.svelte). */
export function rejectedRowsHeader(w: HeaderWords): string[] {
	return [
		w.t('import.report.line'),
		w.t('import.report.reason'),
		w.t('export.rejected.column'),
		w.t('import.report.text')
	];
}

/** A Jones & Sasser zone's members (ZonesCard.svelte). */
export function zoneMembersHeader(w: HeaderWords): string[] {
	return [w.t('satisfactionView.zones.customerId')];
}
