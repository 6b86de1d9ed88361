// One entry point per prediction for any purchase-count model.
import {
	betaGeoConditional,
	betaGeoConditionalIfAlive,
	betaGeoExpected,
	betaGeoPAlive
} from './betaGeoPredict';
import type { TransactionModel } from './clvTypes';
import {
	paretoNbdConditional,
	paretoNbdConditionalIfAlive,
	paretoNbdExpected,
	paretoNbdPAlive
} from './paretoNbdPredict';

/** E[X(t)]: repeat purchases of a new customer in t units. */
export function expectedPurchases(m: TransactionModel, t: number): number {
	return m.model === 'paretonbd'
		? paretoNbdExpected(m.params, t)
		: betaGeoExpected(m.params, t, m.model === 'mbgnbd');
}

/** E[Y(t) | x, t_x, T]: repeat purchases of a known customer in the next t units. */
export function conditionalPurchases(
	m: TransactionModel,
	x: number,
	tx: number,
	T: number,
	t: number
): number {
	return m.model === 'paretonbd'
		? paretoNbdConditional(m.params, x, tx, T, t)
		: betaGeoConditional(m.params, x, tx, T, t, m.model === 'mbgnbd');
}

/**
 * E[Y(t) | x, t_x, T] / P(alive | x, t_x, T): every model here factors this way, and the factor
 * does not depend on t_x — predictions for many customers reuse it per distinct (x, T).
 */
export function conditionalIfAlive(m: TransactionModel, x: number, T: number, t: number): number {
	return m.model === 'paretonbd'
		? paretoNbdConditionalIfAlive(m.params, x, T, t)
		: betaGeoConditionalIfAlive(m.params, x, T, t, m.model === 'mbgnbd');
}

/** P(alive at T | x, t_x, T). */
export function probabilityAlive(m: TransactionModel, x: number, tx: number, T: number): number {
	return m.model === 'paretonbd'
		? paretoNbdPAlive(m.params, x, tx, T)
		: betaGeoPAlive(m.params, x, tx, T, m.model === 'mbgnbd');
}
