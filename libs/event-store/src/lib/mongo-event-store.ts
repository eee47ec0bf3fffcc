import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { Collection, Connection } from 'mongoose';
import { Types } from 'mongoose';
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
  _id: Types.ObjectId;
  streamId: string;
  /** The first stream version in this commit; unique per stream. */
  version: number;
  lastVersion: number;
  /** A client's Idempotency-Key, or the commit's own id: unique, so a retried command lands once. */
  idempotencyKey: string;
  events: EventEnvelope[];
  published: boolean;
  committedAt: Date;
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
  /**
   * The caller read the stream up to expectedVersion itself (a command handler did), so the
   * version is known to be a commit boundary. Otherwise it is checked, one extra read.
   */
  expectedVersionIsHead?: boolean;
}

export interface AppendResult {
  /** The stream's version after the append. */
  version: number;
  events: EventEnvelope[];
  /** True when an earlier command with the same idempotency key had already appended. */
  replayed: boolean;
}

const DUPLICATE_KEY = 11000;
const isDuplicateKey = (error: unknown): error is { code: number; message: string; keyPattern?: Record<string, unknown> } =>
  typeof error === 'object' && error !== null && (error as { code?: number }).code === DUPLICATE_KEY;

export interface EventStoreOptions {
  /** Prefixes the store's collections (commits, snapshots, relay lease). */
  collectionPrefix?: string;
  /** Stamps recordedAt; defaults to the system clock. */
  clock?: Clock;
}

/**
 * The event store of one service on MongoDB, without multi-document transactions (it must hold
 * on FerretDB): a command's events are one commit document; a unique (streamId, version) index
 * lets exactly one of several concurrent writers at the same expected version land.
 * The commits double as the outbox: `published` turns true once Kafka acknowledged them.
 */
export class MongoEventStore {
  readonly commits: Collection<CommitDocument>;
  readonly snapshots: Collection<SnapshotDocument>;
  private readonly appended = new EventEmitter();
  private readonly clock: Clock;

  constructor(
    readonly connection: Connection,
    readonly catalog: EventCatalog,
    options: EventStoreOptions = {},
  ) {
    const prefix = options.collectionPrefix ?? 'es_';
    this.commits = connection.collection<CommitDocument>(`${prefix}commits`);
    this.snapshots = connection.collection<SnapshotDocument>(`${prefix}snapshots`);
    this.clock = options.clock ?? { now: () => new Date() };
    this.appended.setMaxListeners(100);
  }

  async ensureIndexes(): Promise<void> {
    await this.commits.createIndex({ streamId: 1, version: 1 }, { unique: true, name: 'stream_version' });
    await this.commits.createIndex({ streamId: 1, lastVersion: 1 }, { unique: true, name: 'stream_last_version' });
    await this.commits.createIndex({ idempotencyKey: 1 }, { unique: true, name: 'idempotency_key' });
    await this.commits.createIndex({ published: 1, _id: 1 }, { name: 'outbox' });
  }

  /** Called after every successful append in this process (the relay wakes on it). */
  onAppended(listener: () => void): () => void {
    this.appended.on('appended', listener);
    return () => this.appended.off('appended', listener);
  }

  async streamVersion(streamId: string): Promise<number> {
    const head = await this.commits.find({ streamId }, { projection: { lastVersion: 1 } }).sort({ lastVersion: -1 }).limit(1).next();
    return head?.lastVersion ?? 0;
  }

  async append(streamId: string, events: readonly DomainEvent[], options: AppendOptions): Promise<AppendResult> {
    const { expectedVersion, metadata } = options;
    if (options.idempotencyKey) {
      const earlier = await this.commitByKey(streamId, options.idempotencyKey);
      if (earlier) return earlier;
    }
    if (events.length === 0) return { version: expectedVersion, events: [], replayed: false };
    if (expectedVersion > 0 && !options.expectedVersionIsHead) {
      const boundary = await this.commits.findOne({ streamId, lastVersion: expectedVersion }, { projection: { _id: 1 } });
      if (!boundary) throw new ConcurrencyError(streamId, expectedVersion, await this.streamVersion(streamId));
    }

    const recordedAt = this.clock.now().toISOString();
    const envelopes: EventEnvelope[] = events.map((event, i) => {
      const { schemaVersion, data } = this.catalog.validateNew(event.type, event.data);
      return {
        eventId: randomUUID(),
        type: event.type,
        schemaVersion,
        streamId,
        streamVersion: expectedVersion + i + 1,
        occurredAt: metadata.now.toISOString(),
        recordedAt,
        correlationId: metadata.correlationId,
        causationId: metadata.causationId,
        actor: metadata.actor,
        data,
      };
    });
    const _id = new Types.ObjectId();
    const commit: CommitDocument = {
      _id,
      streamId,
      version: expectedVersion + 1,
      lastVersion: expectedVersion + events.length,
      idempotencyKey: options.idempotencyKey ? `${streamId}|${options.idempotencyKey}` : _id.toHexString(),
      events: envelopes,
      published: false,
      committedAt: new Date(recordedAt),
    };
    try {
      await this.commits.insertOne(commit);
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      // FerretDB's duplicate-key message does not name the index: look the key up either way.
      if (options.idempotencyKey) {
        const earlier = await this.commitByKey(streamId, options.idempotencyKey);
        if (earlier) return earlier;
      }
      throw new ConcurrencyError(streamId, expectedVersion, await this.streamVersion(streamId));
    }
    this.appended.emit('appended');
    return { version: commit.lastVersion, events: envelopes, replayed: false };
  }

  /** The result of an earlier command with this idempotency key, if there was one. */
  async commitByKey(streamId: string, key: string): Promise<AppendResult | undefined> {
    const commit = await this.commits.findOne({ idempotencyKey: `${streamId}|${key}` });
    if (!commit) return undefined;
    return { version: commit.lastVersion, events: commit.events.map((e) => this.catalog.read(e)), replayed: true };
  }

  /** The stream's events after `afterVersion`, upcast to their current schema versions. */
  async readStream(streamId: string, afterVersion = 0): Promise<EventEnvelope[]> {
    const commits = await this.commits.find({ streamId, lastVersion: { $gt: afterVersion } }).sort({ version: 1 }).toArray();
    return commits.flatMap((c) => c.events).filter((e) => e.streamVersion > afterVersion).map((e) => this.catalog.read(e));
  }

  /** Every event of the service, commit by commit, in the order they were stored. */
  async *readAll(batchSize = 1000): AsyncGenerator<EventEnvelope> {
    let after: Types.ObjectId | undefined;
    for (;;) {
      const batch = await this.commits.find(after ? { _id: { $gt: after } } : {}).sort({ _id: 1 }).limit(batchSize).toArray();
      if (batch.length === 0) return;
      for (const commit of batch) for (const event of commit.events) yield this.catalog.read(event);
      after = batch[batch.length - 1]?._id;
    }
  }

  async loadSnapshot(streamId: string, schema: string): Promise<{ version: number; state: unknown } | undefined> {
    const snapshot = await this.snapshots.findOne({ _id: streamId });
    return snapshot && snapshot.schema === schema ? { version: snapshot.version, state: snapshot.state } : undefined;
  }

  /** Only an optimisation: losing or deleting snapshots changes no result. */
  async saveSnapshot(streamId: string, version: number, schema: string, state: unknown): Promise<void> {
    try {
      await this.snapshots.replaceOne({ _id: streamId, version: { $lt: version } }, { version, schema, state }, { upsert: true });
    } catch (error) {
      if (!isDuplicateKey(error)) throw error; // a newer snapshot is already there
    }
  }

  /** The oldest unpublished commits of the streams that have any, each stream in version order. */
  async pendingCommits(limit: number): Promise<CommitDocument[]> {
    const oldest = await this.commits.find({ published: false }, { projection: { streamId: 1 } }).sort({ _id: 1 }).limit(limit).toArray();
    if (oldest.length === 0) return [];
    const streams = [...new Set(oldest.map((c) => c.streamId))];
    // Ordered by (stream, version), not by _id: ids from different replicas are not ordered.
    return this.commits.find({ published: false, streamId: { $in: streams } }).sort({ streamId: 1, version: 1 }).toArray();
  }

  async markPublished(ids: readonly Types.ObjectId[]): Promise<void> {
    if (ids.length > 0) await this.commits.updateMany({ _id: { $in: [...ids] } }, { $set: { published: true } });
  }

  async unpublishedCount(): Promise<number> {
    return this.commits.countDocuments({ published: false });
  }
}
