// What the settings a workspace file or link brings mean, in words for the restore dialog:
// "analysis settings of Retail transactions", "the report (title, 4 sections, notes)", "2 saved
// views" — instead of the settings table's keys. Keys nobody here knows are counted, named.
import type { SettingRecord } from '$lib/data/db/records';
import type { MessageKey } from '$lib/i18n/messageKey';

export interface IncomingItem {
	/** A message key `restore.brings.*`. */
	key: MessageKey;
	values: Record<string, string | number>;
}

const CHOICE_KEYS = new Set([
	'workspace.selected',
	'workspace.behaviour',
	'workspace.summaryUnits'
]);

const isRecord = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

export function incomingSettings(
	settings: SettingRecord[],
	datasets: { id: string; name: string }[]
): IncomingItem[] {
	const names = new Map(datasets.map((d) => [d.id, d.name]));
	const analysed: string[] = [];
	const items: IncomingItem[] = [];
	const other: string[] = [];
	let choice = false;
	for (const { key, value } of settings) {
		if (key.startsWith('view.') && names.has(key.slice(5))) analysed.push(names.get(key.slice(5))!);
		else if (key === 'report.config') {
			const sections = isRecord(value) && Array.isArray(value.sections) ? value.sections : [];
			const n = sections.filter((s) => isRecord(s) && s.include === true).length;
			items.push({ key: 'restore.brings.report', values: { n } });
		} else if (key === 'report.page') items.push({ key: 'restore.brings.print', values: {} });
		else if (key === 'workspace.filters') items.push({ key: 'restore.brings.filter', values: {} });
		else if (key === 'views.saved')
			items.push({
				key: 'restore.brings.savedViews',
				values: { n: Array.isArray(value) ? value.length : 0 }
			});
		else if (key === 'workspace.name' && typeof value === 'string')
			items.push({ key: 'restore.brings.name', values: { name: value } });
		else if (CHOICE_KEYS.has(key)) choice = true;
		else other.push(key);
	}
	if (analysed.length > 0)
		items.unshift({
			key: 'restore.brings.analysis',
			values: { n: analysed.length, names: analysed.join(', ') }
		});
	if (choice) items.push({ key: 'restore.brings.choice', values: {} });
	if (other.length > 0)
		items.push({
			key: 'restore.brings.other',
			values: { n: other.length, keys: other.join(', ') }
		});
	return items;
}
