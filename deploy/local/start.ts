/** `npm start`: the servers (Docker when it answers, else local), the six services, demo data and the web app. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { SERVICE_NAMES, SERVICES, type ServiceName } from '@ccpc/contracts';
import {
  cacheDir,
  DEMO_CALLERS,
  devToken,
  dockerAvailable,
  ensureDevKeys,
  InfraError,
  resolveInfra,
  startLocalInfra,
  startWebServer,
  stopPid,
  type RunningInfra,
  type WebServer,
} from '@ccpc/infra';
import { loadDemoData } from './demo-data';
import { bin, progress, root, run } from './steps';

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

export async function start(): Promise<number> {
  // The build needs no servers: it runs while they are downloaded, built and started.
  const building = run('build the six services and the web app', bin('nx'), [
    'run-many',
    '-t',
    'build',
    '--projects=tag:type:app,web',
    '--parallel=2',
  ]);
  const infra = await devInfra().catch(async (error: unknown) => {
    await building;
    throw error;
  });
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
  const webPort = Number(process.env['WEB_PORT'] ?? 4200);
  const portOf = (name: ServiceName) => services.find((s) => s.name === name)?.port ?? SERVICES[name].defaultPort;
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));

  try {
    if ((await building) !== 0) await stopAll(1);
    const identity = await ensureDevKeys();
    // The services allow CORS from the web app's origin, wherever WEB_PORT puts it (unless CORS_ORIGIN says otherwise).
    const webOrigin = `http://localhost:${webPort},http://127.0.0.1:${webPort}`;
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
          CORS_ORIGIN: webOrigin,
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
    await loadDemoData(
      portOf('registry'),
      portOf('assessment'),
      portOf('approval'),
      portOf('issue-resolution'),
      portOf('investment-promotion'),
      progress,
    );
    // The web app, with the dev sign-in (the demo callers; tokens signed with the dev key).
    web = await startWebServer({
      port: webPort,
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
      `  e.g. curl -H "Authorization: Bearer <token>" http://localhost:${portOf('registry')}/projects`,
      '',
    ].join('\n'),
  );
  await new Promise(() => undefined);
  return 0;
}
