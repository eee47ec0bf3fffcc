import { ProjectionStore } from '../index';
import { eventStoreSuite, projectSummaries, projectEvent } from './fixtures';

const event = projectEvent;

/**
 * A store folds the next event of a document onto the copy it wrote last, without reading it
 * back. Two replicas of one consumer (or a partition that moved between them) write the same
 * documents: a copy the other replica has overtaken must never be written over what it wrote.
 */
describe('two replicas applying to the same documents, on the real MongoDB-protocol server', () => {
  const suite = eventStoreSuite('replicas');

  it('given a copy the other replica overtook, when this one applies the next event, then nothing the other wrote is lost', async () => {
    const here = new ProjectionStore(suite.connection, projectSummaries);
    const there = new ProjectionStore(suite.connection, projectSummaries);
    await here.applyBatch([event('p-1', 1, 0), event('p-1', 2, 100), event('p-2', 1, 0)]);
    // The partition moves: the other replica applies the next events of p-1.
    expect(await there.applyBatch([event('p-1', 3, 20), event('p-1', 4, 3)])).toEqual(['applied', 'applied']);
    // It moves back, and this replica still holds its copy at version 2.
    expect(await here.applyBatch([event('p-1', 5, 4000), event('p-2', 2, 7)])).toEqual(['applied', 'applied']);

    expect(await there.get('p-1')).toEqual({ name: '项目p-1', localityCode: 'nanguan', investedWan: 4123, investments: 4 });
    expect(await here.latest('p-1')).toEqual(await there.get('p-1'));
    expect(await there.get('p-2')).toMatchObject({ investedWan: 7, investments: 1 });
    const stored = await (await here.collection()).findOne({ _id: 'p-1' } as never);
    expect(stored).toMatchObject({ _rev: 5, _applied: [{ s: 'p-1', v: 5 }] });
  });

  it('given two replicas creating the same new documents at once, when both batches insert, then each event counts once', async () => {
    const here = new ProjectionStore(suite.connection, projectSummaries);
    const there = new ProjectionStore(suite.connection, projectSummaries);
    // Both read n-1..n-3 as absent and insert them in one write each: one insert of each key loses.
    const [mine, theirs] = await Promise.all([
      here.applyBatch([event('n-1', 1, 0), event('n-2', 1, 0), event('n-1', 2, 10)]),
      there.applyBatch([event('n-2', 1, 0), event('n-3', 1, 0), event('n-2', 2, 30)]),
    ]);
    expect([...mine, ...theirs].filter((o) => o === 'applied')).toHaveLength(5); // n-2's registration counts once
    expect(await there.get('n-1')).toMatchObject({ investedWan: 10, investments: 1 });
    expect(await there.get('n-2')).toMatchObject({ investedWan: 30, investments: 1 });
    expect(await here.get('n-3')).toMatchObject({ investedWan: 0, investments: 0 });
  });

  it('given a redelivery of events the other replica applied, when this one sees them with a stale copy, then each counts once', async () => {
    const here = new ProjectionStore(suite.connection, projectSummaries);
    const there = new ProjectionStore(suite.connection, projectSummaries);
    const first = [event('q-1', 1, 0), event('q-1', 2, 50)];
    await here.applyBatch(first);
    const later = [event('q-1', 3, 5), event('q-1', 4, 6)];
    await there.applyBatch(later);
    // The same events again (a rebalance redelivers them to this replica): duplicates, not sums.
    expect(await here.applyBatch([...first, ...later])).toEqual(['duplicate', 'duplicate', 'duplicate', 'duplicate']);
    expect(await here.latest('q-1')).toMatchObject({ investedWan: 61, investments: 3 });
  });

  it('given the active generation changed under it, when a store reads its latest copy, then it reads the new generation', async () => {
    const here = new ProjectionStore(suite.connection, projectSummaries, 0);
    await here.applyBatch([event('r-1', 1, 0), event('r-1', 2, 10)]);
    const next = (await here.activeGeneration(true)) + 1;
    const rebuilder = new ProjectionStore(suite.connection, projectSummaries, 0);
    await rebuilder.applyBatch([event('r-1', 1, 0), event('r-1', 2, 10), event('r-1', 3, 1)], next);
    await rebuilder.switchTo(next);
    expect(await here.latest('r-1')).toMatchObject({ investedWan: 11, investments: 2 });
  });
});
