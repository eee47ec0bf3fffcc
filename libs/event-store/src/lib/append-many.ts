import { randomUUID } from 'node:crypto';
import type { Collection } from 'mongoose';
import type { DomainEvent, EventCatalog, EventEnvelope } from '@ccpc/contracts';
import { type Clock, ConcurrencyError } from '@ccpc/eventsourcing';
import { buildCommit, type CommandMetadata, type CommitDocument } from './commits';
import { duplicateKeyIndexes } from './mongo-errors';
import { encodeEntries, entryOf, type OutboxMarker } from './outbox';

/** One command's events in a batch append (`appendMany`). */
export interface BatchAppend {
  streamId: string;
  events: readonly DomainEvent[];
  expectedVersion: number;
  metadata: CommandMetadata;
  idempotencyKey?: string;
  fingerprint?: string;
}

/** In a batch append: an earlier attempt holds this command's Idempotency-Key (answer it through `append`). */
export class KeyTaken {
  readonly name = 'KeyTaken';
  constructor(readonly idempotencyKey: string) {}
}

export interface AppendResult {
  /** The stream's version after the append. */
  version: number;
  events: EventEnvelope[];
  /** True when an earlier command with the same idempotency key had already appended. */
  replayed: boolean;
}

export interface IdempotencyDocument {
  _id: string;
  commitId: string;
  createdAt: Date;
  /** What the command asked for (a hash): the same key with another request is refused, not replayed. */
  fingerprint?: string;
  /** The attempt that wrote this claim: an attempt removes only its own. */
  attempt?: string;
}

/** What a batch append needs of its store. */
export interface BatchWriter {
  readonly catalog: EventCatalog;
  readonly clock: Clock;
  readonly commits: Collection<CommitDocument>;
  readonly outbox: Collection<OutboxMarker>;
  readonly idempotency: Collection<IdempotencyDocument>;
  /** Commit ids being written by this process: the relay waits for them instead of looking them up. */
  readonly writing: Set<string>;
  refreshHint(streamId: string, version: number): Promise<void>;
  /** The commits landed: kept for the relay, and announced. */
  remember(commits: readonly CommitDocument[]): void;
  readonly hintEvery: number;
}

type Outcome = AppendResult | ConcurrencyError | KeyTaken;

/**
 * Appends many commands in a few round trips: their idempotency claims, one outbox marker, the
 * commits. Items of one stream form a chain, in version order, each decided on the state the one
 * before leaves: a chain's commits go in one insert per link, the next only once the one before
 * landed, so that no commit ever stands on one that did not land. Each item lands or fails on its
 * own: a version another writer took (or a link after one that failed) is a ConcurrencyError in its
 * slot, a key an earlier attempt holds is a KeyTaken (the caller answers it through `append`,
 * which replays or refuses a reused key); neither stays in the marker.
 */
export async function appendBatch(store: BatchWriter, items: ReadonlyArray<BatchAppend>): Promise<Outcome[]> {
  const recordedAt = store.clock.now();
  const commits = items.map(({ streamId, events, expectedVersion, metadata, idempotencyKey }) => {
    const commit = buildCommit(store.catalog, streamId, expectedVersion, events, metadata, recordedAt);
    if (idempotencyKey) commit.idempotencyKey = idempotencyKey;
    return commit;
  });
  const previous = chainLinks(items, commits);
  const depth: number[] = [];
  previous.forEach((p, i) => (depth[i] = p === undefined ? 0 : (depth[p] as number) + 1));
  const outcome: Array<Outcome | undefined> = items.map(() => undefined);
  const notWritten = (i: number) => new ConcurrencyError(items[i]?.streamId as string, items[i]?.expectedVersion as number, undefined);
  const failed = (i: number | undefined) => i !== undefined && outcome[i] !== undefined && !('version' in (outcome[i] as object));

  // 1. The idempotency claims: a claim that exists already is an earlier attempt of that request.
  const attempt = randomUUID();
  const claimed = new Set<number>();
  const keyed = items.flatMap((item, index) => (item.idempotencyKey ? [index] : []));
  if (keyed.length > 0) {
    const claims = keyed.map((index) => {
      const item = items[index] as BatchAppend;
      const claim: IdempotencyDocument = {
        _id: `${item.streamId}|${item.idempotencyKey}`,
        commitId: commits[index]?._id as string,
        createdAt: recordedAt,
        attempt,
      };
      if (item.fingerprint) claim.fingerprint = item.fingerprint;
      return claim;
    });
    const taken = new Set<number>();
    try {
      await store.idempotency.insertMany(claims, { ordered: false });
    } catch (error) {
      const indexes = duplicateKeyIndexes(error);
      if (!indexes) throw error;
      for (const i of indexes) taken.add(keyed[i] as number);
    }
    for (const index of keyed)
      if (taken.has(index)) outcome[index] = new KeyTaken(items[index]?.idempotencyKey as string);
      else claimed.add(index);
  }
  // A link after one that will not be written is not written either (it was decided on it); items are in chain order.
  const dropFollowers = () =>
    items.forEach((_, i) => {
      if (outcome[i] === undefined && failed(previous[i])) outcome[i] = notWritten(i);
    });
  dropFollowers();
  const writing = commits.flatMap((c, index) => (outcome[index] === undefined ? [{ c, index }] : []));
  for (const { c } of writing) store.writing.add(c._id);
  try {
    // 2. One marker for the whole batch, carrying every commit.
    const markerId = `batch|${randomUUID()}`;
    if (writing.length > 0)
      await store.outbox.insertOne({ _id: markerId, createdAt: recordedAt, entries: encodeEntries(writing.map(({ c }) => entryOf(c))) });
    // 3. The commits, one insert per chain link: each lands unless another writer took its version.
    const landed: CommitDocument[] = [];
    for (let level = 0; ; level++) {
      const wave = writing.filter(({ index }) => depth[index] === level && outcome[index] === undefined);
      if (wave.length === 0) break;
      const lost = new Set<number>();
      try {
        await store.commits.insertMany(
          wave.map(({ c }) => c),
          { ordered: false },
        );
      } catch (error) {
        const lostIndexes = duplicateKeyIndexes(error);
        if (!lostIndexes) throw error; // unsure what landed: the relay looks each commit up
        for (const i of lostIndexes) lost.add(wave[i]?.index ?? -1);
      }
      for (const { c, index } of wave) {
        if (lost.has(index)) outcome[index] = notWritten(index);
        else {
          outcome[index] = { version: c.lastVersion, events: c.events, replayed: false };
          landed.push(c);
        }
      }
      dropFollowers();
    }
    // 4. Commits that did not land leave the marker and give up their claims (rare: concurrent writers of one stream).
    if (writing.length > 0 && landed.length === 0) await store.outbox.deleteOne({ _id: markerId });
    else if (landed.length < writing.length)
      await store.outbox.updateOne({ _id: markerId }, { $set: { entries: encodeEntries(landed.map(entryOf)) } });
    const released = [...claimed].flatMap((index) => (failed(index) ? [`${items[index]?.streamId}|${items[index]?.idempotencyKey}`] : []));
    if (released.length > 0) await store.idempotency.deleteMany({ _id: { $in: released }, attempt });
    // The version hint only shortens chain walks: refreshed every hintEvery versions, once per stream.
    const hints = new Map<string, CommitDocument>();
    for (const c of landed)
      if (Math.floor(c.lastVersion / store.hintEvery) > Math.floor((c.version - 1) / store.hintEvery)) hints.set(c.streamId, c);
    await Promise.all([...hints.values()].map((c) => store.refreshHint(c.streamId, c.lastVersion)));
    store.remember(landed);
    return outcome as Outcome[];
  } finally {
    for (const { c } of writing) store.writing.delete(c._id);
  }
}

/** For each item, the index of the item before it on its stream; a stream's items must follow each other's versions. */
function chainLinks(items: ReadonlyArray<BatchAppend>, commits: readonly CommitDocument[]): Array<number | undefined> {
  const last = new Map<string, number>();
  return items.map((item, index) => {
    const before = last.get(item.streamId);
    last.set(item.streamId, index);
    if (before !== undefined && commits[before]?.lastVersion !== item.expectedVersion)
      throw new Error(
        `appendMany: the commands on ${item.streamId} must follow each other (one ends at version ${commits[before]?.lastVersion}, the next expects ${item.expectedVersion})`,
      );
    return before;
  });
}
