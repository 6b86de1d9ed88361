import type { BinaryFormat } from '../sniff/detectBinary';

/** Binary formats read as workbooks (the rest are refused with advice). */
export const WORKBOOK_FORMATS: readonly BinaryFormat[] = ['xlsx', 'xls', 'ods', 'numbers'];

export function isWorkbookFormat(format: BinaryFormat | null): boolean {
	return format !== null && WORKBOOK_FORMATS.includes(format);
}
