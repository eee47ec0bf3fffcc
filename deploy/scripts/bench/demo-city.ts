/**
 * Stage (g): the demo city through the batch path — 2,000 projects' year and their approval cases
 * (registry, approval and projection as processes) — and (h) a backlog of events applied by a
 * restarted projection.
 */
import mongoose from 'mongoose';
import { devToken, ensureDevKeys, startWebServer } from '@ccpc/infra';
import { startServiceProcess } from '@ccpc/testing';
import { approvalsAlongside } from '../seed-approvals';
import { seedProjects } from '../seed-projects';
import { log, N_DASHBOARD } from './fixtures';
import { consumersLevel, healthOf } from './health';
import { listFirstPages } from './lists';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function demoCity(infra: { kafkaBrokers: string; mongoUri: string }, prefix: string, dbName: string) {
  log(`(g) the demo city through the batch routes: ${N_DASHBOARD} projects and their approval cases`);
  const { keys } = await ensureDevKeys();
  // The web app over the same services, for each list's first page in Chromium once the city is in.
  const services: Record<string, string> = {};
  const web = await startWebServer({ port: 0, services, devSignIn: true });
  const common = { TOPIC_PREFIX: `${prefix}city.`, RATE_LIMIT_PER_MINUTE: '10000000', LOG_LEVEL: 'warn', CORS_ORIGIN: web.url };
  const opts = { endpoints: infra, publicKeyPem: keys.publicKeyPem };
  const dbs = ['registry', 'approval', 'projection'].map((s) => `${dbName}_city_${s}`);
  const registry = await startServiceProcess('registry', { ...common, MONGODB_DB: dbs[0] as string }, opts);
  const approval = await startServiceProcess('approval', { ...common, MONGODB_DB: dbs[1] as string, OVERDUE_SCAN_MINUTES: '0' }, opts);
  const projectionEnv = { ...common, MONGODB_DB: dbs[2] as string };
  let projection = await startServiceProcess('projection', projectionEnv, opts);
  const browserUrl = (url: string) => url.replace('127.0.0.1', 'localhost');
  Object.assign(services, {
    registry: browserUrl(registry.url),
    approval: browserUrl(approval.url),
    projection: browserUrl(projection.url),
  });
  try {
    const started = performance.now();
    // The approval cases are driven as the registry's batches land (the approval service opens them by its reaction to the registry's events).
    const alongside = approvalsAlongside({ approvalUrl: approval.url });
    const projects = await seedProjects({ baseUrl: registry.url, projects: N_DASHBOARD, onLanded: alongside.landed });
    const projectsAt = performance.now();
    const approvals = await alongside.finished();
    const seconds = (performance.now() - started) / 1000;
    const phase = (from: number, to: number) => ((to - from) / 1000).toFixed(1);
    log(
      `(g) ${projects.projects} projects (${projects.commands} commands) and ${approvals.cases} cases (${approvals.commands} commands) in ${seconds.toFixed(1)} s` +
        ` (projects ${phase(started, projectsAt)} s, approvals along with them and ${phase(projectsAt, performance.now())} s after)`,
    );

    // Each list's first page in Chromium, over the whole city (the projection caught up first).
    const caughtUpFirst = async () => {
      for (const deadline = Date.now() + 300_000; Date.now() < deadline; await sleep(500)) {
        const health = await healthOf(projection.url);
        if (consumersLevel(health)) return;
      }
    };
    await caughtUpFirst();
    const lists = await listFirstPages(web.url);

    // (h) The projection stopped; more of the city's commands meanwhile; then it starts again and applies what it missed.
    const leadership = { Authorization: `Bearer ${await devToken(['leadership'], { sub: 'bench' })}` };
    const board = async () =>
      ((await (await fetch(`${projection.url}/dashboard?year=2018`, { headers: leadership })).json()) as { projects?: number }).projects ??
      0;
    for (const deadline = Date.now() + 300_000; (await board()) < projects.projects && Date.now() < deadline;) await sleep(500);
    await projection.stop();
    const more = await seedProjects({ baseUrl: registry.url, projects: Math.round(N_DASHBOARD / 2), seed: 2019 });
    await sleep(3000); // the registry's relay publishes what it stored
    const restartedAt = performance.now();
    projection = await startServiceProcess('projection', projectionEnv, opts);
    const ready = performance.now();
    // Caught up when no read model of the projection lags behind its topics (its /health, cheap to ask, unlike the board).
    const lagging = async () => {
      const health = await healthOf(projection.url);
      // The timelines must have reported a batch (an idle consumer of a topic with nothing new reports none).
      const timelines = health.consumers.find(([name]) => name.startsWith('dashboard_projects'))?.[1];
      return !timelines || Object.keys(timelines.lag ?? {}).length === 0 || !consumersLevel(health);
    };
    await sleep(200);
    for (const deadline = Date.now() + 300_000; (await lagging()) && Date.now() < deadline;) await sleep(100);
    const caughtUp = performance.now();
    const expected = projects.projects + more.projects;
    if ((await board()) < expected) log(`(h) the board counts fewer than the ${expected} projects registered once caught up`);
    const backlogEvents = more.commands;
    log(
      `(h) a restarted projection applied ${backlogEvents} registry events in ${((caughtUp - ready) / 1000).toFixed(1)} s after it answered`,
    );
    return {
      projects: projects.projects,
      projectCommands: projects.commands,
      cases: approvals.cases,
      approvalCommands: approvals.commands,
      seconds: Number(seconds.toFixed(1)),
      lists,
      backlog: {
        events: backlogEvents,
        startSeconds: Number(((ready - restartedAt) / 1000).toFixed(1)),
        applySeconds: Number(((caughtUp - ready) / 1000).toFixed(1)),
        eventsPerSecond: Math.round(backlogEvents / ((caughtUp - ready) / 1000)),
      },
    };
  } finally {
    await web.close();
    await projection.stop();
    await approval.stop();
    await registry.stop();
    for (const db of dbs) {
      const c = await mongoose.createConnection(infra.mongoUri, { dbName: db }).asPromise();
      await c.dropDatabase().catch(() => undefined);
      await c.close();
    }
  }
}
