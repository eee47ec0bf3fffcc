/**
 * The project's two commands and the infra helper, run through deploy/local/run.mjs:
 *   npm start            servers + build + all six services; Ctrl-C stops what it started
 *   npm test             servers + lint + typecheck + unit + build + integration tests
 *   npm run infra -- up|down|status|start <kafka|ferretdb>|stop <kafka|ferretdb> [--profile test]
 */
import { join } from 'node:path';
import { InfraError, resolveInfra } from '@ccpc/infra';
import { infraCommand } from './infra-command';
import { start } from './start';
import { bin, progress, root, run } from './steps';

async function test(): Promise<number> {
  const started = Date.now();
  const infra = await resolveInfra('test', progress);
  const env = { KAFKA_BROKERS: infra.kafkaBrokers, MONGODB_URI: infra.mongoUri, CCPC_INFRA_KIND: infra.kind };
  const steps: Array<[string, string, string[]]> = [
    ['formatting (Prettier)', bin('prettier'), ['--check', '.', '--log-level', 'warn']],
    ['lint and unit tests', bin('nx'), ['run-many', '-t', 'lint', 'test', '--parallel=2', '--outputStyle=stream']],
    ['typecheck', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']],
    ["response schemas current (from each service's Responses)", bin('tsx'), [join(root, 'deploy/scripts/response-schemas.ts'), '--check']],
    ['the context generator, in a scratch copy', bin('tsx'), [join(root, 'deploy/scripts/generator-check.ts')]],
    ['build', bin('nx'), ['run-many', '-t', 'build', '--parallel=2', '--outputStyle=stream']],
    ['integration tests (real Kafka + MongoDB protocol)', bin('nx'), ['run-many', '-t', 'int', '--parallel=1', '--outputStyle=stream']],
  ];
  const failed: string[] = [];
  try {
    for (const [label, command, args] of steps) {
      if ((await run(label, command, args, env)) !== 0) failed.push(label);
    }
  } finally {
    await infra.stop();
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  if (failed.length > 0) {
    process.stderr.write(`\nnpm test: FAILED (${failed.join(', ')}) in ${seconds}s\n`);
    return 1;
  }
  process.stderr.write(`\nnpm test: all steps passed in ${seconds}s (servers: ${infra.kind})\n`);
  return 0;
}

const USAGES: Record<string, string> = {
  start:
    'usage: npm start\n  starts Kafka, FerretDB and every service (demo data loaded when the registry is empty; SEED_PROJECTS=0 skips it); Ctrl-C stops all. No flags.',
  test: 'usage: npm test\n  formatting, lint, unit tests, then integration tests against real Kafka and FerretDB (provisioned when missing). No flags.',
};

/** `start` and `test` take no flags: --help prints the usage, anything else is refused before anything starts. */
function noFlags(command: string, args: readonly string[]): number | undefined {
  if (args.length === 0) return undefined;
  const usage = USAGES[command] as string;
  if (args.length === 1 && (args[0] === '--help' || args[0] === '-h')) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  process.stderr.write(`unknown argument(s): ${args.join(' ')}\n${usage}\n`);
  return 2;
}

async function main(): Promise<number> {
  const [command, ...args] = process.argv.slice(2);
  switch (command) {
    case 'test':
      return noFlags('test', args) ?? test();
    case 'start':
      return noFlags('start', args) ?? start();
    case 'infra':
      return infraCommand(args);
    case 'bench':
      return run('benchmark', bin('tsx'), [join(root, 'deploy/scripts/bench/main.ts'), ...args]);
    case 'chaos':
      return run('fault run', bin('tsx'), [join(root, 'deploy/scripts/chaos/main.ts'), ...args]);
    default:
      throw new InfraError('usage: run.mjs start | test | infra …');
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof InfraError) {
      process.stderr.write(`error: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  },
);
