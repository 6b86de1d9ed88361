// Turns an English sample table into its Chinese twin: Chinese headers, Chinese category
// labels and Chinese-style dates; ids, numbers and blanks stay as they are.
import { dayFromISO } from '../../src/lib/analytics/dates';
import { zhHeaders, zhValues } from './retailSpec';
import { zhDate, type ZhDateStyle } from './zhDate';

export function toZhTable(
	table: readonly (readonly string[])[],
	dateColumns: readonly string[],
	style: ZhDateStyle
): string[][] {
	const [header, ...rows] = table;
	const isDate = header.map((name) => dateColumns.includes(name));
	return [
		header.map((name) => zhHeaders[name] ?? name),
		...rows.map((row) =>
			row.map((cell, j) => {
				if (cell === '') return cell;
				if (isDate[j]) return zhDate(dayFromISO(cell), style);
				return zhValues[cell] ?? cell;
			})
		)
	];
}
