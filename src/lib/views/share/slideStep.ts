// Which slide a key press moves to: arrows, PageUp / PageDown, space and Home / End, as a
// presenter's clicker sends them. Null: the key is not ours (Esc is handled by the layout).

export function slideStep(key: string, index: number, total: number): number | null {
	if (total <= 0) return null;
	const last = total - 1;
	switch (key) {
		case 'ArrowRight':
		case 'ArrowDown':
		case 'PageDown':
		case ' ':
			return Math.min(last, index + 1);
		case 'ArrowLeft':
		case 'ArrowUp':
		case 'PageUp':
			return Math.max(0, index - 1);
		case 'Home':
			return 0;
		case 'End':
			return last;
		default:
			return null;
	}
}
