/**
 * npm test's check of the context generator: it copies the working tree (its files under git,
 * not node_modules or caches) into a scratch folder, runs `context:new` there for a new aggregate
 * of a service with no aggregate yet, and type-checks, lints and unit-tests what it wrote. The
 * repository itself is never touched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
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
  const bin = (name: string) => join(scratch, 'node_modules', '.bin', name);
  run('generate issue-resolution/issue', bin('tsx'), [
    'deploy/scripts/new-context.ts',
    '--service',
    'issue-resolution',
    '--aggregate',
    'issue',
    '--label',
    '项目问题',
  ]);
  run('type-check the whole tree', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
  run('lint and unit tests of what it wrote', bin('nx'), [
    'run-many',
    '-t',
    'lint',
    'test',
    '-p',
    'issue-resolution-domain',
    'issue-resolution',
    'contracts',
    '--skip-nx-cache',
    '--outputStyle=stream',
  ]);
  process.stdout.write('[generator-check] ✓ the generated aggregate type-checks, lints and passes its tests\n');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
