import type { BinaryFormat } from '../sniff/detectBinary';

/** A file that cannot become a dataset, with a message key (import.problem.*). */
export type FileProblem =
	| { code: 'binary_format'; format: BinaryFormat }
	| { code: 'empty_file' }
	| { code: 'header_only' }
	| { code: 'too_large'; bytes: number; limit: number }
	| { code: 'no_rows_accepted' }
	| { code: 'missing_roles'; roles: string[] };

export class FileProblemError extends Error {
	constructor(public problem: FileProblem) {
		super(problem.code);
	}
}

/** Larger files are refused in the tab (advice: headless CLI); strings past ~512 MB fail in V8. */
export const MAX_BROWSER_BYTES = 400 * 1024 * 1024;
