import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { CompressionTypes, type Kafka, type Producer } from 'kafkajs';
import type { CommitDocument } from './commits';
import type { MongoEventStore } from './mongo-event-store';
import { RelayLease } from './relay-lease';
import { type Outbox, outboxOf } from './outbox';
import { withDefaults } from './options';
import { RelayTailCheck, type TailCheckLogger } from './relay-tail-check';
import { ensureTopics, type TopicSettings } from './topics';

export type RelayLogger = TailCheckLogger;

export interface OutboxRelayOptions {
  topic: string;
  /** Events per Kafka request. */
  batchSize?: number;
  /** Events per round: one read of the outbox, then requests of `batchSize`, then one clean-up. */
  roundSize?: number;
  /** How often to look for commits written by other replicas when nothing woke the relay. */
  idlePollMs?: number;
  /** How long a lease lasts without renewal; another replica takes over after it. */
  leaseMs?: number;
  /** Identifies this relay in the lease; defaults to a random id. */
  owner?: string;
  logger?: RelayLogger;
  /** Used to create the topic if it does not exist yet. */
  topicSettings?: TopicSettings;
}

const quietLogger: RelayLogger = { info: () => undefined, warn: () => undefined };

/** What a relay has done, for /health and the bench. */
export interface RelayStatus {
  state: 'running' | 'standby' | 'retrying' | 'stopped';
  since: string;
  /** Events sent to Kafka by this process. */
  published: number;
  /**
   * Events found already on Kafka when the relay asked after a moment it could not vouch for (its
   * start, a failed send, a lease taken over) and therefore not sent again.
   */
  confirmedOnKafka: number;
  /** How often it asked Kafka. */
  tailChecks: number;
  /** When the oldest event still waiting for Kafka was stored, as of the relay's last read (absent: nothing waits). */
  waitingSince?: string;
}

/**
 * Publishes stored events to Kafka in per-stream order (key = stream id) and marks them
 * published only after the broker acknowledged them (acks = all, idempotent producer).
 * Kafka down: commands still succeed and events wait here. One replica relays at a time.
 *
 * Duplicates: a relay killed between Kafka's ack and its clean-up, or a send that failed after
 * the broker wrote it, leaves commits pending that Kafka already has. So a relay that cannot
 * vouch for the past — just started, just took the lease over, just failed a send — first asks
 * Kafka: it reads the topic's tail since the oldest pending marker (at most what two rounds can
 * hold per partition, all that a relay has in flight unmarked) and leaves out every event
 * found there. Only an ack lost *and* its events beyond that tail could still go out twice;
 * consumers absorb that.
 */
export class OutboxRelay {
  private producer: Producer;
  private readonly outbox: Outbox;
  private readonly lease: RelayLease;
  private readonly options: Required<Omit<OutboxRelayOptions, 'logger'>> & { logger: RelayLogger };
  private topicReady = false;
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private woken = false;
  private unsubscribe?: () => void;
  private connected = false;
  /** False until this relay has checked Kafka for what a predecessor or a failed send left there. */
  private vouched = false;
  private state: RelayStatus['state'] = 'stopped';
  private stateSince = new Date();
  private waitingSince?: Date;
  published = 0;
  private readonly tailCheck: RelayTailCheck;

  constructor(
    private readonly store: MongoEventStore,
    private readonly kafka: Kafka,
    options: OutboxRelayOptions,
  ) {
    this.options = withDefaults(
      {
        batchSize: 500,
        roundSize: (options.batchSize ?? 500) * 10,
        idlePollMs: 250,
        leaseMs: 10_000,
        owner: randomUUID(),
        logger: quietLogger,
        topicSettings: { partitions: 3, replicationFactor: 1 },
      },
      options,
    );
    this.outbox = outboxOf(store);
    const { topic, roundSize, batchSize, logger } = this.options;
    this.tailCheck = new RelayTailCheck(kafka, topic, this.outbox, 2 * roundSize + batchSize, logger);
    this.producer = this.newProducer();
    this.lease = new RelayLease(
      store.connection,
      `${store.commits.collectionName}_relay_lease`,
      this.options.topic,
      this.options.owner,
      this.options.leaseMs,
    );
  }

  status(): RelayStatus {
    return {
      state: this.state,
      since: this.stateSince.toISOString(),
      published: this.published,
      confirmedOnKafka: this.outbox.confirmedOnKafka,
      tailChecks: this.tailCheck.checks,
      ...(this.waitingSince ? { waitingSince: this.waitingSince.toISOString() } : {}),
    };
  }

  private enter(state: RelayStatus['state']): void {
    if (state === this.state) return;
    this.state = state;
    this.stateSince = new Date();
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.distrust();
    this.unsubscribe = this.store.onAppended(() => this.poke());
    this.loop = this.run();
  }

  /** Until Kafka is asked again: what this relay knows of Kafka and of the outbox may be out of date. */
  private distrust(): void {
    this.vouched = false;
    this.outbox.forgetRead();
  }

  private newProducer(): Producer {
    return this.kafka.producer({ idempotent: true, maxInFlightRequests: 1, retry: { retries: 3, initialRetryTime: 200 } });
  }

  /** Finishes the round in flight, gives the lease back, disconnects. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.unsubscribe?.();
    this.poke();
    await this.loop;
    this.enter('stopped');
    await this.lease.release();
    if (this.connected) await this.producer.disconnect().catch(() => undefined);
  }

  /** Publishes until nothing is pending (tests and tools); the loop does the same continuously. */
  async drain(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while ((await this.outbox.unpublishedCount()) > 0) {
      if (Date.now() > deadline) throw new Error(`relay did not drain within ${timeoutMs} ms`);
      this.poke();
      await sleep(10);
    }
  }

  /** Creates the topic if needed and connects the producer; the loop does it on first use. */
  async connect(): Promise<void> {
    if (!this.topicReady) {
      await ensureTopics(this.kafka, [this.options.topic], this.options.topicSettings);
      this.topicReady = true;
    }
    if (!this.connected) {
      await this.producer.connect();
      this.connected = true;
    }
  }

  private poke(): void {
    this.woken = true;
    this.wake?.();
  }

  private async idle(ms: number): Promise<void> {
    if (this.woken) {
      this.woken = false;
      return;
    }
    await new Promise<void>((resolveWake) => {
      const timer = setTimeout(resolveWake, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolveWake();
      };
    });
    this.wake = undefined;
    this.woken = false;
  }

  private async run(): Promise<void> {
    let backoff = 200;
    while (this.running) {
      try {
        if (!(await this.holdLease())) {
          this.enter('standby');
          await this.idle(this.options.leaseMs / 3);
          continue;
        }
        const sent = await this.publishRounds();
        this.enter('running');
        backoff = 200;
        if (sent === 0) await this.idle(this.options.idlePollMs);
      } catch (error) {
        this.options.logger.warn(`outbox relay: ${(error as Error).message}; retrying in ${backoff} ms`, { topic: this.options.topic });
        this.enter('retrying');
        // The failed send may have been written: the next round asks Kafka first.
        this.distrust();
        // Start the next attempt from a fresh producer, not only a fresh connection: a broker that
        // restarted may have lost this producer id's sequence numbers and then refuses every send
        // of it as out of order. A new id starts at sequence 0; asking Kafka first (above) keeps
        // what the old one wrote from being sent twice.
        if (this.connected) await this.producer.disconnect().catch(() => undefined);
        this.connected = false;
        this.producer = this.newProducer();
        await this.idle(backoff);
        backoff = Math.min(backoff * 2, 5000);
      }
    }
  }

  private async holdLease(): Promise<boolean> {
    const lease = await this.lease.hold();
    if (lease === 'taken') {
      this.options.logger.info('outbox relay: holding the lease', { topic: this.options.topic });
      this.distrust(); // another replica may have sent rounds it did not get to mark
    }
    return lease !== 'elsewhere';
  }

  /**
   * Publishes round after round while there is work. The next round is read while the current
   * one is being sent, and a round's markers are cleaned up while the next is sent: reads and
   * clean-ups leave out what is in flight. Rounds are sent strictly one after the other, so a
   * stream's order holds across them; a failed send abandons the rounds read after it.
   */
  private async publishRounds(): Promise<number> {
    const keyOf = (commit: CommitDocument) => commit.events[0]?.eventId ?? '';
    const inFlight = new Set<string>();
    let marking: Promise<void> = Promise.resolve();
    let sent = 0;
    let round = await this.outbox.pendingRound(this.options.roundSize);
    this.waitingSince = round.oldestMarker;
    if (!this.vouched && round.commits.length > 0) {
      await this.connect(); // Kafka unreachable: an ordinary failed round, retried
      const found = await this.tailCheck.run(round.oldestMarker);
      const before = this.outbox.confirmedOnKafka;
      // Read again only if Kafka holds events of the time the pending ones were stored (some may be among them).
      if (found !== 0) round = await this.outbox.pendingRound(this.options.roundSize);
      const confirmed = this.outbox.confirmedOnKafka - before;
      if (confirmed > 0)
        this.options.logger.info(`outbox relay: ${confirmed} pending events were on Kafka already; not sending them again`, {
          topic: this.options.topic,
        });
    }
    this.vouched = true;
    try {
      while (round.commits.length > 0) {
        await this.connect();
        for (const commit of round.commits) inFlight.add(keyOf(commit));
        const sending = this.send(round.commits);
        const next = this.outbox.pendingRound(this.options.roundSize, inFlight);
        next.catch(() => undefined); // awaited below unless the send fails first
        const acknowledged = await sending;
        sent += acknowledged;
        this.published += acknowledged; // counted as it goes: /health shows a backlog draining
        this.enter('running');
        this.outbox.noteAcknowledged(round.commits);
        await marking;
        const current = round;
        marking = this.outbox.markPublished(current).then(() => {
          for (const commit of current.commits) inFlight.delete(keyOf(commit));
        });
        marking.catch(() => undefined); // awaited on the next turn or below
        round = await next;
        this.waitingSince = round.oldestMarker;
        if (!this.running || this.lease.due) break;
      }
      if (round.commits.length === 0 && (round.done.length > 0 || round.partial.length > 0)) {
        await marking;
        await this.outbox.markPublished(round); // markers of dead writers
      }
    } finally {
      await marking;
    }
    return sent;
  }

  private async send(commits: readonly CommitDocument[]): Promise<number> {
    const messages = commits.flatMap((commit) =>
      commit.events.map((event) => ({
        key: event.streamId,
        value: JSON.stringify(event),
        headers: { 'event-type': event.type, 'event-id': event.eventId, 'schema-version': String(event.schemaVersion) },
      })),
    );
    // Sequential requests on an idempotent producer keep each stream's order across requests.
    for (let i = 0; i < messages.length; i += this.options.batchSize) {
      await this.producer.send({
        topic: this.options.topic,
        acks: -1,
        compression: CompressionTypes.None,
        messages: messages.slice(i, i + this.options.batchSize),
      });
    }
    return messages.length;
  }
}
