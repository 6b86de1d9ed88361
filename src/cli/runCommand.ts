// Every command of the CLI, registered in one line each: name, help text, function, and (when
// its help text alone cannot say it) a table of its options. A command in the first style —
// `xCommand(file, options: Record<string, string>)` with an X_HELP text — plugs in as
// `cliCommand('x', X_HELP, xCommand)`; its options are the ones its help names (see
// parse/optionsFromHelp.ts), plus the column options every command shares.
import { cliCommand, type CliCommand } from './parse/cliCommand';
import { inspectReport } from './commands/inspect';
import { documentedCurrency } from './documentedCurrency';
import { INSPECT_HELP } from './commands/inspectHelp';
import { SURVEY_HELP, surveyCommand } from './commands/survey';
import { FIT_HELP, fitCommand } from './commands/fit';
import { PREDICT_HELP, predictCommand } from './commands/predict';
import { COHORTS_HELP, cohortsCommand } from './commands/cohorts';
import { LIFECYCLE_HELP, lifecycleCommand } from './commands/lifecycle';
import { RFM_HELP, rfmCommand } from './commands/rfm';
import { PYRAMID_HELP, pyramidCommand } from './commands/pyramid';
import { SUMMARIZE_HELP, SUMMARIZE_OPTIONS, summarizeCommand } from './commands/summarize';
import { loadFile } from './loadFile';
import { CliError } from './args';
import { CHURN_HELP, churnCommand } from './commands/churn';
import { CROSSBUY_HELP, crossbuyCommand } from './commands/crossbuy';
import { LOYALTY_HELP, loyaltyCommand } from './commands/loyalty';
import { SURVIVAL_HELP, survivalCommand } from './commands/survival';
import { COMPARE_HELP, compareCommand } from './commands/compare';
import { FILTER_OPTIONS } from './parse/optionTable';
import { FILTER_HELP, withFilters } from './cliFilter';

/** A command that takes the workspace filter (--from, --to, --where, --customers). */
const filtered = (
	name: string,
	help: string,
	run: (file: string, options: Record<string, string>) => unknown
) => cliCommand(name, `${help}\n${FILTER_HELP}`, withFilters(run), FILTER_OPTIONS);

export const COMMANDS: readonly CliCommand[] = [
	cliCommand('inspect', INSPECT_HELP, (file, options) =>
		inspectReport(loadFile(file, options), documentedCurrency(file))
	),
	filtered('rfm', RFM_HELP, rfmCommand),
	filtered('pyramid', PYRAMID_HELP, pyramidCommand),
	filtered('fit', FIT_HELP, fitCommand),
	filtered('predict', PREDICT_HELP, predictCommand),
	cliCommand('compare', COMPARE_HELP, compareCommand),
	filtered('cohorts', COHORTS_HELP, cohortsCommand),
	filtered('lifecycle', LIFECYCLE_HELP, lifecycleCommand),
	cliCommand('survival', SURVIVAL_HELP, survivalCommand),
	filtered('survey', SURVEY_HELP, surveyCommand),
	cliCommand('churn', CHURN_HELP, churnCommand),
	cliCommand('crossbuy', CROSSBUY_HELP, crossbuyCommand),
	cliCommand('loyalty', LOYALTY_HELP, loyaltyCommand),
	cliCommand(
		'summarize',
		SUMMARIZE_HELP,
		async (file, options) => {
			const out = await summarizeCommand(file, options);
			// The CSV went to stdout: nothing more to print (main.ts prints no JSON for undefined).
			return out.out === null ? undefined : out;
		},
		SUMMARIZE_OPTIONS
	)
];

/** Per-command --help text. */
export const COMMAND_HELP: Record<string, string> = Object.fromEntries(
	COMMANDS.map((c) => [c.name, c.help])
);

/** Runs a command by name with already-parsed options (what main.ts does after parsing). */
export async function runCommand(
	command: string,
	file: string | undefined,
	options: Record<string, string>
): Promise<unknown> {
	const c = COMMANDS.find((x) => x.name === command);
	if (!c) throw new CliError(`unknown command "${command}"`);
	if (!file) throw new CliError(`${command}: a file is required`);
	return c.run(file, options);
}
