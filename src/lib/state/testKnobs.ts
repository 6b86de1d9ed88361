// Tests only (issue 22): knobs read from localStorage. A lower limit on the columns a file may
// make, so an end-to-end test reaches the "too large for a tab" message with a small file
// instead of generating gigabytes. Unset in real use: the import worker's own limits apply.
export const TEST_STORE_LIMIT_KEY = 'crm-workbench.test.storeLimit';

/** And the size from which a file is read in slices (to slice a small file). */
export const TEST_SLICED_FROM_KEY = 'crm-workbench.test.slicedFrom';

function knob(key: string): number | undefined {
	try {
		const v = Number(localStorage.getItem(key));
		return Number.isFinite(v) && v > 0 ? v : undefined;
	} catch {
		return undefined; // no storage (private mode, a sandboxed frame)
	}
}

export const testStoreLimit = () => knob(TEST_STORE_LIMIT_KEY);
export const testSlicedFrom = () => knob(TEST_SLICED_FROM_KEY);
