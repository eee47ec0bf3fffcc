import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { dropDatabase, testEndpoints, testKeys, testNamespace } from '@ccpc/testing';

/** The built bundle, as `npm start`, compose and Kubernetes run it. */
const bundle = join(__dirname, '../../../dist/apps/registry/main.js');

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

let authEnv: Record<string, string> = {};

function runBundle(
  env: Record<string, string>,
  whileRunning?: (child: ReturnType<typeof spawn>, output: () => string) => Promise<void>,
): Promise<Run> {
  const { PATH, HOME } = process.env;
  const child = spawn(process.execPath, [bundle], { env: { PATH, HOME, ...authEnv, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<Run>((resolveRun) => child.on('exit', (code, signal) => resolveRun({ code, signal, stdout, stderr })));
  void whileRunning?.(child, () => stdout);
  return exited;
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

describe('the registry bundle as a process', () => {
  beforeAll(async () => {
    if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run \`npx nx run registry:build\` first`);
    authEnv = { AUTH_PUBLIC_KEY: (await testKeys()).publicKeyPem };
  });

  describe('when nothing is configured to verify bearer tokens', () => {
    it('stops with one line naming the three ways to configure it', async () => {
      const { kafkaBrokers, mongoUri } = testEndpoints();
      const run = await runBundle({
        KAFKA_BROKERS: kafkaBrokers,
        MONGODB_URI: mongoUri,
        PORT: String(await freePort()),
        AUTH_PUBLIC_KEY: '',
      });
      expect(run.code).toBe(1);
      expect(run.stderr.trim().split('\n')).toEqual([
        'registry: configuration error: AUTH_JWKS_URL, AUTH_PUBLIC_KEY or AUTH_PUBLIC_KEY_FILE is missing (one of them verifies bearer tokens)',
      ]);
    });
  });

  describe('when MONGODB_URI is missing', () => {
    it('stops with one line naming the variable, and no stack trace', async () => {
      const run = await runBundle({ KAFKA_BROKERS: testEndpoints().kafkaBrokers, PORT: String(await freePort()) });
      expect(run.code).toBe(1);
      expect(run.stderr.trim().split('\n')).toEqual([
        'registry: configuration error: MONGODB_URI is missing (MONGODB_URI must be a mongodb:// or mongodb+srv:// URI)',
      ]);
    });
  });

  describe('when its port is taken', () => {
    let blocker: Server;
    let port: number;
    beforeAll(async () => {
      port = await freePort();
      blocker = createServer();
      await new Promise<void>((r) => blocker.listen(port, r));
    });
    afterAll(() => new Promise<void>((r) => blocker.close(() => r())));

    it('stops with one line naming the port', async () => {
      const { kafkaBrokers, mongoUri } = testEndpoints();
      const run = await runBundle({ KAFKA_BROKERS: kafkaBrokers, MONGODB_URI: mongoUri, PORT: String(port) });
      expect(run.code).toBe(1);
      expect(run.stderr.trim().split('\n')).toEqual([
        `registry: port ${port} is already in use by another process; stop it or set PORT to another port`,
      ]);
    });
  });

  describe('when it receives SIGTERM while serving', () => {
    const { dbName } = testNamespace('registry-shutdown');
    afterAll(() => dropDatabase(dbName));

    it('drains, closes its clients and exits, logging both steps as JSON', async () => {
      const { kafkaBrokers, mongoUri } = testEndpoints();
      const port = await freePort();
      const run = await runBundle(
        { KAFKA_BROKERS: kafkaBrokers, MONGODB_URI: mongoUri, MONGODB_DB: dbName, PORT: String(port) },
        async (child, output) => {
          const deadline = Date.now() + 30_000;
          while (!output().includes('listening on port') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
          const health = await fetch(`http://127.0.0.1:${port}/health`);
          expect(health.status).toBe(200);
          child.kill('SIGTERM');
        },
      );
      expect(run.signal ?? run.code).toBeTruthy(); // it exited, by the re-raised signal
      const lines = run.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { msg: string; service: string });
      expect(lines.every((line) => line.service === 'registry')).toBe(true);
      const messages = lines.map((line) => line.msg);
      expect(messages).toContainEqual(expect.stringContaining('SIGTERM received'));
      expect(messages).toContainEqual(expect.stringContaining('shutdown complete'));
    });
  });
});
