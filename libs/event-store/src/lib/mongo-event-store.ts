import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { Collection, Connection } from 'mongoose';
import type { DomainEvent, EventCatalog, EventEnvelope } from '@ccpc/contracts';
import { type AppendResult, appendBatch, type BatchAppend, type BatchWriter, type IdempotencyDocument, KeyTaken } from './append-many';
import { buildCommit, type CommandMetadata, type CommitDocument, commitId } from './commits';
import { isDuplicateKey } from './mongo-errors';
import { encodeEntries, entryOf, type OutboxMarker } from './outbox';
import { type Clock, ConcurrencyError, DomainError } from '@ccpc/eventsourcing';

export { type AppendResult, type BatchAppend, KeyTaken } from './append-many';

/** Per stream: a hint of its version, so that a chain walk need not start at 1. */
interface StreamDocument {
  _id: string;
  version: number;
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
  /** The request's fingerprint (`requestFingerprint`): a key reused for another request is refused (422 idempotency.key-reused). */
  fingerprint?: string;
  /** The caller read the stream up to expectedVersion itself (a command handler did): skip re-checking. */
  expectedVersionIsHead?: boolean;
  /** The caller looked the idempotency key up just before: skip that lookup (a racing retry still lands once). */
  idempotencyChecked?: boolean;
}

export interface EventStoreOptions {
  /** Prefixes the store's collections. */
  collectionPrefix?: string;
  /** Stamps recordedAt; defaults to the system clock. */
  clock?: Clock;
  /** A marker or idempotency record older than this, without its commit, belongs to a dead writer. */
  abandonedAfterMs?: number;
}

const HINT_EVERY = 16;
/** Commits this process keeps for the relay; beyond this many (Kafka down for long) the relay reads them back. */
const MAX_KEPT = 100_000;

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
  readonly clock: Clock;
  /** A marker or idempotency record this old, without its commit, belongs to a dead writer. */
  readonly abandonedAfterMs: number;
  /**
   * Commits appended by this process and not yet published, by first event id: the outbox
   * publishes them without reading them back (it removes what Kafka has). Bounded: beyond it
   * (Kafka away for long) the relay reads commits back.
   */
  readonly landedHere = new Map<string, CommitDocument>();
  /** Commit ids a batch append of this process is writing now: the relay waits for them rather than look them up. */
  readonly writing = new Set<string>();
  private readonly batchWriter: BatchWriter;

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
    this.batchWriter = {
      catalog,
      clock: this.clock,
      commits: this.commits,
      outbox: this.outbox,
      idempotency: this.idempotency,
      writing: this.writing,
      hintEvery: HINT_EVERY,
      refreshHint: (streamId, version) => this.refreshHint(streamId, version),
      remember: (commits) => this.remember(commits),
    };
  }

  private remember(commits: readonly CommitDocument[]): void {
    for (const commit of commits) {
      const key = commit.events[0]?.eventId;
      if (key && this.landedHere.size < MAX_KEPT) this.landedHere.set(key, commit);
    }
    this.appended.emit('appended', commits);
  }

  /** Called with the commits of every successful append in this process (the relay wakes on it). */
  onAppended(listener: (commits: readonly CommitDocument[]) => void): () => void {
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
      const earlier = await this.commitByKey(streamId, options.idempotencyKey as string, options.fingerprint);
      if (earlier) return earlier;
    }
    if (events.length === 0) return { version: expectedVersion, events: [], replayed: false };
    if (!options.expectedVersionIsHead) {
      const actual = await this.streamVersion(streamId);
      if (actual !== expectedVersion) throw new ConcurrencyError(streamId, expectedVersion, actual);
    }

    const recordedAt = this.clock.now();
    const commit = buildCommit(this.catalog, streamId, expectedVersion, events, metadata, recordedAt);
    const envelopes = commit.events;

    const key = options.idempotencyKey;
    if (key) commit.idempotencyKey = key;
    // 1. The idempotency claim, so that a retry finds this attempt; an earlier attempt of the same
    //    request (same key and request) that never committed is taken over at once, never waited for.
    const attempt = randomUUID();
    if (keyId) {
      const earlier = await this.claimKey(keyId, key as string, commit._id, attempt, options.fingerprint, recordedAt);
      if (earlier) return earlier;
    }
    // 2. The outbox marker, one per attempt: it locks nothing (the commit's unique _id decides a
    //    race), so a writer that dies here blocks no one.
    const markerId = `${commit._id}|${envelopes[0]?.eventId ?? attempt}`;
    await this.outbox.insertOne({ _id: markerId, createdAt: recordedAt, entries: encodeEntries([entryOf(commit)]) });
    try {
      // 3. The commit itself: its unique _id decides between concurrent writers.
      await this.commits.insertOne(commit);
    } catch (error) {
      await this.outbox.deleteOne({ _id: markerId });
      if (!isDuplicateKey(error)) {
        if (keyId) await this.idempotency.deleteOne({ _id: keyId, attempt });
        throw error;
      }
      // Lost this version: to another attempt of the same request (then that is the result) or to another writer.
      if (key) {
        const winner = await this.commits.findOne({ _id: commit._id });
        if (winner?.idempotencyKey === key) {
          await this.idempotency.updateOne({ _id: keyId as string }, { $set: { commitId: winner._id } });
          return { version: winner.lastVersion, events: winner.events.map((e) => this.catalog.read(e)), replayed: true };
        }
        await this.idempotency.deleteOne({ _id: keyId as string, attempt });
        const earlier = await this.commitByKey(streamId, key, options.fingerprint);
        if (earlier) return earlier;
      }
      throw new ConcurrencyError(streamId, expectedVersion, await this.streamVersion(streamId));
    }
    // The version hint only shortens chain walks: refreshed every HINT_EVERY versions, not on each append.
    if (Math.floor(commit.lastVersion / HINT_EVERY) > Math.floor(expectedVersion / HINT_EVERY))
      await this.refreshHint(streamId, commit.lastVersion);
    this.remember([commit]);
    return { version: commit.lastVersion, events: envelopes, replayed: false };
  }

  private async refreshHint(streamId: string, version: number): Promise<void> {
    await this.streams.updateOne({ _id: streamId }, { $max: { version } }, { upsert: true }).catch((error: unknown) => {
      if (!isDuplicateKey(error)) throw error; // a concurrent first write of the hint: either is fine
    });
  }

  /**
   * Appends many commands in a few round trips (their idempotency claims, one marker, the commits),
   * for imports, batch jobs and the batch command routes; several commands of one stream go as a
   * chain (see `appendBatch`).
   */
  appendMany(items: ReadonlyArray<BatchAppend>): Promise<Array<AppendResult | ConcurrencyError | KeyTaken>> {
    return appendBatch(this.batchWriter, items);
  }

  /**
   * Claims an idempotency key for this attempt. Held by an earlier attempt: if that one landed
   * (its commit carries the key), its result is the answer; if it asked for something else, the
   * key is reused (422); otherwise it is this request's own earlier attempt that has not
   * committed (it died, or lost a race, or is about to write the same version): taken over at
   * once — the commit's unique _id still lets only one of them land.
   */
  private async claimKey(
    keyId: string,
    key: string,
    commitId: string,
    attempt: string,
    fingerprint: string | undefined,
    now: Date,
  ): Promise<AppendResult | undefined> {
    const claim: IdempotencyDocument = { _id: keyId, commitId, createdAt: now, attempt };
    if (fingerprint) claim.fingerprint = fingerprint;
    try {
      await this.idempotency.insertOne(claim);
      return undefined;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
    const streamId = keyId.slice(0, keyId.length - key.length - 1);
    const earlier = await this.commitByKey(streamId, key, fingerprint);
    if (earlier) return earlier;
    await this.idempotency.replaceOne({ _id: keyId }, claim, { upsert: true });
    return undefined;
  }

  /**
   * The result of an earlier command with this idempotency key, if it landed. With a
   * fingerprint, a landed command that asked for something else is a client's mistake: 422.
   */
  async commitByKey(streamId: string, key: string, fingerprint?: string): Promise<AppendResult | undefined> {
    const record = await this.idempotency.findOne({ _id: `${streamId}|${key}` });
    if (fingerprint && record?.fingerprint && record.fingerprint !== fingerprint) {
      // Another request holds the key: refused whether or not it has landed yet.
      throw new DomainError('idempotency.key-reused', `Idempotency-Key“${key}”已用于另一项请求；新的请求请使用新的 Idempotency-Key`, {
        field: 'Idempotency-Key',
        status: 422,
      });
    }
    const found = record ? await this.commits.findOne({ _id: record.commitId }) : null;
    // A commit at that version written by another command (the claim outlived a lost race) is not this request's result.
    const commit = found && (found.idempotencyKey === undefined || found.idempotencyKey === key) ? found : null;
    if (!commit) return undefined;
    if (fingerprint && record?.fingerprint && record.fingerprint !== fingerprint)
      throw new DomainError(
        'idempotency.key-reused',
        `Idempotency-Key“${key}”已于 ${commit.committedAt.toISOString()} 用于另一项请求；新的请求请使用新的 Idempotency-Key`,
        { field: 'Idempotency-Key', status: 422 },
      );
    return { version: commit.lastVersion, events: commit.events.map((e) => this.catalog.read(e)), replayed: true };
  }

  /** The stream's events after `afterVersion` (0, or a version the stream was read or snapshotted at). */
  async readStream(streamId: string, afterVersion = 0): Promise<EventEnvelope[]> {
    const commits = await this.commitsFrom(streamId, afterVersion + 1);
    return commits.flatMap((c) => c.events).map((e) => this.catalog.read(e));
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
}
