// Text colour that stays readable on a fill: ink or white, whichever has the higher WCAG
// contrast with it; on mid-tones where neither reaches 4.5:1 (#D55E00, #608E1E: about 4:1
// either way), black. (A fixed luminance cut put white on the darkened palette's mid-tones,
// e.g. 3.2:1 on #C28133 where ink reads at 4.9:1.)
import { contrastRatio } from './contrastRatio';

const INK = '#1d2433';
const WHITE = '#ffffff';
const BLACK = '#000000';
/** WCAG AA for normal-size text. */
const AA = 4.5;

export function textOn(fill: string): string {
	if (!/^#?([0-9a-f]{6})$/i.test(fill.trim())) return INK;
	const white = contrastRatio(fill, WHITE);
	const ink = contrastRatio(fill, INK);
	if (Math.max(white, ink) < AA && contrastRatio(fill, BLACK) > Math.max(white, ink)) return BLACK;
	return white > ink ? WHITE : INK;
}
