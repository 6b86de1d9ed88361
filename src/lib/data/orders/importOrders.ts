// The import of a recognised shop export (mapping.layout): the whole text is parsed, rows are
// folded into orders (foldOrders) and the result validated by the same DatasetBuilder as any
// file. Orders need all their rows together, so this path never splits a file into parts or
// reads it straight from bytes (see the hooks in importBytes, readByteRows, splitForParts).
import type { Mapping } from '../map/types';
import { parseText } from '../parse/parseText';
import { DatasetBuilder, type PartialDataset } from '../validate/DatasetBuilder';
import { foldOrders, type SourceRow } from './foldOrders';

export function importOrders(
	text: string,
	mapping: Mapping,
	today: number,
	nulCount = 0,
	replaced = 0
): PartialDataset {
	const layoutMapping = mapping.layout;
	if (!layoutMapping) throw new Error('importOrders needs a mapping with a layout');
	// Folded rows carry plain numbers with a decimal point, whatever the file wrote.
	const effective: Mapping = {
		...mapping,
		columns: mapping.columns.map((c) => (c.type === 'number' ? { ...c, decimal: '.' } : c))
	};
	const builder = new DatasetBuilder(effective, today);
	builder.noteDecoding(nulCount, replaced);
	const source: SourceRow[] = [];
	let headerSkipped = !mapping.hasHeader;
	parseText(text, {
		delimiter: mapping.delimiter,
		onChunk: ({ rows, firstRecord }) => {
			rows.forEach((cells, k) => {
				if (cells.length === 1 && cells[0].trim() === '') {
					if (headerSkipped) builder.emptyRow();
					return;
				}
				if (!headerSkipped) {
					headerSkipped = true;
					return;
				}
				source.push({ cells, line: firstRecord + k });
			});
		}
	});
	const { rows, report } = foldOrders(source, mapping, layoutMapping);
	for (const r of rows) builder.addRows([r.cells], r.line);
	const partial = builder.partial();
	// The line break that ends the last line is not a blank line.
	if (/[\r\n]$/.test(text) && partial.report.emptyRows > 0) partial.report.emptyRows--;
	partial.report.orders = report;
	return partial;
}
