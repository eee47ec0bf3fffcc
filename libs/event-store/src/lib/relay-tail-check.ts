import type { Kafka } from 'kafkajs';
import type { Outbox } from './outbox';
import { eventIdsOnTopic } from './topic-tail';

export interface TailCheckLogger {
  info(message: string, extra?: object): void;
  warn(message: string, extra?: object): void;
}

/**
 * What a relay that cannot vouch for the past asks Kafka before sending (after its start, a
 * lease taken over, a failed send): the topic's tail since the oldest pending marker, so that
 * the outbox leaves out every pending commit Kafka already holds.
 */
export class RelayTailCheck {
  /** How often Kafka was asked. */
  checks = 0;
  private failures = 0;

  constructor(
    private readonly kafka: Kafka,
    private readonly topic: string,
    private readonly outbox: Outbox,
    /** All a relay can have sent and not marked: two rounds plus a batch per partition. */
    private readonly maxPerPartition: number,
    private readonly logger: TailCheckLogger,
  ) {}

  /**
   * Events found on Kafka of the pending ones' time (0: none, the round read stands; -1: unknown,
   * read it again). Throws while the tail cannot be read, up to three times in a row; then the
   * relay sends rather than stalls (events Kafka already holds may go out twice; consumers absorb them).
   */
  async run(oldestMarker: Date | undefined): Promise<number> {
    try {
      let timer: NodeJS.Timeout | undefined;
      const found = await Promise.race([
        this.learn(oldestMarker),
        new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('no answer within 30 s')), 30_000))),
      ]).finally(() => clearTimeout(timer));
      this.failures = 0;
      return found;
    } catch (error) {
      if (++this.failures < 3) throw error;
      this.failures = 0;
      this.logger.warn(
        `outbox relay: could not read the topic's tail three times (${(error as Error).message}); sending without the check`,
        {
          topic: this.topic,
        },
      );
      return -1;
    }
  }

  /** Everything pending that Kafka already holds counts as acknowledged: the next rounds leave it out. */
  private async learn(oldestMarker: Date | undefined): Promise<number> {
    const since = new Date((oldestMarker ?? new Date()).getTime() - 60_000); // clock skew between this host and the broker
    const asked = Date.now();
    const found = await eventIdsOnTopic(this.kafka, this.topic, { since, maxPerPartition: this.maxPerPartition });
    this.checks++;
    this.logger.info(`outbox relay: read Kafka's tail (${found.size} events) in ${Date.now() - asked} ms`, { topic: this.topic });
    this.outbox.noteOnKafka(found);
    return found.size;
  }
}
