// What to tell the user about a file's encoding from its UTF-8 and other lines, and which
// readings to offer. One rule for the preview and the validation report.
import type { TextEncodingName } from './detectEncoding';
import type { EncodingLines } from './encodingLines';

export type EncodingAdvice =
	/** Both kinds of lines: whichever single encoding is chosen, some lines are wrong. */
	| { kind: 'mixed'; offer: TextEncodingName[] }
	/** Read as UTF-8, lines that are not: their characters were replaced. */
	| { kind: 'not_utf8'; offer: TextEncodingName[] }
	/** Read as GB18030, yet lines are UTF-8: they show wrong characters (without an error). */
	| { kind: 'utf8_as_other'; offer: TextEncodingName[] }
	/** Read line by line: how many lines each way (information, nothing to choose). */
	| { kind: 'per_line'; offer: TextEncodingName[] };

export function encodingAdvice(
	lines: EncodingLines | undefined,
	encoding: TextEncodingName
): EncodingAdvice | null {
	if (!lines) return null;
	if (encoding === 'utf-8+gb18030')
		return lines.utf8 > 0 && lines.other > 0 ? { kind: 'per_line', offer: [] } : null;
	if (encoding === 'utf-8')
		return lines.other > 0 ? { kind: 'not_utf8', offer: ['gb18030', 'utf-8+gb18030'] } : null;
	if (lines.utf8 === 0) return null; // a GB18030 file, read as such
	if (lines.other > 0) return { kind: 'mixed', offer: ['utf-8+gb18030', 'utf-8'] };
	return { kind: 'utf8_as_other', offer: ['utf-8'] };
}
