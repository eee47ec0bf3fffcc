import { setTimeout as sleep } from 'node:timers/promises';
import type { Consumer, EachBatchPayload, IHeaders, Kafka, KafkaMessage, Producer } from 'kafkajs';
import type { Collection, Connection } from 'mongoose';
import { ContractError, deadLetterTopic, envelopeSchema, retryTopic, type EventCatalog, type EventEnvelope } from '@ccpc/contracts';
import type { RelayLogger } from './outbox-relay';
import { applyInChunks, type EventBatchHandler } from './consumer-chunks';
import { withDefaults } from './options';
import { ensureTopics, type TopicSettings } from './topics';

/**
 * Applies one event; throwing means "not applied" and leads to retries, then a dead letter.
 * A handler that can tell may answer `'duplicate'` (it had applied the event already: Kafka
 * delivered it again), which the consumer counts for /health.
 */
export type { EventBatchHandler };

export type EventHandler = (event: EventEnvelope) => Promise<void | 'applied' | 'duplicate' | 'ignored'>;

export interface EventConsumerOptions {
  groupId: string;
  topics: readonly string[];
  catalog: EventCatalog;
  /** Named in dead letters, so whoever re-drives knows which code failed. */
  handlerName: string;
  handle: EventHandler;
  /** Optional: many events at once when Kafka hands over a batch (each still applied exactly once). */
  handleBatch?: EventBatchHandler;
  /** At most this many events per `handleBatch` call (default 500). */
  batchSize?: number;
  /** What one fetch may bring per partition (kafkajs's default 1 MB, ~700 envelopes): more is fewer, bigger batches of a backlog. */
  maxBytesPerPartition?: number;
  /** Where the parked streams of this group are kept (the consumer's own database). */
  connection: Connection;
  topicPrefix?: string;
  maxAttempts?: number;
  retryBackoffMs?: number;
  topicSettings?: TopicSettings;
  /** Restrict to these event types; others are acknowledged untouched. */
  handles?: readonly string[];
  logger?: RelayLogger;
}

interface ParkedStream {
  _id: string;
  group: string;
  streamId: string;
  /** The event that failed first. */
  eventId: string;
  /** The highest version sent to the dead letters since; re-driving it unparks the stream. */
  lastParkedVersion: number;
  parkedAt: Date;
}

type StreamPosition = Pick<EventEnvelope, 'eventId' | 'streamId' | 'streamVersion'>;

/** Where an event stands in its stream, read from the envelope alone (its data need not be readable). */
function streamPositionOf(raw: unknown): StreamPosition | undefined {
  const position = envelopeSchema.pick({ eventId: true, streamId: true, streamVersion: true }).safeParse(raw);
  return position.success ? position.data : undefined;
}

export const DLQ_HEADERS = {
  reason: 'dlq-reason',
  error: 'dlq-error',
  handler: 'dlq-handler',
  attempts: 'dlq-attempts',
  topic: 'dlq-original-topic',
  partition: 'dlq-original-partition',
  offset: 'dlq-original-offset',
  at: 'dlq-at',
} as const;

const quietLogger: RelayLogger = { info: () => undefined, warn: () => undefined };

/**
 * Group membership timing of every consumer of the platform. A member that dies without
 * leaving (SIGKILL, a lost host, a broker restart) holds its partitions until the group
 * coordinator misses its heartbeats for `sessionTimeout`: 6 s, the broker's floor
 * (group.min.session.timeout.ms), instead of kafkajs' 30 s — so a read model stands still for
 * seconds, not half a minute. Heartbeats every second (Kafka asks for at most a third of the
 * session); a rebalance waits at most 10 s for members to rejoin; an idle fetch returns after
 * 1 s (kafkajs: 5 s), since a member learns of a rebalance only between fetches. The price: a pause of more
 * than 6 s (a long GC, a frozen VM) costs a rebalance, which is safe (consumers are idempotent).
 * A consumer that stops normally leaves its group at once (LeaveGroup on disconnect).
 */
export const GROUP_TIMING = { sessionTimeout: 6_000, heartbeatInterval: 1_000, rebalanceTimeout: 10_000, maxWaitTimeInMs: 1_000 } as const;

/** What a consumer is doing, for /health: running, or not (and since when), and its lag per partition. */
export interface ConsumerStatus {
  /** `retrying`: not started yet, and trying again (Kafka unreachable). */
  state: 'starting' | 'running' | 'rebalancing' | 'crashed' | 'retrying' | 'stopped';
  since: string;
  /** Messages behind the end of each partition after the last batch, by `topic/partition`. */
  lag: Record<string, number>;
  /**
   * Events delivered again that this consumer had applied already (its handler said
   * `'duplicate'`) since it was created: a relay's re-sends and the group's redeliveries after a
   * rebalance. Skipped, never counted twice; a number that grows without faults is a bug.
   */
  redelivered: number;
}

/**
 * At-least-once consumption with bounded retries and dead letters:
 * - an event that cannot be read (unknown type, broken contract) goes straight to `<group>.dlq`;
 * - a handler that keeps failing goes there after `maxAttempts`, and its stream is parked:
 *   later events of that stream follow it into the dead letters, so order is kept, while
 *   other streams flow on;
 * - re-driven events come back through `<group>.retry`; re-applying the last parked one unparks.
 * Handler errors are caught here: they never kill the consumer or unsubscribe it.
 */
export class EventConsumer {
  private readonly consumer: Consumer;
  private readonly producer: Producer;
  private readonly parked: Collection<ParkedStream>;
  private readonly parkedStreams = new Map<string, ParkedStream>();
  private readonly dlq: string;
  private readonly retry: string;
  private readonly opts: Required<
    Omit<EventConsumerOptions, 'handles' | 'topicPrefix' | 'handleBatch' | 'batchSize' | 'maxBytesPerPartition'>
  > &
    Pick<EventConsumerOptions, 'handles' | 'topicPrefix' | 'handleBatch' | 'batchSize' | 'maxBytesPerPartition'>;
  /** Counts for tests and metrics. */
  readonly stats = { applied: 0, redelivered: 0, deadLettered: 0, parked: 0, skipped: 0 };
  /** Set by stop(): a crash after it is not followed by a new start. */
  private stopped = false;
  /** Starts after crashes kafkajs did not restart itself (tests read it; the log says each one). */
  restarts = 0;
  private current: Omit<ConsumerStatus, 'redelivered'> = { state: 'stopped', since: new Date().toISOString(), lag: {} };

  /** Running, rebalancing, crashed or stopped, since when, and the lag after the last batch. */
  status(): ConsumerStatus {
    return { ...this.current, lag: { ...this.current.lag }, redelivered: this.stats.redelivered };
  }

  private become(state: ConsumerStatus['state']): void {
    if (this.current.state !== state) this.current = { ...this.current, state, since: new Date().toISOString() };
  }

  constructor(
    private readonly kafka: Kafka,
    options: EventConsumerOptions,
  ) {
    this.opts = withDefaults(
      { maxAttempts: 3, retryBackoffMs: 100, topicSettings: { partitions: 3, replicationFactor: 1 }, logger: quietLogger },
      options,
    );
    this.dlq = deadLetterTopic(options.groupId, options.topicPrefix);
    this.retry = retryTopic(options.groupId, options.topicPrefix);
    this.consumer = kafka.consumer({
      groupId: `${options.topicPrefix ?? ''}${options.groupId}`,
      // Waits between attempts capped at 2 s: a broker back after an outage is found within
      // seconds, not after kafkajs's default back-off of up to 30 s (a service may run several groups).
      retry: { retries: 10, initialRetryTime: 300, maxRetryTime: 2_000, restartOnFailure: async () => true },
      ...GROUP_TIMING,
      ...(options.maxBytesPerPartition
        ? { maxBytesPerPartition: options.maxBytesPerPartition, maxBytes: 8 * options.maxBytesPerPartition }
        : {}),
    });
    const { GROUP_JOIN, REBALANCING, CRASH, STOP, END_BATCH_PROCESS } = this.consumer.events;
    this.consumer.on(GROUP_JOIN, () => this.become('running'));
    this.consumer.on(REBALANCING, () => this.become('rebalancing'));
    this.consumer.on(CRASH, (event) => {
      this.become('crashed');
      // kafkajs restarts after a retriable error only; after any other (a timeout, a coordinator not
      // found while the broker was away) the consumer would stay down: it is started again here.
      if (!event.payload.restart) void this.startAgain(event.payload.error);
    });
    this.consumer.on(STOP, () => this.become('stopped'));
    this.consumer.on(END_BATCH_PROCESS, ({ payload }) => {
      this.current.lag[`${payload.topic}/${payload.partition}`] = Number(payload.offsetLag);
    });
    this.producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    this.parked = options.connection.collection<ParkedStream>('consumer_parked_streams');
  }

  get deadLetterTopic(): string {
    return this.dlq;
  }

  get retryTopic(): string {
    return this.retry;
  }

  async start(): Promise<void> {
    this.stopped = false;
    this.become('starting');
    await ensureTopics(this.kafka, [...this.opts.topics, this.dlq, this.retry], this.opts.topicSettings);
    await this.loadParked();
    await this.producer.connect();
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: [...this.opts.topics, this.retry], fromBeginning: true });
    await this.consumer.run({ eachBatchAutoResolve: false, eachBatch: (payload) => this.eachBatch(payload) });
  }

  /** After a crash kafkajs will not restart: disconnect what is left, then start again until it runs (or stop() is called). */
  private async startAgain(error: Error): Promise<void> {
    this.opts.logger.warn(`consumer ${this.opts.groupId}: crashed and not restarted by kafkajs (${error.message}); starting it again`);
    for (let attempt = 0; !this.stopped; attempt++) {
      await this.consumer.disconnect().catch(() => undefined);
      await this.producer.disconnect().catch(() => undefined);
      await sleep(Math.min(500 * 2 ** attempt, 5_000));
      if (this.stopped) return;
      try {
        await this.start();
        this.restarts++;
        return;
      } catch (startError) {
        this.opts.logger.warn(`consumer ${this.opts.groupId}: did not start again (${(startError as Error).message}); retrying`);
      }
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.consumer.disconnect().catch(() => undefined);
    await this.producer.disconnect().catch(() => undefined);
  }

  private async loadParked(): Promise<void> {
    this.parkedStreams.clear();
    for (const doc of await this.parked.find({ group: this.opts.groupId }).toArray()) this.parkedStreams.set(doc.streamId, doc);
  }

  private async eachBatch({
    batch,
    resolveOffset,
    heartbeat,
    isRunning,
    isStale,
    commitOffsetsIfNecessary,
  }: EachBatchPayload): Promise<void> {
    if (this.opts.handleBatch && batch.topic !== this.retry && batch.messages.length > 1) {
      const handleBatch = this.opts.handleBatch;
      await applyInChunks(
        {
          batchSize: this.opts.batchSize ?? 500,
          handleBatch,
          readable: (message) => this.readable(message),
          parked: (streamId) => this.parkedStreams.has(streamId),
          processOne: (message) => this.process(batch.topic, batch.partition, message, heartbeat),
          stats: this.stats,
        },
        batch.messages,
        { resolveOffset, heartbeat, isRunning, isStale },
      );
    } else {
      for (const message of batch.messages) {
        if (!isRunning() || isStale()) break;
        await this.process(batch.topic, batch.partition, message, heartbeat);
        resolveOffset(message.offset);
        await heartbeat();
      }
    }
    await commitOffsetsIfNecessary();
  }

  /** A message's event if this consumer handles it and can read it; 'skip' when it is not its business; undefined when unreadable. */
  private readable(message: KafkaMessage): EventEnvelope | 'skip' | undefined {
    try {
      const raw = JSON.parse(String(message.value)) as { type?: unknown } | null;
      if (this.opts.handles && typeof raw?.type === 'string' && !this.opts.handles.includes(raw.type)) return 'skip';
      return this.opts.catalog.read(raw);
    } catch {
      return undefined;
    }
  }

  private async process(topic: string, partition: number, message: KafkaMessage, heartbeat: () => Promise<void>): Promise<void> {
    const fromRetry = topic === this.retry;
    let raw: unknown;
    let event: EventEnvelope;
    try {
      raw = JSON.parse(String(message.value));
      const type = (raw as { type?: unknown } | null)?.type;
      if (this.opts.handles && typeof type === 'string' && !this.opts.handles.includes(type)) {
        this.stats.skipped++; // not this consumer's business, whether or not its contract is known here
        return;
      }
      event = this.opts.catalog.read(raw);
    } catch (error) {
      const reason = error instanceof ContractError || error instanceof SyntaxError ? 'unreadable' : 'failed';
      await this.deadLetter(topic, partition, message, reason, error, 1);
      // An event of a stream that cannot be read here (e.g. a newer schema) parks its stream like a
      // failure does: its later events must not be applied before it, or it would be a duplicate on re-drive.
      const position = streamPositionOf(raw);
      if (position) await this.park(position);
      return;
    }
    const parked = this.parkedStreams.get(event.streamId);
    if (parked && !fromRetry) {
      await this.deadLetter(
        topic,
        partition,
        message,
        'parked',
        new Error(`stream ${event.streamId} is parked behind event ${parked.eventId}`),
        0,
      );
      await this.updateParked(event, parked);
      return;
    }
    let lastError: unknown;
    for (let attempt = 1; attempt <= this.opts.maxAttempts; attempt++) {
      try {
        if ((await this.opts.handle(event)) === 'duplicate') this.stats.redelivered++;
        else this.stats.applied++;
        if (parked && fromRetry && event.streamVersion >= parked.lastParkedVersion) await this.unpark(event.streamId);
        return;
      } catch (error) {
        lastError = error;
        if (attempt < this.opts.maxAttempts) {
          await sleep(this.opts.retryBackoffMs * 2 ** (attempt - 1));
          await heartbeat();
        }
      }
    }
    await this.deadLetter(topic, partition, message, 'failed', lastError, this.opts.maxAttempts);
    await this.park(event);
  }

  private async deadLetter(
    topic: string,
    partition: number,
    message: KafkaMessage,
    reason: string,
    error: unknown,
    attempts: number,
  ): Promise<void> {
    const original = (message.headers ?? {}) as IHeaders;
    const dlqTopic = topic === this.retry ? undefined : topic;
    const headers: IHeaders = {
      ...original,
      [DLQ_HEADERS.reason]: reason,
      [DLQ_HEADERS.error]: (error instanceof Error ? error.message : String(error)).slice(0, 2000),
      [DLQ_HEADERS.handler]: this.opts.handlerName,
      [DLQ_HEADERS.attempts]: String(attempts),
      [DLQ_HEADERS.topic]: dlqTopic ?? String(original[DLQ_HEADERS.topic] ?? topic),
      [DLQ_HEADERS.partition]: String(partition),
      [DLQ_HEADERS.offset]: message.offset,
      [DLQ_HEADERS.at]: new Date().toISOString(),
    };
    // Produced before the offset is resolved: a dead letter is never lost.
    await this.producer.send({ topic: this.dlq, acks: -1, messages: [{ key: message.key, value: message.value, headers }] });
    this.stats.deadLettered++;
    this.opts.logger.warn(`dead-lettered (${reason}) to ${this.dlq}: ${String(headers[DLQ_HEADERS.error])}`, {
      topic,
      partition,
      offset: message.offset,
    });
  }

  private async park(event: StreamPosition): Promise<void> {
    const doc: ParkedStream = {
      _id: `${this.opts.groupId}|${event.streamId}`,
      group: this.opts.groupId,
      streamId: event.streamId,
      eventId: event.eventId,
      lastParkedVersion: event.streamVersion,
      parkedAt: new Date(),
    };
    const existing = this.parkedStreams.get(event.streamId);
    if (existing) return this.updateParked(event, existing);
    await this.parked.replaceOne({ _id: doc._id }, doc, { upsert: true });
    this.parkedStreams.set(event.streamId, doc);
    this.stats.parked++;
  }

  private async updateParked(event: StreamPosition, parked: ParkedStream): Promise<void> {
    if (event.streamVersion <= parked.lastParkedVersion) return;
    parked.lastParkedVersion = event.streamVersion;
    await this.parked.updateOne({ _id: parked._id }, { $set: { lastParkedVersion: event.streamVersion } });
  }

  private async unpark(streamId: string): Promise<void> {
    this.parkedStreams.delete(streamId);
    await this.parked.deleteOne({ _id: `${this.opts.groupId}|${streamId}` });
    this.opts.logger.info(`stream ${streamId} unparked after re-drive`, { group: this.opts.groupId });
  }
}
