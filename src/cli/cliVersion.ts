// The version `crm-workbench --version` prints: package.json's, written into the built CLI by
// scripts/buildCli.js, or read from package.json when the CLI runs from source (tsx).
import { readFileSync } from 'node:fs';

declare const __CRM_WORKBENCH_VERSION__: string | undefined;

export function cliVersion(): string {
	if (typeof __CRM_WORKBENCH_VERSION__ === 'string') return __CRM_WORKBENCH_VERSION__;
	const url = new URL('../../package.json', import.meta.url);
	return (JSON.parse(readFileSync(url, 'utf8')) as { version: string }).version;
}
