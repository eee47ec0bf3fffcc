import { type CustomTransportStrategy, Server } from '@nestjs/microservices';
import type { EventConsumer } from '@ccpc/event-store';
import { RetryingConsumer } from './retrying-consumer';

/**
 * Runs an EventConsumer as a Nest microservice (`app.connectMicroservice({ strategy })`), for a
 * consumer that is not a read model of EventSourcingModule. It starts like every consumer of
 * the platform (RetryingConsumer: keeps trying while Kafka is away) and stops on shutdown.
 */
export class EventConsumerServer extends Server implements CustomTransportStrategy {
  private readonly runner: RetryingConsumer;

  constructor(consumer: EventConsumer, retryMs = 5000) {
    super();
    this.runner = new RetryingConsumer(consumer, 'microservice', retryMs);
  }

  listen(callback: (error?: unknown) => void): void {
    this.runner.start();
    callback();
  }

  async close(): Promise<void> {
    await this.runner.stop();
  }

  on(): never {
    throw new Error('EventConsumerServer takes its handlers from the EventConsumer, not from @EventPattern');
  }

  unwrap<T>(): T {
    return this.runner.consumer as T;
  }
}
