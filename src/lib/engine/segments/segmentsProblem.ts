// Turns the engine's typed SegmentsError into the worker's AnalysisProblem, whose code is the
// i18n key of its sentence (`segments.issue.<code>`), so the page can say what went wrong.
import { SegmentsError } from '../../analytics/customers/segmentsIssue';
import { AnalysisProblem } from '../context';

export async function asProblem<T>(run: () => Promise<T> | T): Promise<T> {
	try {
		return await run();
	} catch (e) {
		if (e instanceof SegmentsError)
			throw new AnalysisProblem(`segments.issue.${e.issue.code}`, e.issue.params ?? {});
		throw e;
	}
}
