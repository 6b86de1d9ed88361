// The CLI's say over a recognised shop export (issue 23): --layout none reads the rows as they
// are; --status-policy pending=include,cancelled=include,refunds=ignore changes what counts.
import type { Mapping } from '../lib/data/map/types';
import type { StatusPolicy } from '../lib/data/map/layouts/types';
import { CliError } from './args';

const CHOICES: Record<keyof StatusPolicy, string[]> = {
	pending: ['exclude', 'include'],
	cancelled: ['exclude', 'include'],
	refunds: ['net', 'ignore']
};

export const LAYOUT_HELP = `Shop exports (Shopify, WooCommerce, Taobao/Tmall, JD, Youzan, ERP/POS) are recognised by
their headers and read as orders: --layout none reads the rows as they are;
--status-policy pending=include,cancelled=include,refunds=ignore changes which orders count
(default: completed counted, refunds netted as returns, cancelled/closed and pending left out).`;

export function applyLayoutOptions(mapping: Mapping, options: Record<string, string>): void {
	if (options.layout === 'none') {
		delete mapping.layout;
		return;
	}
	if (options.layout && mapping.layout?.id !== options.layout)
		throw new CliError(
			`--layout ${options.layout}: the file is ${mapping.layout ? `a ${mapping.layout.id} export` : 'not a recognised shop export'} (use --layout none to read its rows as they are)`
		);
	const spec = options['status-policy'];
	if (!spec) return;
	if (!mapping.layout)
		throw new CliError('--status-policy: the file is not a recognised shop export');
	const policy: Record<string, string> = { ...mapping.layout.policy };
	for (const part of spec.split(',')) {
		const [key, value] = part.split('=').map((s) => s.trim());
		const allowed = Object.hasOwn(CHOICES, key) ? CHOICES[key as keyof StatusPolicy] : null;
		if (!allowed || !allowed.includes(value))
			throw new CliError(
				`--status-policy: "${part}" is not one of pending=exclude|include, cancelled=exclude|include, refunds=net|ignore`
			);
		policy[key] = value;
	}
	mapping.layout.policy = policy as unknown as StatusPolicy;
}
