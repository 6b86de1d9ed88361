import type { FileProblem } from '../data/pipeline/problems';
import { format } from './format';
import { messages } from './messages/core';
import { importLimits } from './messages/importLimits';
import { storeLimit } from './messages/storeLimit';
import { workbook } from './messages/workbook';

export type Lang = 'en' | 'zh';

function humanBytes(n: number): string {
	if (n >= 1 << 30) return `${(n / (1 << 30)).toFixed(1)} GB`;
	if (n >= 1 << 20) return `${(n / (1 << 20)).toFixed(1)} MB`;
	return `${Math.ceil(n / 1024)} KB`;
}

/** The sentence a user reads for a file that cannot be imported, in their language. */
export function describeFileProblem(problem: FileProblem, file: string, lang: Lang): string {
	const m = {
		...messages[lang],
		...importLimits[lang],
		...storeLimit[lang],
		...workbook[lang]
	} as Record<string, string>;
	const n = (x: number) => x.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US');
	switch (problem.code) {
		case 'binary_format': {
			const advice = ['xlsx', 'xls', 'numbers'].includes(problem.format)
				? m['import.advice.excel']
				: problem.format === 'zip'
					? m['import.advice.archive']
					: m['import.advice.other'];
			return format(m['import.problem.binary_format'], {
				file,
				format: m[`import.format.${problem.format}`],
				advice
			});
		}
		case 'missing_roles':
			return format(m['import.problem.missing_roles'], {
				file,
				roles: problem.roles.map((r) => m[`role.${r}`] ?? r).join(', ')
			});
		case 'too_many_columns':
			return format(m['import.problem.too_many_columns'], {
				file,
				columns: n(problem.columns),
				limit: n(problem.limit)
			});
		case 'too_many_items':
			return format(m['import.problem.too_many_items'], {
				file,
				items: n(problem.items),
				limit: n(problem.limit)
			});
		case 'sheet_empty':
			return format(m['import.problem.sheet_empty'], { file, sheet: problem.sheet });
		case 'sheet_not_found':
			return format(m['import.problem.sheet_not_found'], {
				file,
				sheet: problem.sheet,
				sheets: problem.sheets.map((s) => `“${s}”`).join(lang === 'zh' ? '、' : ', ')
			});
		case 'store_too_large':
			return format(m['import.problem.store_too_large'], {
				file,
				size: humanBytes(problem.bytes),
				rows: n(problem.rows),
				store: humanBytes(problem.store),
				limit: humanBytes(problem.limit)
			});
		case 'too_large':
			return format(m['import.problem.too_large'], { file, size: humanBytes(problem.bytes) });
		default:
			return format(m[`import.problem.${problem.code}`], { file });
	}
}
