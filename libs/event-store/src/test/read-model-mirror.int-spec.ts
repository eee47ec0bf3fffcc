import { ProjectionStore, ReadModelMirror } from '../index';
import { eventStoreSuite, projectSummaries, type ProjectSummary, waitFor, projectEvent } from './fixtures';

const invested = projectEvent;
const totalOf = (docs: ReadonlyMap<string, { doc: ProjectSummary }>) => [...docs.values()].reduce((sum, d) => sum + d.doc.investedWan, 0);

/**
 * The leadership board keeps its read model in memory. Two replicas of the projection service
 * share one database: each must see its own applies at once and the other's within seconds,
 * fetching only what changed, and follow a rebuild's switch to a new generation.
 */
describe('a read model mirrored in memory, on the real MongoDB-protocol server', () => {
  const suite = eventStoreSuite('mirror');

  it("sees this process's applies on the next read, another replica's within the sync interval, and a rebuild's switch", async () => {
    const here = new ProjectionStore(suite.connection, projectSummaries);
    const there = new ProjectionStore(suite.connection, projectSummaries); // another replica's store
    await here.applyBatch(Array.from({ length: 20 }, (_, i) => invested(`p-${i}`, 1, 0)));
    const mirror = new ReadModelMirror(here, { syncMs: 300 });
    const changes: Array<readonly string[] | 'all'> = [];
    mirror.onChange(({ keys }) => changes.push(keys));

    // Given the first read: every document, announced as "all".
    expect((await mirror.current()).size).toBe(20);
    expect(changes).toEqual(['all']);

    // When this process applies, then the very next read has it, and only that document was fetched.
    await here.applyBatch([invested('p-3', 2, 500)]);
    // Two requests at once: each sees it when it gets its answer (the second waits for the first one's fetch).
    expect(await Promise.all([mirror.current().then(totalOf), mirror.current().then(totalOf)])).toEqual([500, 500]);
    expect(changes.at(-1)).toEqual(['p-3']);

    // When another replica applies, then a read within the sync interval (plus one scan) has it.
    await there.applyBatch([invested('p-7', 2, 300), invested('p-20', 1, 0)]);
    await waitFor(
      'the other replica’s applies',
      async () => {
        const docs = await mirror.current();
        return totalOf(docs) === 800 && docs.size === 21;
      },
      10_000,
    );
    expect(changes.at(-1)).toEqual(expect.arrayContaining(['p-7', 'p-20']));
    expect(changes.at(-1)).toHaveLength(2);

    // When a rebuild switches to a new generation, then the mirror reads it whole.
    const next = (await here.activeGeneration(true)) + 1;
    await here.applyBatch([invested('p-0', 1, 0), invested('p-0', 2, 42)], next);
    await here.switchTo(next);
    await there.activeGeneration(true);
    await waitFor('the switch to the rebuilt generation', async () => (await mirror.current()).size === 1, 10_000);
    expect(totalOf(await mirror.current())).toBe(42);
    expect(changes.at(-1)).toBe('all');
    mirror.close();
  }, 60_000);

  it('kept warm: read at start, and again with what its owner derives once the applies go quiet — no query needed', async () => {
    const store = new ProjectionStore(suite.connection, { ...projectSummaries, name: `${projectSummaries.name}-warm` });
    await store.applyBatch(Array.from({ length: 5 }, (_, i) => invested(`w-${i}`, 1)));
    const mirror = new ReadModelMirror(store);
    const derived: number[] = [];
    const changes: Array<readonly string[] | 'all'> = [];
    mirror.onChange(({ keys }) => changes.push(keys));

    // Given a mirror kept warm, then it reads every document and runs its owner's derivation without being asked.
    mirror.keepWarm(200, async () => derived.push(totalOf(await mirror.current())));
    await waitFor('the first warm read', async () => derived.length === 1, 10_000);
    expect(derived).toEqual([0]);
    expect(changes).toEqual(['all']);

    // When this process applies in bursts, then it waits for them to go quiet and derives once, with the new documents.
    for (let i = 0; i < 3; i++) await store.applyBatch([invested(`w-${i}`, 2, 200)]);
    await waitFor('the warm read after the burst', async () => derived.length === 2, 10_000);
    expect(derived).toEqual([0, 600]);

    // When it is closed, then nothing runs any more.
    mirror.close();
    await store.applyBatch([invested('w-4', 2, 1000)]);
    await new Promise((r) => setTimeout(r, 500));
    expect(derived).toHaveLength(2);
  }, 60_000);
});
