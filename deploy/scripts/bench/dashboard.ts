/** Stage (e): the leadership dashboard's queries, the registry and projection as processes, demo data through the API. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import mongoose from 'mongoose';
import { devToken, ensureDevKeys, startWebServer, workspaceRoot } from '@ccpc/infra';
import { startServiceProcess } from '@ccpc/testing';
import { seedProjects } from '../seed-projects';
import { untilQuiet } from './health';
import { bundleSize, cockpitFirstRender } from './web';
import { bar, DASHBOARD_QUERIES, log, N_DASHBOARD, percentile } from './fixtures';

export async function dashboardLatency(infra: { kafkaBrokers: string; mongoUri: string }, prefix: string, dbName: string) {
  log(
    `(e) dashboard queries over ${N_DASHBOARD} projects: the registry, approval and projection bundles as processes, demo data through the API`,
  );
  const build = spawnSync(
    join(workspaceRoot(), 'node_modules/.bin/nx'),
    ['run-many', '-t', 'build', '--projects=registry,approval,projection,web'],
    {
      stdio: 'inherit',
    },
  );
  if (build.status !== 0) throw new Error('building the registry and projection bundles failed');
  const { keys } = await ensureDevKeys();
  // The web app first: the services must allow its origin (CORS) before it calls them.
  const services: Record<string, string> = {};
  const web = await startWebServer({ port: 0, services, devSignIn: true });
  const common = { TOPIC_PREFIX: `${prefix}dash.`, RATE_LIMIT_PER_MINUTE: '10000000', LOG_LEVEL: 'warn', CORS_ORIGIN: web.url };
  const opts = { endpoints: infra, publicKeyPem: keys.publicKeyPem };
  const registry = await startServiceProcess('registry', { ...common, MONGODB_DB: `${dbName}_registry` }, opts);
  const projection = await startServiceProcess('projection', { ...common, MONGODB_DB: `${dbName}_projection` }, opts);
  // The cockpit's approval panel asks the approval service too (its cases open from the registry's events).
  const approval = await startServiceProcess('approval', { ...common, MONGODB_DB: `${dbName}_approval`, OVERDUE_SCAN_MINUTES: '0' }, opts);
  services['approval'] = approval.url.replace('127.0.0.1', 'localhost');
  services['registry'] = registry.url.replace('127.0.0.1', 'localhost');
  services['projection'] = projection.url.replace('127.0.0.1', 'localhost');
  try {
    const seeding = bar('seeding       ', N_DASHBOARD);
    const started = performance.now();
    const seeded = await seedProjects({
      baseUrl: registry.url,
      projects: N_DASHBOARD,
      onProgress: (done, commands) => seeding.update(done, { eps: Math.round(commands / ((performance.now() - started) / 1000)) }),
    });
    seeding.stop();
    const auth = { Authorization: `Bearer ${await devToken(['leadership'], { sub: 'bench' })}` };
    const get = async (path: string) => {
      const response = await fetch(`${projection.url}${path}`, { headers: auth });
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      return response.json() as Promise<{ projects?: number }>;
    };
    const deadline = Date.now() + 300_000;
    while ((await get('/dashboard?year=2018')).projects !== seeded.projects) {
      if (Date.now() > deadline) throw new Error('the projection did not catch up within 5 minutes');
      await new Promise((r) => setTimeout(r, 500));
    }
    // The approval service opens its cases from the registry's events, and the projection then applies
    // them: measured once all of that is done, not while it still runs beside the queries.
    await untilQuiet([registry.url, approval.url, projection.url]);
    const measure = async (path: string) => {
      const times: number[] = [];
      for (let i = 0; i < DASHBOARD_QUERIES; i++) {
        const t = performance.now();
        await get(path);
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      return {
        path,
        queries: times.length,
        p50Ms: Math.round(percentile(times, 50)),
        p95Ms: Math.round(percentile(times, 95)),
        p99Ms: Math.round(percentile(times, 99)),
      };
    };
    /** The cockpit's slider: one query per day, spread over the year, then the same days again. */
    const slider = async (warm: boolean) => {
      const times: number[] = [];
      for (let i = 0; i < DASHBOARD_QUERIES; i++) {
        const day = new Date(Date.UTC(2018, 0, 1) + Math.floor((i * 364) / DASHBOARD_QUERIES) * 86_400_000).toISOString().slice(0, 10);
        const t = performance.now();
        await get(`/dashboard?year=2018&asOf=${day}`);
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      return {
        path: `/dashboard?year=2018&asOf=<${DASHBOARD_QUERIES} days of 2018>${warm ? ' again' : ''}`,
        queries: times.length,
        p50Ms: Math.round(percentile(times, 50)),
        p95Ms: Math.round(percentile(times, 95)),
        p99Ms: Math.round(percentile(times, 99)),
      };
    };
    const sliderFirst = await slider(false);
    const sliderAgain = await slider(true);
    const firstRender = await cockpitFirstRender(web.url).catch((error: unknown) => {
      log(`(f) the cockpit did not render: ${(error as Error).message.split('\n')[0]}`);
      return { coldMs: NaN, warmMs: NaN };
    });
    return {
      bundle: bundleSize(),
      firstRender,
      sliderFirst,
      sliderAgain,
      projects: seeded.projects,
      seedCommands: seeded.commands,
      seedSeconds: Number(seeded.seconds.toFixed(1)),
      city: await measure('/dashboard?year=2018&asOf=2018-06-30'),
      cityLive: await measure('/dashboard?year=2018'),
      localityBreakdown: await measure('/dashboard/breakdown?by=locality&indicator=new-starts&year=2018&asOf=2018-06-30'),
    };
  } finally {
    await web.close();
    await projection.stop();
    await approval.stop();
    await registry.stop();
    for (const db of [`${dbName}_registry`, `${dbName}_projection`, `${dbName}_approval`]) {
      const c = await mongoose.createConnection(infra.mongoUri, { dbName: db }).asPromise();
      await c.dropDatabase().catch(() => undefined);
      await c.close();
    }
  }
}
