import type { FileProblem } from '../lib/data/pipeline/problems';
import { describeFileProblem } from '../lib/i18n/describeFileProblem';

/** One English line for a file problem (the CLI speaks English; the app both languages). */
export function describeProblem(problem: FileProblem, file: string): string {
	return describeFileProblem(problem, file, 'en');
}
