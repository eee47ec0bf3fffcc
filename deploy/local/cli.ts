/**
 * The project's two commands and the infra helper, run through deploy/local/run.mjs:
 *   npm start            servers + build + all six services; Ctrl-C stops what it started
 *   npm test             servers + lint + typecheck + unit + build + integration tests
 *   npm run infra -- up|down|status|start <kafka|ferretdb>|stop <kafka|ferretdb> [--profile test]
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { SERVICE_NAMES, SERVICES, type ServiceName } from '@ccpc/contracts';
import { loadDemoData } from './demo-data';
import {
  cacheDir,
  consoleProgress,
  DEMO_CALLERS,
  startWebServer,
  type WebServer,
  devToken,
  dockerAvailable,
  ensureDevKeys,
  InfraError,
  localServers,
  resolveInfra,
  startLocalInfra,
  stopLocalInfra,
  stopPid,
  workspaceRoot,
  type LocalProfile,
  type RunningInfra,
} from '@ccpc/infra';

const root = workspaceRoot();
const progress = consoleProgress('ccpc');

function run(label: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<number> {
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

const bin = (name: string) => join(root, 'node_modules', '.bin', name);

async function test(): Promise<number> {
  const started = Date.now();
  const infra = await resolveInfra('test', progress);
  const env = { KAFKA_BROKERS: infra.kafkaBrokers, MONGODB_URI: infra.mongoUri, CCPC_INFRA_KIND: infra.kind };
  const steps: Array<[string, string, string[]]> = [
    ['formatting (Prettier)', bin('prettier'), ['--check', '.', '--log-level', 'warn']],
    ['lint and unit tests', bin('nx'), ['run-many', '-t', 'lint', 'test', '--parallel=2', '--outputStyle=stream']],
    ['typecheck', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']],
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

async function devInfra(): Promise<RunningInfra> {
  if ((process.env['KAFKA_BROKERS'] && process.env['MONGODB_URI']) || process.env['CCPC_INFRA'] === 'given') {
    return resolveInfra('dev', progress);
  }
  if (process.env['CCPC_INFRA'] !== 'local' && (process.env['CCPC_INFRA'] === 'docker' || (await dockerAvailable()))) {
    progress.step('Docker answers: starting kafka and mongo with docker compose…');
    const up = spawnSync('docker', ['compose', 'up', '-d', '--wait', 'kafka', 'mongo'], { cwd: root, stdio: 'inherit' });
    if (up.status !== 0) throw new InfraError('docker compose up failed; see its output above');
    return {
      kind: 'docker',
      kafkaBrokers: '127.0.0.1:9092',
      mongoUri: 'mongodb://127.0.0.1:27017/?directConnection=true',
      stop: async () => void spawnSync('docker', ['compose', 'stop', 'kafka', 'mongo'], { cwd: root, stdio: 'inherit' }),
    };
  }
  return startLocalInfra('dev', progress);
}

interface RunningService {
  name: ServiceName;
  port: number;
  child: ChildProcess;
  logFile: string;
}

async function waitForLive(service: RunningService, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null) {
      throw new InfraError(`${service.name} exited (code ${service.child.exitCode}); see ${service.logFile}`);
    }
    try {
      const response = await fetch(`http://127.0.0.1:${service.port}/health/live`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new InfraError(`${service.name} did not answer on port ${service.port} within ${timeoutMs / 1000}s; see ${service.logFile}`);
}

async function readiness(port: number): Promise<string> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/health`);
    const body = (await response.json()) as { details?: Record<string, { status: string }> };
    return Object.entries(body.details ?? {})
      .map(([name, d]) => `${name} ${d.status}`)
      .join(', ');
  } catch (error) {
    return `unreachable (${String(error)})`;
  }
}

async function start(): Promise<number> {
  const infra = await devInfra();
  const services: RunningService[] = [];
  let web: WebServer | undefined;
  let stopping = false;
  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
    progress.step('stopping the services…');
    await web?.close();
    await Promise.all(services.map((s) => (s.child.pid ? stopPid(s.child.pid, 15_000) : undefined)));
    await infra.stop();
    progress.done('stopped everything npm start started');
    process.exit(code);
  };
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));

  try {
    if (
      (await run('build the six services and the web app', bin('nx'), [
        'run-many',
        '-t',
        'build',
        '--projects=tag:type:app,web',
        '--parallel=2',
      ])) !== 0
    ) {
      await stopAll(1);
    }
    const identity = await ensureDevKeys();
    const logs = join(cacheDir(), 'dev', 'logs');
    mkdirSync(logs, { recursive: true });
    for (const name of SERVICE_NAMES) {
      const port = Number(process.env[`${name.toUpperCase().replace(/-/g, '_')}_PORT`] ?? SERVICES[name].defaultPort);
      const logFile = join(logs, `${name}.log`);
      const out = openSync(logFile, 'a');
      const child = spawn(process.execPath, ['--enable-source-maps', join(root, 'dist/apps', name, 'main.js')], {
        cwd: root,
        stdio: ['ignore', out, out],
        env: {
          AUTH_PUBLIC_KEY_FILE: identity.publicKeyFile,
          RATE_LIMIT_PER_MINUTE: '6000',
          ...process.env,
          PORT: String(port),
          KAFKA_BROKERS: infra.kafkaBrokers,
          MONGODB_URI: infra.mongoUri,
        },
      });
      const service = { name, port, child, logFile };
      child.on('exit', (code) => {
        if (!stopping) progress.step(`✗ ${name} exited unexpectedly (code ${code}); see ${logFile}`);
      });
      services.push(service);
    }
    progress.step('waiting for the services to answer…');
    await Promise.all(services.map((s) => waitForLive(s, 90_000)));
    const portOf = (name: ServiceName) => services.find((s) => s.name === name)?.port ?? SERVICES[name].defaultPort;
    await loadDemoData(portOf('registry'), portOf('assessment'), portOf('approval'), progress);
    // The web app, with the dev sign-in (the demo callers; tokens signed with the dev key). The
    // services allow CORS from http://localhost:4200 by default (CORS_ORIGIN).
    web = await startWebServer({
      port: Number(process.env['WEB_PORT'] ?? 4200),
      services: Object.fromEntries(SERVICE_NAMES.map((name) => [name, `http://localhost:${portOf(name)}`])),
      devSignIn: true,
    });
  } catch (error) {
    process.stderr.write(`npm start: ${error instanceof Error ? error.message : String(error)}\n`);
    await stopAll(1);
  }

  const rows = await Promise.all(
    services.map(
      async (s) =>
        `  ${s.name.padEnd(22)} ${SERVICES[s.name].label.padEnd(6, '　')} http://localhost:${s.port}   docs /docs   health: ${await readiness(s.port)}`,
    ),
  );
  process.stdout.write(
    [
      '',
      '长春市项目建设管理平台 is running:',
      `  web app                领导驾驶舱与工作台 ${web?.url ?? '(not started)'}   sign in as a demo caller`,
      ...rows,
      '',
      `  Kafka   ${infra.kafkaBrokers}   MongoDB ${infra.mongoUri}   (${infra.kind})`,
      `  logs    ${join(cacheDir(), 'dev', 'logs')}`,
      '  Ctrl-C stops everything npm start started.',
      '',
      'Bearer tokens for trying the API (12 h; more with `npm run token -- --role <role>`):',
      ...(await Promise.all(
        DEMO_CALLERS.map(async (c) => `  ${c.grant.padEnd(18)} ${c.name}\n    ${await devToken([c.grant], { sub: c.sub, name: c.name })}`),
      )),
      '',
      `  e.g. curl -H "Authorization: Bearer <token>" http://localhost:${SERVICES.registry.defaultPort}/projects`,
      '',
    ].join('\n'),
  );
  await new Promise(() => undefined);
  return 0;
}

async function infraCommand(args: string[]): Promise<number> {
  const profileIndex = args.indexOf('--profile');
  const profile = (profileIndex >= 0 ? args[profileIndex + 1] : 'dev') as LocalProfile;
  if (profile !== 'dev' && profile !== 'test') throw new InfraError('--profile must be dev or test');
  const [action, target] = profileIndex >= 0 ? args.filter((_, i) => i !== profileIndex && i !== profileIndex + 1) : args;
  const servers = localServers(profile);
  const pick = () => {
    if (target === 'kafka') return servers.kafka;
    if (target === 'ferretdb' || target === 'mongo') return servers.mongo;
    throw new InfraError('name the server: kafka or ferretdb');
  };
  switch (action) {
    case 'up': {
      const infra = await startLocalInfra(profile, progress);
      process.stdout.write(`KAFKA_BROKERS=${infra.kafkaBrokers}\nMONGODB_URI=${infra.mongoUri}\n`);
      return 0;
    }
    case 'down':
      await stopLocalInfra(profile);
      progress.done(`stopped the ${profile} servers`);
      return 0;
    case 'status':
      for (const server of [servers.kafka, servers.mongo]) {
        process.stdout.write(
          `${server.name.padEnd(9)} port ${server.port}  ${(await server.running()) ? 'running' : 'stopped'}  log ${server.logFile}\n`,
        );
      }
      return 0;
    case 'start':
      await pick().start(progress);
      return 0;
    case 'stop':
      await pick().stop();
      progress.done(`stopped ${target}`);
      return 0;
    default:
      throw new InfraError('usage: npm run infra -- up|down|status|start <server>|stop <server> [--profile dev|test]');
  }
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
