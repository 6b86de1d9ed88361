// A line of a chart label within `max` pixels: as it is when it fits, else broken at the last
// space that lets the first row fit, the rest on the next row (wrapped again the same way), up to
// `rows` rows; what still does not fit is cut with an ellipsis (fitText). Widths are textWidth's
// estimates, so the same text wraps the same way on the server and in every browser.
import { fitText, textWidth } from './textWidth';

export function wrapText(text: string, max: number, fontSize = 12, rows = 2): string[] {
	if (rows <= 1 || textWidth(text, fontSize) <= max) return [fitText(text, max, fontSize)];
	for (let at = text.lastIndexOf(' '); at > 0; at = text.lastIndexOf(' ', at - 1)) {
		const head = text.slice(0, at).trimEnd();
		if (head && textWidth(head, fontSize) <= max)
			return [head, ...wrapText(text.slice(at + 1).trimStart(), max, fontSize, rows - 1)];
	}
	// No space early enough: one row, cut.
	return [fitText(text, max, fontSize)];
}
