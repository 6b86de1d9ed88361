// The engine worker's analysis context over one in-memory table (transactions or a customer
// summary) loaded from a file: how a CLI command runs a registry analysis in Node.
import type { TransactionTable } from '../lib/analytics/types';
import { AnalysisProblem, type AnalysisContext } from '../lib/engine/context';
import type { BehaviourTable } from './loadFile';

/** Every dataset id resolves to the one table; the other kinds are missing. */
export function nodeContext(data: TransactionTable | BehaviourTable): AnalysisContext {
	const none = async (): Promise<never> => {
		throw new AnalysisProblem('dataset_missing');
	};
	const b: BehaviourTable = 'kind' in data ? data : { kind: 'transactions', table: data };
	return {
		transactions: b.kind === 'transactions' ? async () => b.table : none,
		summary: b.kind === 'summary' ? async () => b.table : none,
		dataset: none,
		customers: none,
		survey: none,
		progress: () => {}
	};
}
