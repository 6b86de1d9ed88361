// The preview of a workbook: the chosen sheet turned into CSV text and previewed by the same
// previewFile a CSV gets, plus the sheet list the picker shows.
import { previewFile, type Preview, type PreviewOverrides } from '../pipeline/previewFile';
import { sheetTable, type OpenWorkbook } from './readWorkbook';

export function workbookPreview(
	open: OpenWorkbook,
	fileName: string,
	overrides: PreviewOverrides
): { preview: Preview; csv: Uint8Array } {
	const table = sheetTable(open, overrides.sheet);
	const csv = new TextEncoder().encode(table.csv);
	const found = table.header.first >= 0;
	const preview = previewFile(csv, fileName, {
		...overrides,
		encoding: 'utf-8',
		delimiter: ',',
		hasHeader: overrides.hasHeader ?? (found ? true : undefined)
	});
	preview.format.sheet = table.sheet;
	preview.mapping.sheet = table.sheet;
	preview.workbook = {
		sheets: open.sheets,
		sheet: table.sheet,
		headerRow: found ? table.header.last + 1 : 0,
		titleRows: found ? table.header.first : 0
	};
	return { preview, csv };
}
