import type { BinaryFormat } from '../sniff/detectBinary';

/** A file that cannot become a dataset, with a message key (import.problem.*). */
export type FileProblem =
	| { code: 'binary_format'; format: BinaryFormat }
	| { code: 'empty_file' }
	| { code: 'header_only' }
	| { code: 'too_large'; bytes: number; limit: number }
	/** The columns the file would make exceed what a tab holds (pipeline/storeLimit). */
	| { code: 'store_too_large'; bytes: number; rows: number; store: number; limit: number }
	| { code: 'no_rows_accepted' }
	| { code: 'missing_roles'; roles: string[] }
	| { code: 'too_many_columns'; columns: number; limit: number }
	| { code: 'too_many_items'; items: number; limit: number }
	// Workbooks (issue 17): the reader could not open it, or the chosen sheet holds nothing.
	| { code: 'workbook_encrypted' }
	| { code: 'workbook_corrupt' }
	| { code: 'workbook_empty' }
	| { code: 'sheet_empty'; sheet: string }
	| { code: 'sheet_not_found'; sheet: string; sheets: string[] };

export class FileProblemError extends Error {
	constructor(public problem: FileProblem) {
		super(problem.code);
	}
}

/**
 * A file read whole — a workbook, or a shop export folded into orders over its whole text — is
 * refused past this (advice: headless CLI); strings past ~512 MB fail in V8. Other files are
 * read in slices and limited by their columns instead (storeLimit.ts).
 */
export const MAX_BROWSER_BYTES = 400 * 1024 * 1024;

/**
 * Columns a table may have. The corpus's 5,000-column file imports in about 2 s in Chromium;
 * a 100,000-column header would build 100,000 profiles and mapping rows before any answer.
 */
export const MAX_TABLE_COLUMNS = 10_000;
/**
 * Items a survey may have: reliability and driver analyses grow with the square of the items
 * (a 10,000-item survey took 38 s and 2.5 GB); real questionnaires have tens.
 */
export const MAX_SURVEY_ITEMS = 1_000;
