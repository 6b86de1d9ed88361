import { normalizeHeader } from './headerSynonyms';

/** Identifies "the same export again" so a confirmed mapping can be reused in one click. */
export function headerSignature(headers: string[], hasHeader: boolean, delimiter: string): string {
	if (!hasHeader) return `noheader|${delimiter}|${headers.length}`;
	return `header|${delimiter}|${headers.map(normalizeHeader).join('|')}`;
}
