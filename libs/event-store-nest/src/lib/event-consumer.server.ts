import { Logger } from '@nestjs/common';
import { type CustomTransportStrategy, Server } from '@nestjs/microservices';
import type { EventConsumer } from '@ccpc/event-store';

/**
 * Runs an EventConsumer as a Nest microservice (`app.connectMicroservice({ strategy })`), so
 * that Nest starts it with the app and stops it on shutdown. The consumer itself — retries,
 * dead letters, parking — lives in libs/event-store, free of the framework.
 * The service does not wait for Kafka to start: the consumer keeps trying every few seconds
 * (readiness shows Kafka down meanwhile) and begins where its group left off.
 */
export class EventConsumerServer extends Server implements CustomTransportStrategy {
  private readonly log = new Logger('event-consumer');
  private starting?: Promise<void>;
  private closed = false;

  constructor(
    private readonly consumer: EventConsumer,
    private readonly retryMs = 5000,
  ) {
    super();
  }

  listen(callback: (error?: unknown) => void): void {
    this.starting = this.startUntilClosed();
    callback();
  }

  private async startUntilClosed(): Promise<void> {
    while (!this.closed) {
      try {
        await this.consumer.start();
        return;
      } catch (error) {
        this.log.warn(`consumer did not start (${(error as Error).message}); retrying in ${this.retryMs} ms`);
        await this.consumer.stop().catch(() => undefined);
        await new Promise((r) => setTimeout(r, this.retryMs));
      }
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.starting;
    await this.consumer.stop();
  }

  on(): never {
    throw new Error('EventConsumerServer takes its handlers from the EventConsumer, not from @EventPattern');
  }

  unwrap<T>(): T {
    return this.consumer as T;
  }
}
