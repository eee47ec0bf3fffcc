import { Logger } from '@nestjs/common';
import type { ConsumerStatus, EventConsumer } from '@ccpc/event-store';

/**
 * Starts a consumer and keeps trying while Kafka cannot be reached (a service may well start
 * before the broker), then stops it on shutdown. The one way every service runs its consumers:
 * the module's read models and a custom Nest transport alike.
 */
export class RetryingConsumer {
  private readonly log: Logger;
  private starting?: Promise<void>;
  private closed = false;
  private wake?: () => void;
  /** When the last failed start happened, while it keeps failing; undefined once running. */
  retryingSince?: Date;
  running = false;

  constructor(
    readonly consumer: EventConsumer,
    readonly name: string,
    private readonly retryMs = 5000,
  ) {
    this.log = new Logger(`consumer:${name}`);
  }

  /** For /health: retrying to start (since the first failure), else what the consumer itself reports. */
  status(): ConsumerStatus {
    if (this.retryingSince && !this.running)
      return { state: 'retrying', since: this.retryingSince.toISOString(), lag: {}, redelivered: this.consumer.stats.redelivered };
    return this.consumer.status();
  }

  start(): void {
    this.starting ??= this.startUntilClosed();
  }

  private async startUntilClosed(): Promise<void> {
    while (!this.closed) {
      try {
        await this.consumer.start();
        this.running = true;
        this.retryingSince = undefined;
        this.log.log('consuming');
        return;
      } catch (error) {
        this.retryingSince ??= new Date();
        this.log.warn(`did not start (${(error as Error).message}); retrying in ${this.retryMs} ms`);
        await this.consumer.stop().catch(() => undefined);
        await new Promise<void>((resolveWait) => {
          const timer = setTimeout(resolveWait, this.retryMs);
          this.wake = () => {
            clearTimeout(timer);
            resolveWait();
          };
        });
      }
    }
  }

  async stop(): Promise<void> {
    this.closed = true;
    this.wake?.();
    await this.starting;
    await this.consumer.stop().catch(() => undefined);
    this.running = false;
  }
}
