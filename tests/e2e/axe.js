// axe-core in the end-to-end tests: one rule set (WCAG 2.0/2.1 A and AA plus axe's best
// practices) and one way of running it, shared by the a11y walk and the tests that audit a
// state of their own page (compareDatasets, dataPage).
import { AxeBuilder } from '@axe-core/playwright';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * axe's violations on `page` (or inside `include`, a selector). Two choices keep the audit
 * cheap without changing what is asserted (the violations, every rule on every node):
 * - setLegacyMode(): axe.run() in the page. By default @axe-core/playwright runs
 *   axe.runPartial() in the page, which serialises every checked node of every rule (a
 *   selector, an XPath and the HTML of each of the thousands of nodes a chart-heavy page
 *   passes), sends that to Node and on into a new blank page for axe.finishRun(). The app has
 *   no frames, the one thing legacy mode leaves out (cross-origin frames).
 * - resultTypes ['violations']: the report then keeps one node per passing rule.
 * scripts/axeProbe.js runs both modes on the same page states: the same rules violated,
 * passed, incomplete and inapplicable; times in docs/testing.md.
 */
export async function axeViolations(page, include = null) {
	let builder = new AxeBuilder({ page })
		.withTags(AXE_TAGS)
		.options({ resultTypes: ['violations'] })
		.setLegacyMode();
	if (include) builder = builder.include(include);
	const result = await builder.analyze();
	return result.violations;
}
