// A line of a chart label within `max` pixels: as it is when it fits, else broken where the
// first row fits and the rest is wrapped again the same way, up to `rows` rows; what still does
// not fit is cut with an ellipsis (fitText). Widths are textWidth's estimates, so the same text
// wraps the same way on the server and in every browser.
//
// Chinese has no spaces, so a break may also fall between two CJK characters, but never inside
// a number or between a number and its unit ("739 位客户" keeps "739 位" together, "17.5 %"
// keeps its sign), never before a closing mark or after an opening one. Of the breaks whose
// rest still fits, the best kind wins, then the latest: after punctuation (，、· or before
// "（"), then at a space, then between two words (Intl.Segmenter's Chinese dictionary: "位|客户",
// not "位客|户"), then inside a word as a last resort. The dictionary only ranks breaks between
// CJK characters, so a browser with another ICU version can differ only there.
import { fitText, textWidth } from './textWidth';

const CJK = /[\u2e80-\u9fff\uff00-\uffef]/;
/** Marks a row must not start with (closing brackets, commas, stops, the percent sign). */
const NO_START = /[，、。；：！？）」』》〉】…%·,.;:!?)\]]/;
/** Marks a row must not end with (opening brackets). */
const NO_END = /[（「『《〈【([]/;
/** After these a phrase ends: the best place for a break. */
const PHRASE_END = /[，、；：。！？·）」』》〉】]/;

/** Word starts found by the platform's Chinese word segmenter (none where it is missing). */
let segmenter: Intl.Segmenter | null | undefined;
function wordStarts(text: string): Set<number> {
	if (segmenter === undefined)
		segmenter =
			typeof Intl.Segmenter === 'function'
				? new Intl.Segmenter('zh', { granularity: 'word' })
				: null;
	const starts = new Set<number>();
	if (segmenter) for (const s of segmenter.segment(text)) starts.add(s.index);
	return starts;
}

interface Break {
	/** The head is text[0, head); the rest starts at `rest`. */
	head: number;
	rest: number;
	/** 3 after punctuation, 2 at a space, 1 between two words, 0 inside a word. */
	kind: number;
}

/** Where `text` may be broken, in order. */
export function wrapBreaks(text: string): Break[] {
	const chars = Array.from(text);
	const out: Break[] = [];
	const words = CJK.test(text) ? wordStarts(text) : new Set<number>();
	let at = 0;
	for (let i = 0; i < chars.length - 1; i++) {
		at += chars[i].length;
		const a = chars[i];
		const b = chars[i + 1];
		if (b === ' ') continue; // The break is taken at the space itself, below.
		if (a === ' ') {
			// A space after a digit joins a number to its unit or sign: "739 位", "17.5 %".
			const before = chars.slice(0, i).join('').trimEnd();
			if (!before || /\d$/.test(before) || NO_END.test(before.at(-1) ?? '')) continue;
			if (NO_START.test(b)) continue;
			out.push({ head: before.length, rest: at, kind: 2 });
			continue;
		}
		if (NO_START.test(b) || NO_END.test(a)) continue;
		if (PHRASE_END.test(a) || (b === '（' && CJK.test(a))) {
			out.push({ head: at, rest: at, kind: 3 });
			continue;
		}
		// Between two characters only where one of them is CJK, and never right after a digit
		// (a number and its measure word) — "38.2%的" may break after the sign, "739位" may not.
		if ((CJK.test(a) || CJK.test(b)) && !/\d/.test(a))
			out.push({ head: at, rest: at, kind: words.has(at) ? 1 : 0 });
	}
	return out;
}

/** Whether `text` wraps into `rows` rows of `max` px without being cut. */
function fitsIn(text: string, max: number, fontSize: number, rows: number): boolean {
	if (textWidth(text, fontSize) <= max) return true;
	if (rows <= 1) return false;
	return wrapBreaks(text).some(
		(b) =>
			textWidth(text.slice(0, b.head), fontSize) <= max &&
			fitsIn(text.slice(b.rest), max, fontSize, rows - 1)
	);
}

export function wrapText(text: string, max: number, fontSize = 12, rows = 2): string[] {
	if (rows <= 1 || textWidth(text, fontSize) <= max) return [fitText(text, max, fontSize)];
	let best: { b: Break; clean: boolean } | null = null;
	for (const b of wrapBreaks(text)) {
		if (b.head === 0 || textWidth(text.slice(0, b.head), fontSize) > max) continue;
		const clean = fitsIn(text.slice(b.rest), max, fontSize, rows - 1);
		if (
			!best ||
			(clean && !best.clean) ||
			(clean === best.clean &&
				(b.kind > best.b.kind || (b.kind === best.b.kind && b.head > best.b.head)))
		)
			best = { b, clean };
	}
	// No break early enough: one row, cut.
	if (!best) return [fitText(text, max, fontSize)];
	return [
		text.slice(0, best.b.head),
		...wrapText(text.slice(best.b.rest), max, fontSize, rows - 1)
	];
}
