import { CliError } from './args';
import { inspectReport } from './commands/inspect';
import { loadFile } from './loadFile';

export async function runCommand(
	command: string,
	file: string | undefined,
	options: Record<string, string>
): Promise<unknown> {
	if (!file) throw new CliError(`${command}: a file is required`);
	switch (command) {
		case 'inspect':
			return inspectReport(loadFile(file, options));
		default:
			throw new CliError(`unknown command "${command}"`);
	}
}
