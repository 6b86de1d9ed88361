// A lifetime-value engine issue (a ClvIssue thrown by the fitting code) as the engine's typed
// problem, `clv.issue.<code>` with its values: the one form every caller translates.
import { isClvIssue, type ClvIssue } from '../../analytics/clv';
import { AnalysisProblem } from '../context';

export function clvProblem(issue: ClvIssue): AnalysisProblem {
	return new AnalysisProblem(`clv.issue.${issue.code}`, issue.values ?? {});
}

/** Runs fitting code; a thrown ClvIssue becomes its AnalysisProblem, anything else stays. */
export function asClvProblem<T>(run: () => T): T {
	try {
		return run();
	} catch (e) {
		if (isClvIssue(e)) throw clvProblem(e);
		throw e;
	}
}
