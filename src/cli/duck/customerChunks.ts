// The validated rows back out of DuckDB sorted by customer (DuckDB sorts past memory on disk),
// cut into tables of about `rows` rows that never split a customer: every engine function that
// works customer by customer gives on each table exactly its in-memory result.
import type { DuckDBConnection } from '@duckdb/node-api';
import type { TransactionTable } from '../../lib/analytics/types';
import { eachCustomerRange } from './customerRanges';
import { eachChunk } from './readColumns';

class Builder {
	ids: string[] = [];
	customer: number[] = [];
	day: number[] = [];
	amount: number[] = [];

	add(id: string, day: number, amount: number | null): void {
		if (this.ids.length === 0 || this.ids[this.ids.length - 1] !== id) this.ids.push(id);
		this.customer.push(this.ids.length - 1);
		this.day.push(day);
		this.amount.push(amount ?? NaN);
	}

	table(hasAmount: boolean): TransactionTable {
		return {
			length: this.day.length,
			customer: Int32Array.from(this.customer),
			customerIds: this.ids,
			day: Int32Array.from(this.day),
			amount: hasAmount ? Float64Array.from(this.amount) : null
		};
	}
}

export async function eachCustomerChunk(
	con: DuckDBConnection,
	hasAmount: boolean,
	rows: number,
	run: (tx: TransactionTable) => void,
	ranges = { passes: 1, rows: 0 }
): Promise<void> {
	let b = new Builder();
	// A large file is sorted one range of customers at a time (customerRanges.ts): the ranges
	// follow each other in id order, so the chunks are the same as from one sort.
	await eachCustomerRange(con, ranges, () =>
		eachChunk(
			con,
			`SELECT customer_id, (date - DATE '1970-01-01')::INTEGER, amount
			 FROM transactions ORDER BY customer_id`,
			(c, n) => {
				for (let i = 0; i < n; i++) {
					const id = c[0][i] as string;
					// Cut only between customers.
					if (b.day.length >= rows && b.ids[b.ids.length - 1] !== id) {
						run(b.table(hasAmount));
						b = new Builder();
					}
					b.add(id, c[1][i] as number, c[2][i] as number | null);
				}
			}
		)
	);
	if (b.day.length > 0) run(b.table(hasAmount));
}
