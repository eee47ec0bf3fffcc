import { type BeforeApplicationShutdown, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';

/** Says in the log when a signal starts the drain and when the service has let go of everything. */
@Injectable()
export class ShutdownReporter implements BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger('Shutdown');

  beforeApplicationShutdown(signal?: string): void {
    this.logger.log(`${signal ?? 'close'} received: no new requests; draining, then closing MongoDB and Kafka clients`);
  }

  onApplicationShutdown(signal?: string): void {
    this.logger.log(`${signal ?? 'close'}: shutdown complete`);
  }
}
