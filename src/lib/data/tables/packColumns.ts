// A dataset packed to be handed over, not copied (issue 22): typed arrays and each dictionary's
// labels as UTF-8 bytes, all transferable (packLabels' one string per dictionary must be cloned:
// 90 MB of order numbers at ten million rows, held three times while it crosses).
import { labelBytes, labelCount } from './lazyLabels';
import type { PackedColumn, PackedDataset } from './packLabels';
import type { ColumnarDataset } from './toTables';
import { emptyRecord } from '../../analytics/emptyRecord';

/**
 * The dataset's columns with labels as bytes. The bytes are the dictionary's own (no copy): once
 * they are transferred, the dictionary that made them must not be read again.
 */
export function packColumns(ds: ColumnarDataset): PackedDataset {
	const columns: Record<string, PackedColumn> = emptyRecord();
	for (const [k, c] of Object.entries(ds.columns))
		columns[k] =
			c.type === 'dict'
				? { type: 'dictBytes', codes: c.codes, bytes: labelBytes(c), count: labelCount(c) }
				: c;
	return { rows: ds.rows, fields: ds.fields, columns };
}
