// Text colour that stays readable on a fill: white on dark colours, ink on light ones
// (relative luminance of the sRGB hex colour, WCAG formula).
export function textOn(fill: string): string {
	const m = /^#?([0-9a-f]{6})$/i.exec(fill.trim());
	if (!m) return '#1d2433';
	const n = parseInt(m[1], 16);
	const lin = (c: number) => {
		const s = c / 255;
		return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	};
	const l = 0.2126 * lin((n >> 16) & 255) + 0.7152 * lin((n >> 8) & 255) + 0.0722 * lin(n & 255);
	return l > 0.36 ? '#1d2433' : '#ffffff';
}
