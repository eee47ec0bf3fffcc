import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { InfraError } from './workspace';

export interface DaemonSpec {
  name: string;
  command: string;
  args: string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  logFile: string;
  pidFile: string;
}

/** Starts a detached server process whose output goes to a log file; returns its pid. */
export function startDaemon(spec: DaemonSpec): number {
  mkdirSync(dirname(spec.logFile), { recursive: true });
  mkdirSync(dirname(spec.pidFile), { recursive: true });
  const log = openSync(spec.logFile, 'a');
  const child = spawn(spec.command, spec.args, {
    cwd: spec.cwd,
    env: { ...process.env, ...spec.env },
    detached: true,
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  if (child.pid === undefined) throw new InfraError(`${spec.name}: could not start ${spec.command}`);
  child.unref();
  writeFileSync(spec.pidFile, String(child.pid));
  return child.pid;
}

export function readPid(pidFile: string): number | undefined {
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

export function isAlive(pid: number | undefined): pid is number {
  if (pid === undefined) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM, then SIGKILL after the grace period; always by pid, never by name. */
export async function stopPid(pid: number, graceMs = 15_000): Promise<void> {
  if (!isAlive(pid)) return;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return;
    await sleep(100);
  }
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  while (isAlive(pid)) await sleep(50);
}

export async function stopDaemon(pidFile: string, graceMs?: number): Promise<boolean> {
  const pid = readPid(pidFile);
  const wasAlive = isAlive(pid);
  if (wasAlive) await stopPid(pid, graceMs);
  rmSync(pidFile, { force: true });
  return wasAlive;
}

export function portAnswers(port: number, host = '127.0.0.1', timeoutMs = 500): Promise<boolean> {
  return new Promise((resolveAnswer) => {
    const socket = createConnection({ port, host });
    const finish = (answer: boolean) => {
      socket.destroy();
      resolveAnswer(answer);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('connect', () => finish(true));
    socket.once('error', () => finish(false));
  });
}

/** Resolves when nothing listens on the port (we can bind it ourselves). */
export function portIsFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolveFree) => {
    const server = createServer();
    server.once('error', () => resolveFree(false));
    server.listen(port, host, () => server.close(() => resolveFree(true)));
  });
}

export async function assertPortFree(port: number, what: string, envVar: string): Promise<void> {
  if (!(await portIsFree(port))) {
    throw new InfraError(`port ${port} (${what}) is already in use by another process; stop it or set ${envVar} to another port`);
  }
}

export function lastLines(file: string, count = 15): string {
  if (!existsSync(file)) return '';
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-count).join('\n');
}

/** Waits until the port answers; fails early, with the log's tail, if the process died. */
export async function waitForPort(opts: { name: string; port: number; pid: number; logFile: string; timeoutMs: number }): Promise<void> {
  const deadline = Date.now() + opts.timeoutMs;
  while (Date.now() < deadline) {
    if (await portAnswers(opts.port)) return;
    if (!isAlive(opts.pid)) {
      throw new InfraError(`${opts.name} exited during start-up; see ${opts.logFile}:\n${lastLines(opts.logFile)}`);
    }
    await sleep(200);
  }
  throw new InfraError(`${opts.name} did not answer on port ${opts.port} within ${opts.timeoutMs / 1000}s; see ${opts.logFile}`);
}

/** Checks a build tool is on PATH, with an installation hint when it is not. */
export function requireTool(command: string, versionArgs: string[], hint: string): string {
  const result = spawnSync(command, versionArgs, { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new InfraError(`${command} is needed but was not found on PATH: ${hint}`);
  }
  return `${result.stdout}${result.stderr}`.split('\n')[0]?.trim() ?? '';
}

/** Runs a build step to completion, its output to a log file; throws with the log's tail. */
export function runStep(
  name: string,
  command: string,
  args: string[],
  opts: { cwd: string; logFile: string; env?: NodeJS.ProcessEnv },
): Promise<void> {
  mkdirSync(dirname(opts.logFile), { recursive: true });
  const log = openSync(opts.logFile, 'w');
  return new Promise((resolveStep, rejectStep) => {
    const child = spawn(command, args, { cwd: opts.cwd, env: { ...process.env, ...opts.env }, stdio: ['ignore', log, log] });
    child.once('error', (error) => {
      closeSync(log);
      rejectStep(new InfraError(`${name}: ${error.message}`));
    });
    child.once('exit', (code) => {
      closeSync(log);
      if (code === 0) resolveStep();
      else rejectStep(new InfraError(`${name} failed (exit ${code}); see ${opts.logFile}:\n${lastLines(opts.logFile)}`));
    });
  });
}
