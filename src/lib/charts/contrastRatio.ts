// WCAG 2.x relative luminance and contrast ratio of two sRGB hex colours (#rrggbb or #rgb):
// (L1 + 0.05) / (L2 + 0.05) with the lighter colour on top, 1 (same) … 21 (black on white).
// Used by the palette's test and by anything that must pick a readable colour.

export function hexToRgb(hex: string): [number, number, number] {
	const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
	if (!m) throw new Error(`not a hex colour: ${hex}`);
	const h = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
	const n = parseInt(h, 16);
	return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** An sRGB channel (0–255) to linear light (0–1), the piecewise sRGB transfer function. */
export function linearChannel(c: number): number {
	const s = c / 255;
	return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance(hex: string): number {
	const [r, g, b] = hexToRgb(hex).map(linearChannel);
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
	const la = relativeLuminance(a);
	const lb = relativeLuminance(b);
	return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
