// Where each tier of a value pyramid goes in a box of width × height px: equal-height tiers
// stacked top first inside 10 px top and bottom margins, the pyramid 44 % of the width (100 to
// 380 px) from 8 px in, its sides straight lines from the apex to the base, 2 px of air between
// tiers; each tier's label block (its name, then its lines in rows of 17 px) is centred on the
// tier's middle, 28 px right of the pyramid (20 px on a phone, where the pyramid is under
// 140 px). Equal heights on purpose: the shape is the familiar picture, the numbers beside it
// carry the sizes. A line too long for the room beside the pyramid wraps onto a second row
// (a phone's width), and the pyramid grows taller when the label blocks would overlap.
import { fitText } from './textWidth';
import { wrapText } from './wrapText';

/** The height of one line of text beside a tier. */
export const PYRAMID_LINE = 17;
const TOP = 10;
const NAME_SIZE = 14;
const LINE_SIZE = 12.5;
const BOTTOM = 10;
const LEFT = 8;
/** The gap between the pyramid and the labels (the leader line runs across it). */
const TEXT_GAP = 28;
const NARROW_GAP = 20;
/** Below this width the pyramid leaves more room to its labels (a smaller gap). */
const NARROW = 140;
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
	/** The tier's name, cut to the room beside the pyramid. */
	name: string;
	/** Its lines, each wrapped onto at most two rows, cut to the room. */
	rows: string[];
	/** The label block beside the tier: its top and the height of its rows. */
	labelY: number;
	labelHeight: number;
	/** The label's click target: the block and 4 px more for the last line's descenders. */
	hitHeight: number;
}

export interface PyramidLayout {
	/** The height drawn: the asked one, or more when the label blocks need it. */
	height: number;
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

export interface PyramidTierText {
	label: string;
	/** Lines of text beside the tier, under its name. */
	lines: readonly string[];
}

export function pyramidLayout(
	tiers: readonly PyramidTierText[],
	width: number,
	askedHeight: number
): PyramidLayout {
	const n = tiers.length;
	const pw = Math.max(100, Math.min(380, width * 0.44));
	const cx = LEFT + pw / 2;
	const textX = LEFT + pw + (pw < NARROW ? NARROW_GAP : TEXT_GAP);
	const textRoom = width - textX - 4;
	const texts = tiers.map((t) => ({
		name: fitText(t.label, textRoom, NAME_SIZE),
		rows: t.lines.flatMap((line) => wrapText(line, textRoom, LINE_SIZE))
	}));
	// A tier as tall as its label block, its click target and the 2 px of air on each side.
	const tallest = Math.max(0, ...texts.map((t) => (t.rows.length + 1) * PYRAMID_LINE + 4 + 4));
	const height = Math.max(askedHeight, TOP + BOTTOM + n * tallest);
	const th = (height - TOP - BOTTOM) / Math.max(1, n);
	// The sides run from the apex (top margin) to the full width at the base: half-width at y.
	const half = (y: number) => ((y - TOP) / (n * th)) * (pw / 2);
	const bands = texts.map(({ name, rows }, i) => {
		const y0 = TOP + i * th + (i > 0 ? 2 : 0);
		const y1 = TOP + (i + 1) * th - 2;
		const top = half(y0);
		const bottom = half(y1);
		const mid = (y0 + y1) / 2;
		const labelHeight = (rows.length + 1) * PYRAMID_LINE;
		return {
			y0,
			y1,
			top,
			bottom,
			points: `${cx - top},${y0} ${cx + top},${y0} ${cx + bottom},${y1} ${cx - bottom},${y1}`,
			mid,
			right: cx + (top + bottom) / 2,
			roomInside: top + bottom > INSIDE_MIN,
			name,
			rows,
			labelY: mid - labelHeight / 2,
			labelHeight,
			hitHeight: labelHeight + 4
		};
	});
	return { height, cx, textX, textRoom, hitWidth: Math.max(0, width - textX), bands };
}
