import { describe, expect, it } from 'vitest';
import { analyses, analysisNamed, type AnalysisName, type AnalysisResult } from './registry';
import type { CustomerPage } from './segments/segmentsResult';

describe('analysisNamed', () => {
	// Names cross the worker boundary as text: only the registry's own entries may resolve.
	it.each([
		['segmentsRfm', true],
		['clvFit', true],
		['referralLoyaltyAnalysis', true],
		['toString', false],
		['__proto__', false],
		['constructor', false],
		['hasOwnProperty', false],
		['segmentsrfm', false],
		['', false]
	])('%j → registered: %s', (name, found) => {
		expect(analysisNamed(name) !== undefined).toBe(found);
		if (found) expect(analysisNamed(name)).toBe(analyses[name as AnalysisName]);
	});
});

// Checked by the type checker (svelte-check in `npm test`), never run: a misspelt name must not
// compile, and a result is typed by its analysis's name.
export function typedByName(run: <K extends AnalysisName>(k: K) => AnalysisResult<K>) {
	// @ts-expect-error — not a registered analysis
	run('segmentsRfmm');
	const page: CustomerPage = run('segmentsCustomers');
	return page;
}
