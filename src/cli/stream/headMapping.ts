// The mapping of a file too large to read at once: its first SAMPLE_BYTES (the bytes the app's
// preview reads, cut after the last complete line) go through the CLI's own mapBytes, so the
// same sniffing, mapping suggestions and column options (--customer, --date-format, …) apply.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { SAMPLE_BYTES, type Preview } from '../../lib/data/pipeline/previewFile';
import type { Mapping } from '../../lib/data/map/types';
import { detectEncoding } from '../../lib/data/sniff/detectEncoding';
import { CliError } from '../args';
import { mapBytes } from '../loadFile';
import { describeProblem } from '../describeProblem';
import { checkMapping } from '../../lib/data/pipeline/importBytes';
import { FileProblemError } from '../../lib/data/pipeline/problems';

export interface HeadMapping {
	mapping: Mapping;
	preview: Preview;
	/** Size of the whole file. */
	bytes: number;
	/** The head as UTF-8 text, cut after its last complete line. */
	headText: string;
}

/** Where the head ends: after its last line break (whole UTF-16 code units for UTF-16). */
function cutAfterLastLine(head: Uint8Array, complete: boolean): number {
	if (complete) return head.length;
	const enc = detectEncoding(head, false).encoding;
	for (let i = head.length - 1; i >= 0; i--) {
		if (head[i] !== 0x0a) continue;
		if (enc === 'utf-16le') {
			if (i % 2 === 0 && head[i + 1] === 0) return i + 2;
		} else if (enc === 'utf-16be') {
			if (i % 2 === 1 && head[i - 1] === 0) return i + 1;
		} else return i + 1;
	}
	return head.length;
}

function readHead(file: string): { head: Uint8Array; bytes: number } {
	try {
		const st = statSync(file);
		if (st.isDirectory()) throw new CliError(`${file} is a directory, not a file`);
		const fd = openSync(file, 'r');
		try {
			const head = new Uint8Array(Math.min(st.size, SAMPLE_BYTES));
			let got = 0;
			while (got < head.length) {
				const n = readSync(fd, head, got, head.length - got, got);
				if (n === 0) break;
				got += n;
			}
			return { head: head.subarray(0, got), bytes: st.size };
		} finally {
			closeSync(fd);
		}
	} catch (e) {
		if (e instanceof CliError) throw e;
		throw new CliError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
	}
}

export function headMapping(file: string, options: Record<string, string>): HeadMapping {
	const { head, bytes } = readHead(file);
	const cut = cutAfterLastLine(head, head.length === bytes);
	const { preview, mapping } = mapBytes(head.subarray(0, cut), file, options, 'transactions');
	// Hook (issue 23): streaming reads rows one at a time; folding needs an order's rows together.
	if (mapping.layout)
		throw new CliError(
			`${file} is a shop export (${mapping.layout.id}): summarize streams rows and cannot fold line items into orders — use rfm, fit, cohorts or lifecycle, which read it as orders, or --layout none to read its rows as they are`
		);
	if (mapping.kind !== 'transactions')
		throw new CliError(`${file} does not look like transactions (found ${mapping.kind})`);
	// The same message as the other commands for a missing customer id or date column.
	try {
		checkMapping(mapping);
	} catch (e) {
		if (e instanceof FileProblemError) throw new CliError(describeProblem(e.problem, file));
		throw e;
	}
	return { mapping, preview, bytes, headText: new TextDecoder().decode(head.subarray(0, cut)) };
}
