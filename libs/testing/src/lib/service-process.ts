import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { workspaceRoot } from '@ccpc/infra';
import { testEndpoints } from './endpoints';
import { testKeys } from './identity';

export interface ServiceProcess {
  url: string;
  child: ChildProcess;
  output(): string;
  stop(): Promise<void>;
}

const freePort = () =>
  new Promise<number>((resolvePort) => {
    const server = createServer();
    server.listen(0, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });

/**
 * Another service as its own process, from its built bundle (dist/apps/<name>/main.js), on the
 * test servers (or the given endpoints): how a test of one service meets another without
 * importing its code, and how the benchmark runs the real services.
 */
export async function startServiceProcess(
  name: string,
  env: Record<string, string>,
  options: { endpoints?: { kafkaBrokers: string; mongoUri: string }; publicKeyPem?: string } = {},
): Promise<ServiceProcess> {
  const bundle = join(workspaceRoot(), 'dist/apps', name, 'main.js');
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run \`npx nx run ${name}:build\` first`);
  const { kafkaBrokers, mongoUri } = options.endpoints ?? testEndpoints();
  const publicKeyPem = options.publicKeyPem ?? (await testKeys()).publicKeyPem;
  const port = await freePort();
  let log = '';
  const child = spawn(process.execPath, [bundle], {
    env: {
      PATH: process.env['PATH'],
      HOME: process.env['HOME'],
      KAFKA_BROKERS: kafkaBrokers,
      MONGODB_URI: mongoUri,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      AUTH_PUBLIC_KEY: publicKeyPem,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}: ${log}`);
    if (
      await fetch(`${url}/health/live`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (Date.now() > deadline) throw new Error(`${name} did not answer within 60 s: ${log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    child,
    output: () => log,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}
