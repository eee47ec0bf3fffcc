import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * Every command-line tool of the project parses its flags here: `--help` prints the usage and
 * does nothing else; an unknown flag or a stray argument is refused (exit 2) before anything runs.
 */
export function cliArgs<O extends NonNullable<ParseArgsConfig['options']>>(
  usage: string,
  options: O,
  config: { allowPositionals?: boolean } = {},
) {
  try {
    const parsed = parseArgs({
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: config.allowPositionals ?? false,
    });
    if ((parsed.values as { help?: boolean }).help) {
      process.stdout.write(`${usage}\n`);
      process.exit(0);
    }
    return parsed as unknown as {
      values: { [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : O[K] extends { multiple: true } ? string[] : string };
      positionals: string[];
    };
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${usage}\n`);
    process.exit(2);
  }
}
