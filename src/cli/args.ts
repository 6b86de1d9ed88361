// What every CLI module may throw. The command line itself is read by parse/parseCommandLine.ts.

/** A usage or input error: printed as one line on stderr with exit code 2. */
export class CliError extends Error {}
