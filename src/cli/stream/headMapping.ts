// The mapping of a file too large to read at once: its first SAMPLE_BYTES (the bytes the app's
// preview reads, cut after the last complete line) go through the CLI's own loadFile, so the
// same sniffing, mapping suggestions and column options (--customer, --date-format, …) apply.
import { closeSync, mkdirSync, openSync, readSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { SAMPLE_BYTES, type Preview } from '../../lib/data/pipeline/previewFile';
import type { Mapping } from '../../lib/data/map/types';
import { detectEncoding } from '../../lib/data/sniff/detectEncoding';
import { CliError } from '../args';
import { loadFile } from '../loadFile';

export interface HeadMapping {
	mapping: Mapping;
	preview: Preview;
	/** Size of the whole file. */
	bytes: number;
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

export function headMapping(
	file: string,
	options: Record<string, string>,
	tempDir: string
): HeadMapping {
	const { head, bytes } = readHead(file);
	const cut = cutAfterLastLine(head, head.length === bytes);
	// Same base name, so the binary sniffing sees the same extension (.xlsx, .json, …).
	const dir = join(tempDir, 'head');
	mkdirSync(dir);
	const headPath = join(dir, basename(file));
	writeFileSync(headPath, head.subarray(0, cut));
	try {
		const { preview, mapping, dataset } = loadFile(headPath, options, 'transactions');
		if (dataset.kind !== 'transactions')
			throw new CliError(`${file} does not look like transactions (found ${dataset.kind})`);
		if (!mapping.columns.some((c) => c.role === 'customerId'))
			throw new CliError(`${file}: transactions need a customer id column and a date column`);
		return { mapping, preview, bytes };
	} catch (e) {
		// The messages name the copy; the user knows the file by its own path.
		if (e instanceof CliError) throw new CliError(e.message.replaceAll(headPath, file));
		throw e;
	}
}
