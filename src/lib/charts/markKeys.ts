// Keyboard activation of a clickable chart mark (an SVG element with role="button"), the way
// a real button behaves: Enter acts on key down, Space on key up. Both default actions are
// cancelled: Enter's would otherwise reach whatever the action focuses (the drill-down
// dialog's Close button, closing it in the same keystroke) and Space's would scroll the page.
export function markKeyDown(e: KeyboardEvent, act: () => void): void {
	if (e.key === 'Enter') {
		e.preventDefault();
		if (!e.repeat) act();
	} else if (e.key === ' ') e.preventDefault();
}

export function markKeyUp(e: KeyboardEvent, act: () => void): void {
	if (e.key === ' ') {
		e.preventDefault();
		act();
	}
}
