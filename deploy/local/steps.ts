/** What the local commands share: the workspace root, progress lines, and running a step. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { consoleProgress, workspaceRoot } from '@ccpc/infra';

export const root = workspaceRoot();
export const progress = consoleProgress('ccpc');

/** Runs a command in the workspace with inherited output; resolves with its exit code, printing how it went. */
export function run(label: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<number> {
  progress.step(`${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  return new Promise((resolveRun) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (code === 0) progress.done(`${label} passed (${seconds}s)`);
      else progress.step(`✗ ${label} failed with exit code ${code} (${seconds}s)`);
      resolveRun(code ?? 1);
    });
  });
}

export const bin = (name: string) => join(root, 'node_modules', '.bin', name);
