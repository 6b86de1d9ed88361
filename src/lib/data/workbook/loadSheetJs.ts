// SheetJS is about 1 MB: loaded only when a workbook is dropped, as its own chunk of the
// import worker (never part of the page's first load).
import type { SheetJs } from './readWorkbook';

export function loadSheetJs(): Promise<SheetJs> {
	return import('@e965/xlsx');
}
