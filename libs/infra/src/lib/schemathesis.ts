import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Progress } from './progress';
import { cacheDir, InfraError } from './workspace';

/** The API fuzzer, from PyPI, pinned. */
export const SCHEMATHESIS_VERSION = '4.32.5';

export interface Schemathesis {
  /** The `st` command. */
  bin: string;
  /** Python 3.11's AST constructor breaks the fuzzer's coverage phase; that phase runs from 3.12 on. */
  coveragePhase: boolean;
}

function versionOf(python: string): [number, number] | undefined {
  const out = spawnSync(python, ['-c', 'import sys; print(sys.version_info[0], sys.version_info[1])'], { encoding: 'utf8' });
  if (out.status !== 0) return undefined;
  const [major, minor] = out.stdout.trim().split(' ').map(Number);
  return major === undefined || minor === undefined ? undefined : [major, minor];
}

/** The newest Python 3.10+ on the machine: on PATH, or one of pyenv's versions. */
function findPython(): { python: string; version: [number, number] } {
  const pyenv = join(process.env['PYENV_ROOT'] ?? join(process.env['HOME'] ?? '/root', '.pyenv'), 'versions');
  const candidates = [
    'python3.13',
    'python3.12',
    ...(existsSync(pyenv) ? readdirSync(pyenv).map((v) => join(pyenv, v, 'bin', 'python3')) : []),
    'python3',
  ];
  const found = candidates
    .map((python) => ({ python, version: versionOf(python) }))
    .filter((c): c is { python: string; version: [number, number] } => c.version !== undefined && c.version[0] === 3 && c.version[1] >= 10)
    .sort((a, b) => b.version[1] - a.version[1]);
  if (!found[0]) throw new InfraError('the API fuzzer needs Python 3.10 or newer (python3 with venv)');
  return found[0];
}

/** Installs schemathesis into a virtual environment under .cache/tools once, and reuses it. */
export function ensureSchemathesis(progress?: Progress): Schemathesis {
  const home = join(cacheDir(), 'tools', `schemathesis-${SCHEMATHESIS_VERSION}`);
  const stamp = join(home, '.ccpc-installed');
  const bin = join(home, 'bin', 'st');
  if (existsSync(stamp) && existsSync(bin)) return JSON.parse(readFileSync(stamp, 'utf8')) as Schemathesis;
  const { python, version } = findPython();
  progress?.step(`installing the API fuzzer (schemathesis ${SCHEMATHESIS_VERSION}, Python ${version.join('.')}) from PyPI…`);
  rmSync(home, { recursive: true, force: true });
  for (const [command, args] of [
    [python, ['-m', 'venv', home]],
    [join(home, 'bin', 'pip'), ['install', '--quiet', '--disable-pip-version-check', `schemathesis==${SCHEMATHESIS_VERSION}`]],
  ] as const) {
    const result = spawnSync(command, [...args], { encoding: 'utf8' });
    if (result.status !== 0)
      throw new InfraError(`${command} ${args.join(' ')} failed: ${result.stderr.trim().split('\n').slice(-3).join(' ')}`);
  }
  const installed: Schemathesis = { bin, coveragePhase: version[1] >= 12 };
  writeFileSync(stamp, JSON.stringify(installed));
  progress?.done(`API fuzzer ready (${bin})`);
  return installed;
}
