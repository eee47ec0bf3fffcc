import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { Collection, Connection } from 'mongoose';
import type { Actor, DomainEvent, EventCatalog, EventEnvelope } from '@ccpc/contracts';
import { type Clock, ConcurrencyError } from '@ccpc/eventsourcing';

/** What a command adds to its events: who, why, and the business time it happened at. */
export interface CommandMetadata {
  actor: Actor;
  correlationId: string;
  causationId: string | null;
  /** Business time of the command (from the injected clock). */
  now: Date;
}

/** One document per command: all its events land together or not at all. */
export interface CommitDocument {
  /** `<streamId>|<first version, zero-padded>`: unique, so one writer per version wins. */
  _id: string;
  streamId: string;
  /** The first stream version in this commit. */
  version: number;
  lastVersion: number;
  events: EventEnvelope[];
  committedAt: Date;
}

/** One commit awaiting publication; `eventId` (its first event's) tells it from a rival writer's. */
export interface OutboxEntry {
  commitId: string;
  streamId: string;
  version: number;
  eventId: string;
}

/**
 * Pending publication, written before its commits and removed once Kafka acknowledged them.
 * One command: `_id` is its commit's id (also a claim on that version). A batch of commands
 * (appendMany): `_id` is `batch|<uuid>`; commits that lost a race are taken out of it.
 * Markers stay small (the relay scans them all each round); events are read from the process's
 * memory when it appended them, else from the commit.
 */
export interface OutboxMarker {
  _id: string;
  createdAt: Date;
  /**
   * One line per commit, `<commitId> <eventId>`: FerretDB reads a string ~10× faster than the
   * same entries as an array of objects, and the relay reads every marker each round.
   */
  entries: string;
}

export const encodeEntries = (entries: readonly OutboxEntry[]): string => entries.map((e) => `${e.commitId} ${e.eventId}`).join('\n');

export function decodeEntries(encoded: string): OutboxEntry[] {
  return encoded.split('\n').map((line) => {
    const space = line.lastIndexOf(' ');
    const commitId = line.slice(0, space);
    const bar = commitId.lastIndexOf('|');
    return { commitId, streamId: commitId.slice(0, bar), version: Number(commitId.slice(bar + 1)), eventId: line.slice(space + 1) };
  });
}

/** What the relay publishes in one round, and what to do with the markers once Kafka has it. */
export interface OutboxRound {
  /** Per stream in version order, without gaps. */
  commits: CommitDocument[];
  /** Markers whose commits are all published by this round, or belonged to dead writers. */
  done: string[];
  /** Markers of which only some commits are in this round: what remains of them. */
  partial: Array<{ _id: string; entries: OutboxEntry[] }>;
}

/** Per stream: a hint of its version, so that a chain walk need not start at 1. */
interface StreamDocument {
  _id: string;
  version: number;
}

interface IdempotencyDocument {
  _id: string;
  commitId: string;
  createdAt: Date;
}

export interface SnapshotDocument {
  _id: string;
  version: number;
  /** Changes when the aggregate's state shape changes: old snapshots are then ignored. */
  schema: string;
  state: unknown;
}

export interface AppendOptions {
  /** The version the caller's decision was based on; 0 for a new stream. */
  expectedVersion: number;
  metadata: CommandMetadata;
  /** A retried command with the same key returns the first result instead of appending again. */
  idempotencyKey?: string;
  /** The caller read the stream up to expectedVersion itself (a command handler did): skip re-checking. */
  expectedVersionIsHead?: boolean;
  /** The caller looked the idempotency key up just before: skip that lookup (a racing retry still lands once). */
  idempotencyChecked?: boolean;
}

export interface AppendResult {
  /** The stream's version after the append. */
  version: number;
  events: EventEnvelope[];
  /** True when an earlier command with the same idempotency key had already appended. */
  replayed: boolean;
}

export interface EventStoreOptions {
  /** Prefixes the store's collections. */
  collectionPrefix?: string;
  /** Stamps recordedAt; defaults to the system clock. */
  clock?: Clock;
  /** A marker or idempotency record older than this, without its commit, belongs to a dead writer. */
  abandonedAfterMs?: number;
}

const isDuplicateKey = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: number }).code === 11000;

export const commitId = (streamId: string, version: number): string => {
  if (streamId.includes('\n')) throw new TypeError(`a stream id cannot contain a line break: ${JSON.stringify(streamId)}`);
  return `${streamId}|${String(version).padStart(10, '0')}`;
};

const HINT_EVERY = 16;
/** Commits this process keeps for the relay; beyond this many (Kafka down for long) the relay reads them back. */
const MAX_KEPT = 100_000;

const entryOf = (commit: CommitDocument): OutboxEntry => ({
  commitId: commit._id, streamId: commit.streamId, version: commit.version, eventId: commit.events[0]?.eventId ?? '',
});

/**
 * The event store of one service, on MongoDB or any server of its wire protocol.
 *
 * It needs neither multi-document transactions nor secondary-index queries (FerretDB v1 has
 * no transactions and answers only `_id` lookups from an index): a command's events are one
 * commit document whose `_id` is (stream, first version), so of several writers at the same
 * expected version exactly one lands; every read is a lookup by `_id`.
 * An outbox marker, carrying the commit, is written before each commit (one per batch for
 * appendMany) and removed after Kafka acknowledged it.
 */
export class MongoEventStore {
  readonly commits: Collection<CommitDocument>;
  readonly snapshots: Collection<SnapshotDocument>;
  readonly outbox: Collection<OutboxMarker>;
  readonly streams: Collection<StreamDocument>;
  private readonly idempotency: Collection<IdempotencyDocument>;
  private readonly appended = new EventEmitter();
  /** Commits appended by this process and not yet published, by first event id. */
  private readonly unpublished = new Map<string, CommitDocument>();
  private readonly clock: Clock;
  private readonly abandonedAfterMs: number;

  constructor(
    readonly connection: Connection,
    readonly catalog: EventCatalog,
    options: EventStoreOptions = {},
  ) {
    const prefix = options.collectionPrefix ?? 'es_';
    this.commits = connection.collection<CommitDocument>(`${prefix}commits`);
    this.snapshots = connection.collection<SnapshotDocument>(`${prefix}snapshots`);
    this.outbox = connection.collection<OutboxMarker>(`${prefix}outbox`);
    this.streams = connection.collection<StreamDocument>(`${prefix}streams`);
    this.idempotency = connection.collection<IdempotencyDocument>(`${prefix}idempotency`);
    this.clock = options.clock ?? { now: () => new Date() };
    this.abandonedAfterMs = options.abandonedAfterMs ?? 30_000;
    this.appended.setMaxListeners(100);
  }

  /** Called after every successful append in this process (the relay wakes on it). */
  onAppended(listener: () => void): () => void {
    this.appended.on('appended', listener);
    return () => this.appended.off('appended', listener);
  }

  private commit(streamId: string, version: number): Promise<CommitDocument | null> {
    return this.commits.findOne({ _id: commitId(streamId, version) });
  }

  /** Commits from `fromVersion` (a commit boundary + 1) onwards, following the chain. */
  private async commitsFrom(streamId: string, fromVersion: number): Promise<CommitDocument[]> {
    const chain: CommitDocument[] = [];
    for (let next = await this.commit(streamId, fromVersion); next; next = await this.commit(streamId, next.lastVersion + 1)) {
      chain.push(next);
    }
    return chain;
  }

  async streamVersion(streamId: string): Promise<number> {
    const hint = (await this.streams.findOne({ _id: streamId }))?.version ?? 0;
    const newer = await this.commitsFrom(streamId, hint + 1);
    return newer.length > 0 ? (newer[newer.length - 1]?.lastVersion ?? hint) : hint;
  }

  async append(streamId: string, events: readonly DomainEvent[], options: AppendOptions): Promise<AppendResult> {
    const { expectedVersion, metadata } = options;
    const keyId = options.idempotencyKey ? `${streamId}|${options.idempotencyKey}` : undefined;
    if (keyId && !options.idempotencyChecked) {
      const earlier = await this.commitByKey(streamId, options.idempotencyKey as string);
      if (earlier) return earlier;
    }
    if (events.length === 0) return { version: expectedVersion, events: [], replayed: false };
    if (!options.expectedVersionIsHead) {
      const actual = await this.streamVersion(streamId);
      if (actual !== expectedVersion) throw new ConcurrencyError(streamId, expectedVersion, actual);
    }

    const recordedAt = this.clock.now();
    const envelopes: EventEnvelope[] = events.map((event, i) => {
      const { schemaVersion, data } = this.catalog.validateNew(event.type, event.data);
      return {
        eventId: randomUUID(),
        type: event.type,
        schemaVersion,
        streamId,
        streamVersion: expectedVersion + i + 1,
        occurredAt: metadata.now.toISOString(),
        recordedAt: recordedAt.toISOString(),
        correlationId: metadata.correlationId,
        causationId: metadata.causationId,
        actor: metadata.actor,
        data,
      };
    });
    const commit: CommitDocument = {
      _id: commitId(streamId, expectedVersion + 1),
      streamId,
      version: expectedVersion + 1,
      lastVersion: expectedVersion + events.length,
      events: envelopes,
      committedAt: recordedAt,
    };

    // 1. The outbox marker: taken by at most one writer of this version at a time.
    await this.claim(this.outbox, { _id: commit._id, createdAt: recordedAt, entries: encodeEntries([entryOf(commit)]) }, () =>
      this.commits.findOne({ _id: commit._id }),
    ).catch((error: unknown) => {
      throw isDuplicateKey(error) ? new ConcurrencyError(streamId, expectedVersion, undefined) : error;
    });
    try {
      // 2. The idempotency record, so that a retry finds this commit.
      if (keyId) {
        await this.claim(this.idempotency, { _id: keyId, commitId: commit._id, createdAt: recordedAt }, async () => {
          const existing = await this.idempotency.findOne({ _id: keyId });
          return existing ? this.commits.findOne({ _id: existing.commitId }) : null;
        });
      }
      // 3. The commit itself: its unique _id decides between concurrent writers.
      await this.commits.insertOne(commit);
    } catch (error) {
      await this.outbox.deleteOne({ _id: commit._id });
      if (keyId) await this.idempotency.deleteOne({ _id: keyId, commitId: commit._id });
      if (!isDuplicateKey(error)) throw error;
      const earlier = options.idempotencyKey ? await this.commitByKey(streamId, options.idempotencyKey) : undefined;
      if (earlier) return earlier;
      throw new ConcurrencyError(streamId, expectedVersion, await this.streamVersion(streamId));
    }
    // The version hint only shortens chain walks: refreshed every HINT_EVERY versions, not on each append.
    this.landed([commit]);
    if (Math.floor(commit.lastVersion / HINT_EVERY) > Math.floor(expectedVersion / HINT_EVERY)) await this.refreshHint(streamId, commit.lastVersion);
    this.appended.emit('appended');
    return { version: commit.lastVersion, events: envelopes, replayed: false };
  }

  private async refreshHint(streamId: string, version: number): Promise<void> {
    await this.streams.updateOne({ _id: streamId }, { $max: { version } }, { upsert: true }).catch((error: unknown) => {
      if (!isDuplicateKey(error)) throw error; // a concurrent first write of the hint: either is fine
    });
  }

  /**
   * Appends many commands to distinct streams in two round trips (one marker, the commits), for
   * imports and batch jobs. Each item lands or fails on its own: a failed item is a
   * ConcurrencyError in its slot and is taken out of the marker.
   */
  async appendMany(
    items: ReadonlyArray<{ streamId: string; events: readonly DomainEvent[]; expectedVersion: number; metadata: CommandMetadata }>,
  ): Promise<Array<AppendResult | ConcurrencyError>> {
    const recordedAt = this.clock.now();
    const commits: CommitDocument[] = items.map(({ streamId, events, expectedVersion, metadata }) => ({
      _id: commitId(streamId, expectedVersion + 1),
      streamId,
      version: expectedVersion + 1,
      lastVersion: expectedVersion + events.length,
      committedAt: recordedAt,
      events: events.map((event, i) => {
        const { schemaVersion, data } = this.catalog.validateNew(event.type, event.data);
        return {
          eventId: randomUUID(), type: event.type, schemaVersion, streamId, streamVersion: expectedVersion + i + 1,
          occurredAt: metadata.now.toISOString(), recordedAt: recordedAt.toISOString(), correlationId: metadata.correlationId,
          causationId: metadata.causationId, actor: metadata.actor, data,
        };
      }),
    }));
    // 1. One marker for the whole batch, carrying every commit.
    const markerId = `batch|${randomUUID()}`;
    await this.outbox.insertOne({ _id: markerId, createdAt: recordedAt, entries: encodeEntries(commits.map(entryOf)) });
    // 2. The commits: each lands unless another writer took its version.
    const lost = new Set<string>();
    try {
      await this.commits.insertMany(commits, { ordered: false });
    } catch (error) {
      const writeErrors = (error as { writeErrors?: Array<{ index?: number; code?: number; err?: { index: number } }> }).writeErrors;
      if (!writeErrors?.every((e) => e.code === 11000 || (e as { err?: { code?: number } }).err?.code === 11000)) {
        throw error; // unsure what landed: the relay looks each commit up

      }
      for (const e of writeErrors) lost.add(commits[e.index ?? e.err?.index ?? -1]?._id ?? '');
    }
    // 3. Commits that lost a race leave the marker (rare: concurrent writers of one stream).
    const landed = commits.filter((c) => !lost.has(c._id));
    if (landed.length === 0) await this.outbox.deleteOne({ _id: markerId });
    else if (lost.size > 0) await this.outbox.updateOne({ _id: markerId }, { $set: { entries: encodeEntries(landed.map(entryOf)) } });
    this.landed(landed);
    await Promise.all(
      landed
        .filter((c) => Math.floor(c.lastVersion / HINT_EVERY) > Math.floor((c.version - 1) / HINT_EVERY))
        .map((c) => this.refreshHint(c.streamId, c.lastVersion)),
    );
    this.appended.emit('appended');
    return commits.map((c) =>
      lost.has(c._id)
        ? new ConcurrencyError(c.streamId, c.version - 1, undefined)
        : { version: c.lastVersion, events: c.events, replayed: false },
    );
  }

  /**
   * Inserts a claim document; if one is already there but its commit never appeared and it is
   * old, its writer died: the stale claim is replaced once.
   */
  private async claim<T extends { _id: string; createdAt: Date }>(
    collection: Collection<T>,
    doc: T,
    committed: () => Promise<unknown>,
  ): Promise<void> {
    try {
      await collection.insertOne(doc as never);
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      const existing = await collection.findOne({ _id: doc._id } as never);
      const abandoned = existing && existing.createdAt.getTime() < this.clock.now().getTime() - this.abandonedAfterMs && !(await committed());
      if (!abandoned) throw error;
      await collection.replaceOne({ _id: doc._id } as never, doc as never);
    }
  }

  /** The result of an earlier command with this idempotency key, if it landed. */
  async commitByKey(streamId: string, key: string): Promise<AppendResult | undefined> {
    const record = await this.idempotency.findOne({ _id: `${streamId}|${key}` });
    const commit = record ? await this.commits.findOne({ _id: record.commitId }) : null;
    if (!commit) return undefined;
    return { version: commit.lastVersion, events: commit.events.map((e) => this.catalog.read(e)), replayed: true };
  }

  /** The stream's events after `afterVersion` (0, or a version the stream was read or snapshotted at). */
  async readStream(streamId: string, afterVersion = 0): Promise<EventEnvelope[]> {
    const commits = await this.commitsFrom(streamId, afterVersion + 1);
    return commits.flatMap((c) => c.events).map((e) => this.catalog.read(e));
  }

  /** Every event of the service, commit by commit, in the order the server stored them. */
  async *readAll(batchSize = 1000): AsyncGenerator<EventEnvelope> {
    for await (const commit of this.commits.find({}).batchSize(batchSize)) {
      for (const event of (commit as CommitDocument).events) yield this.catalog.read(event);
    }
  }

  async loadSnapshot(streamId: string, schema: string): Promise<{ version: number; state: unknown } | undefined> {
    const snapshot = await this.snapshots.findOne({ _id: streamId });
    return snapshot && snapshot.schema === schema ? { version: snapshot.version, state: snapshot.state } : undefined;
  }

  /** Only an optimisation: losing or deleting snapshots changes no result. */
  async saveSnapshot(streamId: string, version: number, schema: string, state: unknown): Promise<void> {
    const existing = await this.snapshots.findOne({ _id: streamId });
    if (existing && existing.version >= version) return;
    await this.snapshots.replaceOne({ _id: streamId }, { version, schema, state }, { upsert: true }).catch((error: unknown) => {
      if (!isDuplicateKey(error)) throw error;
    });
  }

  /** This process saw these commits land: the relay publishes them without reading them back. */
  private landed(commits: readonly CommitDocument[]): void {
    for (const commit of commits) {
      const key = commit.events[0]?.eventId;
      if (key && this.unpublished.size < MAX_KEPT) this.unpublished.set(key, commit);
    }
  }

  /**
   * What the relay publishes next: every pending commit whose landing is known, per stream in
   * version order and without gaps, up to about `maxEvents` events.
   *
   * A stream's earliest pending commit is in the outbox (markers are written before their
   * commits, the next version's only after the previous commit exists, and removed only once
   * Kafka acknowledged them), so all markers are read. A commit has landed when this process
   * appended it, or when a lookup finds it with the entry's event id. One not found stops its
   * stream while it may still be in flight; after `abandonedAfterMs` its writer is taken as dead
   * and the entry dropped.
   */
  async pendingRound(maxEvents: number, inFlight: ReadonlySet<string> = new Set()): Promise<OutboxRound> {
    const keptBefore = [...this.unpublished.keys()];
    const markers = (await this.outbox.find({}).toArray()).map((m) => ({ ...m, decoded: decodeEntries(m.entries) }));
    const present = new Set(markers.flatMap((m) => m.decoded.map((e) => e.eventId)));
    for (const key of keptBefore) if (!present.has(key)) this.unpublished.delete(key); // published by another replica

    // 'sending': in the round the relay is sending now (left out; not in the way of later versions).
    interface Candidate { marker: OutboxMarker & { decoded: OutboxEntry[] }; entry: OutboxEntry; commit?: CommitDocument; status: 'landed' | 'dead' | 'in-flight' | 'sending' }
    const byMarker = new Map<string, Candidate[]>();
    const byStream = new Map<string, Candidate[]>();
    for (const marker of markers) {
      const own: Candidate[] = [];
      for (const entry of marker.decoded) {
        const commit = this.unpublished.get(entry.eventId);
        const candidate: Candidate = { marker, entry, commit, status: inFlight.has(entry.eventId) ? 'sending' : commit ? 'landed' : 'in-flight' };
        own.push(candidate);
        const stream = byStream.get(entry.streamId);
        if (stream) stream.push(candidate);
        else byStream.set(entry.streamId, [candidate]);
      }
      byMarker.set(marker._id, own);
    }
    const candidates = [...byMarker.values()].flat();
    const staleBefore = this.clock.now().getTime() - this.abandonedAfterMs;
    const unknown = candidates.filter((c) => c.status === 'in-flight');
    for (let i = 0; i < unknown.length; i += 8) {
      await Promise.all(
        unknown.slice(i, i + 8).map(async (c) => {
          const stored = await this.commits.findOne({ _id: c.entry.commitId });
          if (stored) {
            c.status = stored.events[0]?.eventId === c.entry.eventId ? 'landed' : 'dead';
            c.commit = stored;
          } else if (c.marker.createdAt.getTime() < staleBefore) c.status = 'dead';
        }),
      );
    }

    const resolved = new Set<Candidate>();
    const commits: CommitDocument[] = [];
    let events = 0;
    for (const streamCandidates of byStream.values()) {
      if (events >= maxEvents) break;
      streamCandidates.sort((x, y) => x.entry.version - y.entry.version);
      let last: CommitDocument | undefined;
      for (const c of streamCandidates) {
        if (c.status === 'dead') {
          resolved.add(c);
          continue;
        }
        if (c.status === 'sending') {
          // Its round is sent, and its markers cleaned, before this round's: done by then.
          resolved.add(c);
          last = undefined;
          continue;
        }
        if (c.status === 'in-flight' || !c.commit) break;
        if (last && c.commit._id === last._id) {
          resolved.add(c); // the same commit listed twice (a trimmed marker restored by its writer)
          continue;
        }
        if (last && c.commit.version !== last.lastVersion + 1) break;
        commits.push(c.commit);
        resolved.add(c);
        events += c.commit.events.length;
        last = c.commit;
      }
    }

    const done: string[] = [];
    const partial: OutboxRound['partial'] = [];
    for (const marker of markers) {
      const mine = byMarker.get(marker._id) ?? [];
      const remaining = mine.filter((c) => !resolved.has(c));
      if (remaining.length === 0) done.push(marker._id);
      else if (remaining.length < mine.length) partial.push({ _id: marker._id, entries: remaining.map((c) => c.entry) });
    }
    return { commits, done, partial };
  }

  /** After Kafka acknowledged a round: drops the markers it completed, trims the others. */
  async markPublished(round: OutboxRound): Promise<void> {
    for (let i = 0; i < round.done.length; i += 1000) {
      await this.outbox.deleteMany({ _id: { $in: round.done.slice(i, i + 1000) } });
    }
    for (const { _id, entries } of round.partial) await this.outbox.updateOne({ _id }, { $set: { entries: encodeEntries(entries) } });
    for (const commit of round.commits) this.unpublished.delete(commit.events[0]?.eventId ?? '');
  }

  async unpublishedCount(): Promise<number> {
    return this.outbox.countDocuments({});
  }
}
