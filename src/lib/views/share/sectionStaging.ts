// Which report section to mount next (issue 22). The report holds whole analysis views; mounted
// together, their first renders and their results' charts fell in the same few long tasks
// (Lighthouse mobile: 1.5 s of blocking time). The report mounts them one at a time, in the
// order shown, each once the page is at rest after the one before.

/**
 * The first section in `order` that is not mounted yet, or null when every one is.
 * Ids mounted earlier but no longer shown (unticked) are ignored; a re-ticked section that was
 * mounted before needs no turn of its own.
 */
export function nextToMount(order: readonly string[], mounted: ReadonlySet<string>): string | null {
	for (const id of order) if (!mounted.has(id)) return id;
	return null;
}
