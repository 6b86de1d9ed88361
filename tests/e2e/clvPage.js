// Waits and checks shared by the end-to-end tests of the Lifetime value page.
import { assert } from './harness.js';

/** Until the fit results are shown and no fit is running. */
export async function fitted(page) {
	await page.getByTestId('clv-fit').waitFor({ timeout: 90_000 });
	await page.getByTestId('clv-fitting').waitFor({ state: 'detached', timeout: 90_000 });
}

/** Degenerate numbers must never reach the page. */
export async function noNaN(page) {
	const text = await page.locator('main').innerText();
	assert(!/\bNaN\b|Infinity|undefined/.test(text), 'NaN, Infinity or undefined on the page');
}
