import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { testEndpoints } from '@ccpc/testing';
import type { EventEnvelope } from '@ccpc/contracts';
import { EventConsumer, handleCommand, listDeadLetters, MongoEventStore, OutboxRelay, ProjectionStore } from '../index';
import { catalog, eventStoreSuite, metadata, projectSummaries, testProject, waitFor } from './fixtures';

const root = join(__dirname, '../../../..');
const run = promisify(execFile);

describe('a poison event', () => {
  const suite = eventStoreSuite('poison');

  const group = 'projection.poison_test';

  it('is dead-lettered after the retries, other streams keep flowing, and the CLI re-drives it once the handler is fixed', async () => {
    const { ns, topic, kafka, connection } = suite;
    const store = new MongoEventStore(connection, catalog);
    const relay = new OutboxRelay(store, kafka, { topic });
    const summaries = new ProjectionStore(connection, projectSummaries);
    let handlerIsBroken = true;
    const attempts = new Map<string, number>();
    const consumer = new EventConsumer(kafka, {
      groupId: group,
      topics: [topic],
      catalog,
      connection,
      topicPrefix: ns.topicPrefix,
      handlerName: 'projection:poison_test@v1',
      maxAttempts: 3,
      retryBackoffMs: 20,
      handle: async (event: EventEnvelope) => {
        attempts.set(event.eventId, (attempts.get(event.eventId) ?? 0) + 1);
        if (handlerIsBroken && (event.data as { amountWan?: number }).amountWan === 666) throw new Error('金额 666 触发了处理缺陷');
        await summaries.applyBatch([event]);
      },
    });
    await consumer.start();
    relay.start();

    const command = (stream: string, amountWan: number) =>
      handleCommand(store, testProject, stream, { type: 'invest', amountWan, month: '2018-09' }, { metadata: metadata() });
    for (const s of ['poisoned', 'healthy-1', 'healthy-2']) {
      await handleCommand(
        store,
        testProject,
        s,
        { type: 'register', name: `项目${s}`, localityCode: 'kuancheng' },
        { metadata: metadata() },
      );
    }
    const poison = await command('poisoned', 666);
    await command('poisoned', 10); // behind the poison: parked, to keep the stream's order
    for (let i = 1; i <= 5; i++) {
      await command('healthy-1', i);
      await command('healthy-2', i);
    }

    await waitFor('the healthy streams to be applied', async () => {
      const docs = await summaries.all();
      return docs.filter((d) => d._id.startsWith('healthy') && d.investments === 5).length === 2;
    });
    await waitFor(
      'the poison and the event behind it to reach the dead letters',
      async () => (await listDeadLetters(kafka, group, ns.topicPrefix)).length === 2,
    );
    const letters = await listDeadLetters(kafka, group, ns.topicPrefix);
    expect(letters.map((l) => [l.reason, l.attempts, l.eventId])).toEqual([
      ['failed', 3, poison.events[0]?.eventId],
      ['parked', 0, expect.any(String)],
    ]);
    expect(letters[0]).toMatchObject({
      handler: 'projection:poison_test@v1',
      error: '金额 666 触发了处理缺陷',
      streamId: 'poisoned',
      originalTopic: topic,
    });
    expect(attempts.get(poison.events[0]?.eventId ?? '')).toBe(3);
    expect((await summaries.all()).find((d) => d._id === 'poisoned')?.investments).toBe(0);

    handlerIsBroken = false;
    const env = { ...process.env, KAFKA_BROKERS: testEndpoints().kafkaBrokers };
    const cli = join(root, 'libs/event-store/src/cli/dlq.ts');
    const listed = await run(join(root, 'node_modules/.bin/tsx'), [cli, 'list', '--group', group, '--prefix', ns.topicPrefix], { env });
    expect(listed.stdout).toContain('waiting  failed     poisoned  TestInvestmentAdded  金额 666 触发了处理缺陷');
    const redriven = await run(join(root, 'node_modules/.bin/tsx'), [cli, 'redrive', '--group', group, '--prefix', ns.topicPrefix], {
      env,
    });
    expect(redriven.stdout).toContain('re-drove 2 dead letter(s)');

    await waitFor(
      'the re-driven events to be applied in order',
      async () => (await summaries.all()).find((d) => d._id === 'poisoned')?.investments === 2,
    );
    expect((await summaries.all()).find((d) => d._id === 'poisoned')?.investedWan).toBe(676);

    // Unparked: the stream's next event flows directly.
    await command('poisoned', 4);
    await waitFor(
      'the unparked stream to flow again',
      async () => (await summaries.all()).find((d) => d._id === 'poisoned')?.investments === 3,
    );
    expect((await listDeadLetters(kafka, group, ns.topicPrefix)).every((l) => l.redriven)).toBe(true);
    await relay.stop();
    await consumer.stop();
    process.stdout.write(`  poison: dead-lettered after 3 attempts with 1 event parked behind it; re-driven by the CLI; stream unparked\n`);
  });
});
