import { CliError } from './args';
import { inspectReport } from './commands/inspect';
import { surveyCommand } from './commands/survey';
import { FIT_HELP, fitCommand } from './commands/fit';
import { PREDICT_HELP, predictCommand } from './commands/predict';
import { COHORTS_HELP, cohortsCommand } from './commands/cohorts';
import { LIFECYCLE_HELP, lifecycleCommand } from './commands/lifecycle';
import { RFM_HELP, rfmCommand } from './commands/rfm';
import { PYRAMID_HELP, pyramidCommand } from './commands/pyramid';
import { SUMMARIZE_HELP, summarizeCommand } from './commands/summarize';
import { loadFile } from './loadFile';

/** Per-command --help text, for commands that have one. */
export const COMMAND_HELP: Record<string, string> = {
	fit: FIT_HELP,
	predict: PREDICT_HELP,
	cohorts: COHORTS_HELP,
	lifecycle: LIFECYCLE_HELP,
	rfm: RFM_HELP,
	pyramid: PYRAMID_HELP,
	summarize: SUMMARIZE_HELP
};

export async function runCommand(
	command: string,
	file: string | undefined,
	options: Record<string, string>
): Promise<unknown> {
	if (!file) throw new CliError(`${command}: a file is required`);
	switch (command) {
		case 'inspect':
			return inspectReport(loadFile(file, options));
		case 'fit':
			return fitCommand(file, options);
		case 'predict':
			return predictCommand(file, options);
		case 'survey':
			return surveyCommand(file, options);
		case 'cohorts':
			return cohortsCommand(file, options);
		case 'lifecycle':
			return lifecycleCommand(file, options);
		case 'rfm':
			return rfmCommand(file, options);
		case 'pyramid':
			return pyramidCommand(file, options);
		case 'summarize': {
			const out = await summarizeCommand(file, options);
			// The CSV went to stdout: nothing more to print (main.ts prints no JSON for undefined).
			return out.out === null ? undefined : out;
		}
		default:
			throw new CliError(`unknown command "${command}"`);
	}
}
