import { type CustomTransportStrategy, Server } from '@nestjs/microservices';
import type { EventConsumer } from '@ccpc/event-store';

/**
 * Runs an EventConsumer as a Nest microservice (`app.connectMicroservice({ strategy })`), so
 * that Nest starts it with the app and stops it on shutdown. The consumer itself — retries,
 * dead letters, parking — lives in libs/event-store, free of the framework.
 */
export class EventConsumerServer extends Server implements CustomTransportStrategy {
  constructor(private readonly consumer: EventConsumer) {
    super();
  }

  listen(callback: (error?: unknown) => void): void {
    this.consumer.start().then(() => callback(), callback);
  }

  async close(): Promise<void> {
    await this.consumer.stop();
  }

  on(): never {
    throw new Error('EventConsumerServer takes its handlers from the EventConsumer, not from @EventPattern');
  }

  unwrap<T>(): T {
    return this.consumer as T;
  }
}
