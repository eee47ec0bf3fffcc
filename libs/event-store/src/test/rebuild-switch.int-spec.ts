import { setTimeout as sleep } from 'node:timers/promises';
import { handleCommand, liveProjection, MongoEventStore, OutboxRelay, ProjectionStore, rebuildProjection } from '../index';
import { catalog, eventStoreSuite, metadata, projectSummaries, testProject, waitFor } from './fixtures';

/**
 * A rebuild runs in its own process (the CLI) while the service's live consumer keeps applying
 * events. Every event must end up in the rebuilt generation — also those the live process
 * applied around the switch, while it still believed the old generation was active.
 */
describe('a projection rebuilt while events keep arriving', () => {
  const suite = eventStoreSuite('rebuild_switch');

  it('loses no event around the switch: the new generation holds every one, once', async () => {
    const { ns, topic, kafka, connection } = suite;
    const store = new MongoEventStore(connection, catalog);
    const relay = new OutboxRelay(store, kafka, { topic, idlePollMs: 20 });
    relay.start();
    const streams = Array.from({ length: 12 }, (_, i) => `switch-project-${i}`);
    for (const s of streams) {
      await handleCommand(store, testProject, s, { type: 'register', name: `项目${s}`, localityCode: 'erdao' }, { metadata: metadata() });
    }
    const live = new ProjectionStore(connection, projectSummaries); // the service's store, with its 1 s generation cache
    const consumer = liveProjection(kafka, live, { topics: [topic], catalog, connection, topicPrefix: ns.topicPrefix });
    await consumer.start();

    // Commands every few milliseconds until well after the switch.
    let issued = 0;
    let writing = true;
    const writer = (async () => {
      while (writing) {
        const stream = streams[issued % streams.length] as string;
        await handleCommand(store, testProject, stream, { type: 'invest', amountWan: 1, month: '2018-12' }, { metadata: metadata() });
        issued++;
        await sleep(15);
      }
    })();
    await sleep(1500);
    const result = await rebuildProjection(kafka, new ProjectionStore(connection, projectSummaries), { topics: [topic], catalog });
    await sleep(2500);
    writing = false;
    await writer;
    await relay.drain();

    const applied = async () => (await live.all()).reduce((sum, d) => sum + d.investments, 0);
    const settled = await waitFor('the active generation to hold every investment', async () => (await applied()) === issued, 20_000).then(
      () => true,
      () => false,
    );
    process.stdout.write(
      `  rebuild while writing: ${issued} investments issued; generation ${result.generation} holds ${await applied()}\n`,
    );
    expect(settled).toBe(true);
    expect(await live.activeGeneration(true)).toBe(result.generation);
    await consumer.stop();
    await relay.stop();
  }, 120_000);
});
