/**
 * npm run seed -- --projects 2000 [--url http://localhost:3001] [--statistics-url http://localhost:3005] [--seed 2018] [--concurrency 4]
 * Loads demo projects through the running registry's HTTP API (start it with `npm start`), and
 * the statistics bureau's monthly figures through the assessment service's.
 */
import { SingleBar } from 'cli-progress';
import { cliArgs } from './cli-args';
import { seedProjects } from './seed-projects';
import { seedStatistics } from './seed-statistics';

const usage = [
  'usage: npm run seed -- [--projects 2000] [--url http://localhost:3001] [--statistics-url http://localhost:3005] [--seed 2018] [--concurrency 4]',
  "  loads the demo city through the running services' APIs; idempotent (a re-run replays instead of duplicating)",
].join('\n');

async function main(): Promise<void> {
  const { values } = cliArgs(usage, {
    projects: { type: 'string', default: '2000' },
    url: { type: 'string', default: process.env['REGISTRY_URL'] ?? 'http://localhost:3001' },
    'statistics-url': { type: 'string', default: process.env['ASSESSMENT_URL'] ?? 'http://localhost:3005' },
    seed: { type: 'string', default: '2018' },
    concurrency: { type: 'string', default: '4' },
  });
  const count = Number(values.projects);
  if (!Number.isInteger(count) || count < 1) throw new Error('--projects must be a positive whole number');
  const reachable = await fetch(`${values.url}/health/live`).then(
    (r) => r.ok,
    () => false,
  );
  if (!reachable) throw new Error(`the registry does not answer at ${values.url}; start the system with \`npm start\` (or give --url)`);
  const bar = new SingleBar({
    format: 'seeding [{bar}] {value}/{total} projects · {commands} commands · {rate} commands/s',
    hideCursor: true,
    noTTYOutput: true,
    notTTYSchedule: 2000,
  });
  const started = performance.now();
  bar.start(count, 0, { commands: 0, rate: 0 });
  const result = await seedProjects({
    baseUrl: values.url as string,
    projects: count,
    seed: Number(values.seed),
    concurrency: Number(values.concurrency),
    onProgress: (done, commands) => bar.update(done, { commands, rate: Math.round(commands / ((performance.now() - started) / 1000)) }),
  });
  bar.stop();
  process.stdout.write(
    `seeded ${result.projects} projects with ${result.commands} commands in ${result.seconds.toFixed(1)} s ` +
      `(${Math.round(result.commands / result.seconds)} commands/s; ${result.refused} refused by a business rule)\n`,
  );
  const figures = await seedStatistics(values['statistics-url'] as string);
  process.stdout.write(`published ${figures.published} monthly fixed-asset investment figures (${figures.refused} already there)\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`seed: ${(error as Error).message}\n`);
  process.exit(1);
});
