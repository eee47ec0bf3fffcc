/**
 * npm run projection:rebuild — rebuilds the projection service's read models from the topics
 * into fresh collections and switches to them; the running service keeps answering meanwhile.
 * Endpoints: KAFKA_BROKERS, MONGODB_URI (default: the `npm start` servers), MONGODB_DB
 * (default ccpc_projection), TOPIC_PREFIX.
 */
import { SingleBar } from 'cli-progress';
import mongoose from 'mongoose';
import { createKafka } from '@ccpc/service-kit';
import { ALL_EVENT_DEFINITIONS, EventCatalog } from '@ccpc/contracts';
import { rebuildReadModels, type RebuildProgress } from '@ccpc/event-store';
import { PROJECTION_READ_MODELS } from '@ccpc/projection-domain';
import { cliArgs } from './cli-args';

const usage = [
  'usage: npm run projection:rebuild',
  `  rebuilds the projection's read models (${PROJECTION_READ_MODELS.map((m) => m.projection.name).join(', ')}) from their topics into`,
  '  fresh collections and switches to them; the running service keeps answering meanwhile.',
  '  Endpoints from KAFKA_BROKERS, MONGODB_URI, MONGODB_DB (ccpc_projection), TOPIC_PREFIX; no flags.',
].join('\n');

async function main(): Promise<void> {
  cliArgs(usage, {});
  const brokers = process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092';
  const uri = process.env['MONGODB_URI'] ?? 'mongodb://127.0.0.1:27017/?directConnection=true';
  const dbName = process.env['MONGODB_DB'] ?? 'ccpc_projection';
  const prefix = process.env['TOPIC_PREFIX'] ?? '';
  const connection = await mongoose.createConnection(uri, { dbName, serverSelectionTimeoutMS: 5000 }).asPromise();
  const bars = new Map<string, SingleBar>();
  try {
    const catalog = new EventCatalog(ALL_EVENT_DEFINITIONS);
    const onProgress = (name: string, p: RebuildProgress) => {
      let bar = bars.get(`${name}:${p.phase}`);
      if (!bar) {
        bar = new SingleBar({
          format: `${name} ${p.phase.padEnd(8)} [{bar}] {value}/{total} events · {eps} events/s`,
          hideCursor: true,
          noTTYOutput: true,
          notTTYSchedule: 2000,
        });
        bar.start(Math.max(p.total, 1), 0, { eps: 0 });
        bars.set(`${name}:${p.phase}`, bar);
      }
      bar.setTotal(Math.max(p.total, p.done, 1));
      bar.update(p.done, { eps: p.eventsPerSecond });
    };
    const results = await rebuildReadModels(createKafka({ clientId: 'projection-rebuild', brokers }), connection, {
      models: PROJECTION_READ_MODELS,
      catalog,
      topicPrefix: prefix,
      onProgress,
    });
    for (const bar of bars.values()) bar.stop();
    for (const r of results)
      process.stdout.write(`${r.name}: ${r.events} events in ${r.seconds.toFixed(1)} s → generation ${r.generation} (now live)\n`);
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`projection:rebuild: ${(error as Error).message}\n`);
  process.exit(1);
});
