import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { defineEvent, EventCatalog, type EventEnvelope } from '@ccpc/contracts';
import { ensureTopics, EventConsumer, listDeadLetters, ProjectionStore, redriveDeadLetters } from '../index';
import { catalog, eventStoreSuite, InvestmentAdded, projectSummaries, Registered, waitFor } from './fixtures';

// The next edition of the investment contract: v3 adds the month's progress note.
const InvestmentAddedV3 = defineEvent({
  type: 'TestInvestmentAdded',
  label: '测试投资',
  producer: 'registry',
  description: '测试：完成投资（v3）',
  schemaVersion: 3,
  schema: z.object({ amountWan: z.number().int(), month: z.string(), note: z.string() }),
  previousSchemas: { ...InvestmentAdded.previousSchemas, 2: InvestmentAdded.schema },
  upcasters: { ...InvestmentAdded.upcasters, 2: (data) => ({ ...(data as object), note: '' }) },
});
const newerCatalog = new EventCatalog([Registered, InvestmentAddedV3]);

const envelope = (streamVersion: number, type: string, schemaVersion: number, data: object): EventEnvelope => ({
  eventId: randomUUID(),
  type,
  schemaVersion,
  streamId: 'newer-project',
  streamVersion,
  occurredAt: '2018-09-01T00:00:00.000Z',
  recordedAt: '2018-09-01T00:00:00.000Z',
  correlationId: 'c',
  causationId: null,
  actor: { id: 'officer', role: 'locality', scope: null },
  data,
});

/**
 * A producer deployed with a newer contract than a consumer: the consumer cannot read the
 * event, so it must keep the stream's order — park the stream behind it — until it is
 * re-driven to a consumer that can. Otherwise the later events are applied first and the
 * re-driven one is dropped as a duplicate, for good.
 */
describe('an event written with a newer schema than the consumer knows', () => {
  const suite = eventStoreSuite('unreadable');
  const group = 'projection.unreadable_test';

  it('parks its stream, and after an upgrade and a re-drive every event is applied once, in order', async () => {
    const { ns, topic, kafka, connection } = suite;
    const summaries = new ProjectionStore(connection, projectSummaries);
    const consumerWith = (contracts: EventCatalog) =>
      new EventConsumer(kafka, {
        groupId: group,
        topics: [topic],
        catalog: contracts,
        connection,
        topicPrefix: ns.topicPrefix,
        handlerName: 'projection:unreadable_test@v1',
        retryBackoffMs: 10,
        handle: async (event) => void (await summaries.applyBatch([event])),
      });
    await ensureTopics(kafka, [topic], { partitions: 3, replicationFactor: 1 });
    const producer = kafka.producer();
    await producer.connect();
    const events = [
      envelope(1, 'TestProjectRegistered', 1, { name: '新版本项目', localityCode: 'chaoyang' }),
      envelope(2, 'TestInvestmentAdded', 3, { amountWan: 100, month: '2018-09', note: '新字段' }),
      envelope(3, 'TestInvestmentAdded', 2, { amountWan: 5, month: '2018-10' }),
    ];
    await producer.send({ topic, messages: events.map((e) => ({ key: e.streamId, value: JSON.stringify(e) })) });
    await producer.disconnect();

    const old = consumerWith(catalog);
    await old.start();
    await waitFor('all three events to be applied or dead-lettered', async () => old.stats.applied + old.stats.deadLettered === 3);
    await old.stop();
    const letters = await listDeadLetters(kafka, group, ns.topicPrefix);
    const summary = (await summaries.all()).find((d) => d._id === 'newer-project');
    process.stdout.write(
      `  newer schema: dead letters ${JSON.stringify(letters.map((l) => l.reason))}; before the re-drive ${summary?.investments} investment(s) applied\n`,
    );
    expect(letters.map((l) => l.reason)).toEqual(['unreadable', 'parked']);
    expect(summary).toMatchObject({ investments: 0 });

    // The consumer is upgraded to the newer contracts and the dead letters re-driven.
    const upgraded = consumerWith(newerCatalog);
    await upgraded.start();
    await redriveDeadLetters(kafka, group, { prefix: ns.topicPrefix });
    await waitFor(
      'both re-driven events to be applied',
      async () => (await summaries.all()).find((d) => d._id === 'newer-project')?.investments === 2,
    );
    expect((await summaries.all()).find((d) => d._id === 'newer-project')).toMatchObject({ investments: 2, investedWan: 105 });
    await upgraded.stop();
  });
});
