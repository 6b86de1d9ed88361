// Where each tier of a value pyramid goes in a box of width × height px: equal-height tiers
// stacked top first inside 10 px top and bottom margins, the pyramid 44 % of the width (140 to
// 380 px) from 8 px in, its sides straight lines from the apex to the base, 2 px of air between
// tiers; each tier's label block (a name and `lines` lines of 17 px) is centred on the tier's
// middle, 28 px right of the pyramid. Equal heights on purpose: the shape is the familiar
// picture, the numbers beside it carry the sizes.

/** The height of one line of text beside a tier. */
export const PYRAMID_LINE = 17;
const TOP = 10;
const BOTTOM = 10;
const LEFT = 8;
/** The gap between the pyramid and the labels (the leader line runs across it). */
const TEXT_GAP = 28;
/** A tier narrower than this at its middle has no room for the text inside it. */
const INSIDE_MIN = 70;

export interface PyramidBand {
	/** Top and bottom edges of the tier. */
	y0: number;
	y1: number;
	/** Half-widths of the tier at its top and bottom edge (0 at the apex). */
	top: number;
	bottom: number;
	/** The outline: top-left, top-right, bottom-right, bottom-left (SVG polygon points). */
	points: string;
	/** The tier's vertical middle, where its leader line and its inside text stand. */
	mid: number;
	/** The right side of the tier at its middle: where the leader line starts. */
	right: number;
	/** Whether the tier is wide enough at its middle for a short text inside it. */
	roomInside: boolean;
	/** The label block beside the tier: its top and the height of its lines. */
	labelY: number;
	labelHeight: number;
	/** The label's click target: the block and 4 px more for the last line's descenders. */
	hitHeight: number;
}

export interface PyramidLayout {
	/** The pyramid's axis (inside texts are centred on it). */
	cx: number;
	/** Where the label blocks start. */
	textX: number;
	/** The room for a label's text: to 4 px short of the right edge. */
	textRoom: number;
	/** The labels' click targets reach the right edge. */
	hitWidth: number;
	bands: PyramidBand[];
}

/** `lineCounts[i]`: how many lines of text tier i has beside it, under its name. */
export function pyramidLayout(
	lineCounts: readonly number[],
	width: number,
	height: number
): PyramidLayout {
	const n = lineCounts.length;
	const pw = Math.max(140, Math.min(380, width * 0.44));
	const cx = LEFT + pw / 2;
	const th = (height - TOP - BOTTOM) / Math.max(1, n);
	const textX = LEFT + pw + TEXT_GAP;
	// The sides run from the apex (top margin) to the full width at the base: half-width at y.
	const half = (y: number) => ((y - TOP) / (n * th)) * (pw / 2);
	const bands = lineCounts.map((lines, i) => {
		const y0 = TOP + i * th + (i > 0 ? 2 : 0);
		const y1 = TOP + (i + 1) * th - 2;
		const top = half(y0);
		const bottom = half(y1);
		const mid = (y0 + y1) / 2;
		const labelHeight = (lines + 1) * PYRAMID_LINE;
		return {
			y0,
			y1,
			top,
			bottom,
			points: `${cx - top},${y0} ${cx + top},${y0} ${cx + bottom},${y1} ${cx - bottom},${y1}`,
			mid,
			right: cx + (top + bottom) / 2,
			roomInside: top + bottom > INSIDE_MIN,
			labelY: mid - labelHeight / 2,
			labelHeight,
			hitHeight: labelHeight + 4
		};
	});
	return { cx, textX, textRoom: width - textX - 4, hitWidth: Math.max(0, width - textX), bands };
}
