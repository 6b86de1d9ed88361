// Validated rows (a block from the app's StreamValidator) into a DuckDB table of
// (customer_id, order_id, date, amount): ids stay the exact strings, days become DATEs.
import { DuckDBDateValue, type DuckDBAppender } from '@duckdb/node-api';
import type { RowBlock } from '../../lib/data/stream/RowBlock';

export function appendBlock(appender: DuckDBAppender, b: RowBlock): void {
	for (let i = 0; i < b.rows; i++) {
		appender.appendVarchar(b.customerLabels[b.customer[i]]);
		const o = b.order ? b.order[i] : -1;
		if (o >= 0 && b.orderLabels) appender.appendVarchar(b.orderLabels[o]);
		else appender.appendNull();
		appender.appendDate(new DuckDBDateValue(b.day[i]));
		if (b.amount) appender.appendDouble(b.amount[i]);
		else appender.appendNull();
		appender.endRow();
	}
}
