import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The monorepo's root: the nearest folder above this file (or cwd) holding nx.json. */
export function workspaceRoot(): string {
  for (const start of [__dirname, process.cwd()]) {
    let dir = resolve(start);
    for (;;) {
      if (existsSync(join(dir, 'nx.json'))) return dir;
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  throw new InfraError('cannot find the workspace root (no nx.json above this folder)');
}

/** One git-ignored folder holds every download, build and data directory. */
export function cacheDir(): string {
  return process.env['CCPC_CACHE_DIR'] ?? join(workspaceRoot(), '.cache');
}

/** An error whose message is meant to be shown to a person as one line, without a stack. */
export class InfraError extends Error {
  override readonly name = 'InfraError';
}
