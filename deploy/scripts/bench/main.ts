/**
 * npm run bench — the event-sourcing core against the same real servers, side by side:
 *   (a) raw driver inserts vs our appends (single and batched commands)
 *   (b) raw kafkajs batched produce vs our outbox relay, and duplicates on Kafka (none without faults)
 *   (c) end-to-end lag, append → projection applied (p50/p95/p99) at a stated load
 *   (d) projection rebuild rate over 200,000 events
 *   (e) leadership dashboard query latency over 2,000 projects (registry and projection as processes),
 *       the cockpit's slider (each day of the year as of, then again)
 *   (f) the web app: bundle size and the cockpit's first render in Chromium
 *   (g) the demo city (2,000 projects' year and their approval cases) through the batch routes, and
 *       each list's first page in Chromium over it
 *   (h) a backlog applied by a restarted projection
 * Prints a table and writes bench-results/bench-<date>.json. Not a test: nothing fails on speed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import mongoose from 'mongoose';
import { consoleProgress, resolveInfra, workspaceRoot } from '@ccpc/infra';
import { cliArgs } from '../cli-args';
import { appends, lag, rebuild, relay } from './core';
import { dashboardLatency } from './dashboard';
import { demoCity } from './demo-city';

const USAGE = [
  'usage: npm run bench',
  '  measures the event store, relay, projection lag, rebuild and dashboard queries on real servers (about 7 minutes);',
  '  sizes from BENCH_APPENDS, BENCH_RELAY, BENCH_REBUILD, BENCH_LAG_RATE, BENCH_LAG_SECONDS, BENCH_DASHBOARD_PROJECTS,',
  '  BENCH_DASHBOARD_QUERIES; writes bench-results/bench-<date>.json. No flags.',
].join('\n');

async function main(): Promise<void> {
  cliArgs(USAGE, {});
  const infra = await resolveInfra('test', consoleProgress('bench'));
  const dbName = `bench_${Date.now()}`;
  const prefix = `bench${Date.now()}.`;
  const connection = await mongoose.createConnection(infra.mongoUri, { dbName }).asPromise();
  const kafka = new Kafka({ clientId: 'bench', brokers: infra.kafkaBrokers.split(','), logLevel: logLevel.NOTHING });
  try {
    const a = await appends(connection);
    const b = await relay(connection, kafka, prefix);
    const c = await lag(connection, kafka, prefix);
    const d = await rebuild(connection, kafka, prefix);
    const e = await dashboardLatency(infra, prefix, dbName);
    const g = await demoCity(infra, prefix, dbName);
    const results = {
      at: new Date().toISOString(),
      servers: infra.kind,
      kafka: infra.kafkaBrokers,
      mongo: infra.mongoUri,
      appends: a,
      relay: b,
      lag: c,
      rebuild: d,
      dashboard: e,
      demoCity: g,
    };
    const pct = (r: number) => `${Math.round(r * 100)}%`;
    process.stdout.write(
      [
        '',
        `Event-sourcing core benchmark (${infra.kind} servers: Kafka ${infra.kafkaBrokers}, MongoDB protocol ${infra.mongoUri})`,
        '',
        '| measure | baseline | ours | ours / baseline | target |',
        '| --- | ---: | ---: | ---: | --- |',
        `| (a) single commands, docs/s | raw insertOne ${a.single.rawPerSecond} | append ${a.single.oursPerSecond} | ${pct(a.single.ratio)} | ≥ 50% |`,
        `| (a) batched commands (${a.batched.batchSize}), docs/s | raw insertMany ${a.batched.rawPerSecond} | appendMany ${a.batched.oursPerSecond} | ${pct(a.batched.ratio)} | ≥ 50% |`,
        `| (b) Kafka messages/s (${b.messages}, requests of ${b.batchSize}), stored by batched commands | kafkajs send ${b.rawPerSecond} | outbox relay ${b.afterBatched.relayPerSecond} | ${pct(b.afterBatched.ratio)} | ≥ 70% |`,
        `| (b) the same, stored one command each | kafkajs send ${b.rawPerSecond} | outbox relay ${b.afterSingle.relayPerSecond} | ${pct(b.afterSingle.ratio)} | (reported) |`,
        `| (b, c) duplicates on Kafka, relays without faults | | ${b.duplicates.extra + c.duplicates.extra} of ${b.duplicates.events + c.duplicates.events} events sent twice | | 0 |`,
        `| (c) append → projection lag at ${c.load} | | p50 ${c.p50Ms} ms · p95 ${c.p95Ms} ms · p99 ${c.p99Ms} ms (${c.measured} events) | | reported |`,
        `| (d) rebuild of ${d.events} events → ${d.documents} documents | | ${d.eventsPerSecond} events/s (${d.seconds}s) | | ≥ 20,000 events/s |`,
        `| (e) city dashboard as of 30 June, ${e.projects} projects, ${e.city.queries} queries | | p50 ${e.city.p50Ms} ms · p95 ${e.city.p95Ms} ms · p99 ${e.city.p99Ms} ms | | reported |`,
        `| (e) as of each of ${e.sliderFirst.queries} days of 2018 (the cockpit's slider), first time | | p50 ${e.sliderFirst.p50Ms} ms · p95 ${e.sliderFirst.p95Ms} ms · p99 ${e.sliderFirst.p99Ms} ms | | ≤ 50 ms p99 |`,
        `| (e) the same days again (slider moved back) | | p50 ${e.sliderAgain.p50Ms} ms · p95 ${e.sliderAgain.p95Ms} ms · p99 ${e.sliderAgain.p99Ms} ms | | ≤ 50 ms p99 |`,
        `| (e) city dashboard live (cached until an event applies) | | p50 ${e.cityLive.p50Ms} ms · p95 ${e.cityLive.p95Ms} ms · p99 ${e.cityLive.p99Ms} ms | | reported |`,
        `| (e) locality breakdown of new starts as of 30 June | | p50 ${e.localityBreakdown.p50Ms} ms · p95 ${e.localityBreakdown.p95Ms} ms · p99 ${e.localityBreakdown.p99Ms} ms | | reported |`,
        `| (f) web app bundle (${e.bundle.files} files) | | ${e.bundle.rawKiB} KiB · ${e.bundle.gzipKiB} KiB gzip | | reported |`,
        `| (f) web app: what a first visit loads before a screen | | ${e.bundle.entryRawKiB} KiB · ${e.bundle.entryGzipKiB} KiB gzip | | reported |`,
        `| (f) cockpit first render in Chromium, ${e.projects} projects: sign-in → numbers · reload → numbers | | ${e.firstRender.coldMs} ms · ${e.firstRender.warmMs} ms | | reported |`,
        `| (e) demo data through the registry API | | ${e.projects} projects, ${e.seedCommands} commands in ${e.seedSeconds} s | | reported |`,
        `| (g) demo city through the batch routes: ${g.projects} projects' year + ${g.cases} approval cases | | ${g.projectCommands + g.approvalCommands} commands in ${g.seconds} s | | ≤ 30 s |`,
        ...g.lists.map(
          (l) =>
            `| (g) ${l.list}: in Chromium, ${l.measure}, ${g.cases} cases · again (of which the API) | | ${l.firstMs} ms · ${l.againMs} ms (${l.againApiMs} ms) | | ≤ 1,000 ms |`,
        ),
        `| (h) backlog of ${g.backlog.events} events applied by a restarted projection | | ${g.backlog.eventsPerSecond} events/s (${g.backlog.applySeconds} s after it answered, ${g.backlog.startSeconds} s to start) | | ≥ 5,000 events/s |`,
        '',
      ].join('\n'),
    );
    const dir = join(workspaceRoot(), 'bench-results');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `bench-${results.at.replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
    process.stdout.write(`figures written to ${file}\n`);
  } finally {
    await connection.dropDatabase().catch(() => undefined);
    await connection.close();
    const admin = kafka.admin();
    await admin.connect();
    const topics = (await admin.listTopics()).filter((t) => t.startsWith(prefix));
    if (topics.length > 0) await admin.deleteTopics({ topics }).catch(() => undefined);
    await admin.disconnect();
    await infra.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
