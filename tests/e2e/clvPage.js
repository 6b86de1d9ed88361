// Waits and checks shared by the end-to-end tests of the Lifetime value page.
import { assert, settled } from './harness.js';

/**
 * Until the fit results are shown, no fit is running and the page is at rest: the results below
 * the tracking plot mount one part per task after it (issue 22), and the page counts as busy
 * until the last one is in.
 */
export async function fitted(page) {
	await page.getByTestId('clv-fit').waitFor({ timeout: 90_000 });
	await page.getByTestId('clv-fitting').waitFor({ state: 'detached', timeout: 90_000 });
	await settled(page);
}

/** Degenerate numbers must never reach the page. */
export async function noNaN(page) {
	const text = await page.locator('main').innerText();
	assert(!/\bNaN\b|Infinity|undefined/.test(text), 'NaN, Infinity or undefined on the page');
}

/**
 * Unfolds the Lifetime value page's settings panel (folded to one line, issue 16, item 6) so
 * that its controls can be used. Only the user opens or closes it, so one read is enough: an
 * in-app visit keeps it as it was (open after the first unfold; always open on the report).
 */
export async function unfoldSettings(page) {
	const panel = page.getByTestId('clv-settings');
	await panel.waitFor({ timeout: 90_000 });
	if ((await panel.getAttribute('open')) === null) await panel.locator('summary').click();
	await page.locator('[data-testid="clv-settings"][open]').waitFor();
}
