// When a customer of the sample leaves (months after acquisition) and whether that falls inside
// the data: shared by the answer key and the churn reasons so both tell the same story.
import { monthIndex } from '../../src/lib/analytics/dates';
import type { SampleCustomer } from './drawCustomers';
import type { Purchase } from './drawTransactions';
import { retailSpec } from './retailSpec';

export interface ExitOf {
	/** First month after acquisition with no purchases (Infinity when none is planned). */
	exit: number;
	status: 'left' | 'active' | 'never_bought';
}

export function exitOf(c: SampleCustomer, orders: readonly Purchase[]): ExitOf {
	const lastMonth = monthIndex(retailSpec.end);
	const signup = monthIndex(c.signupDay);
	// Trial customers leave after their last trial order; the others follow their plan.
	const exit =
		c.type === 'abortion' && orders.length > 0
			? monthIndex(orders[orders.length - 1].day) - signup + 1
			: c.plan.exit;
	const status =
		c.type === 'neverBought' ? 'never_bought' : signup + exit <= lastMonth ? 'left' : 'active';
	return { exit, status };
}
