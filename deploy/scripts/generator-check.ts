/**
 * npm test's check of the context generator: it copies the working tree (its files under git,
 * not node_modules or caches) into a scratch folder and runs `context:new` there twice — the
 * fourth aggregate of a service that has three (investment-promotion) and a third aggregate of a
 * service that has two (approval), with a second read model (--projection) and a reaction to the
 * registry's events (--reaction) — then type-checks, lints and unit-tests the tree and runs
 * both services' integration tests on the real servers (the new aggregates' own, and the boot
 * test: its OpenAPI document written anew, the API fuzzer over every route). No file is edited
 * by hand in between. The repository itself is never touched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'ccpc-generator-'));

function run(label: string, command: string, args: string[]): void {
  process.stdout.write(`[generator-check] ${label}\n`);
  const result = spawnSync(command, args, {
    cwd: scratch,
    stdio: 'inherit',
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
  });
  if (result.status !== 0) throw new Error(`${label} failed`);
}

try {
  const files = spawnSync('git', ['ls-files', '-co', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
    .stdout.split('\n')
    .filter(Boolean);
  for (const file of files) cpSync(join(root, file), join(scratch, file), { recursive: true, force: true, errorOnExist: false });
  symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'));
  mkdirSync(join(scratch, '.cache'), { recursive: true });
  if (existsSync(join(root, '.cache', 'tools'))) symlinkSync(join(root, '.cache', 'tools'), join(scratch, '.cache', 'tools')); // the API fuzzer, installed once
  const bin = (name: string) => join(scratch, 'node_modules', '.bin', name);
  const generated = [
    { service: 'investment-promotion', aggregate: 'promotion-policy', label: '招商政策' },
    // With a second read model and a reaction to the registry's events.
    {
      service: 'approval',
      aggregate: 'approval-complaint',
      label: '审批投诉',
      extra: ['--projection', 'complaints-by-month', '--reaction', 'complaint-on-registration'],
    },
  ];
  for (const { service, aggregate, label, extra = [] } of generated) {
    run(`generate ${service}/${aggregate} ${extra.join(' ')}`, bin('tsx'), [
      'deploy/scripts/new-context.ts',
      '--service',
      service,
      '--aggregate',
      aggregate,
      '--label',
      label,
      ...extra,
    ]);
  }
  run('type-check the whole tree', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
  run('lint and unit tests of what it wrote', bin('nx'), [
    'run-many',
    '-t',
    'lint',
    'test',
    '-p',
    ...generated.flatMap(({ service }) => [service, `${service}-domain`]),
    'contracts',
    '--skip-nx-cache',
    '--outputStyle=stream',
  ]);
  for (const { service, aggregate } of generated) {
    run(`${service}: the new aggregate's integration test and the boot test (real servers)`, bin('jest'), [
      '--config',
      `apps/${service}/jest.int.config.js`,
      '--runInBand',
      `apps/${service}/src/${aggregate}s`,
      `apps/${service}/src/boot.int-spec.ts`,
    ]);
  }
  process.stdout.write('[generator-check] ✓ both generated aggregates type-check, lint, boot and pass their tests\n');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
