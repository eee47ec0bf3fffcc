import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import type { Kafka } from 'kafkajs';
import type { ServiceConfig } from '../config';
import { createKafka } from '../kafka-client';
import { withTimeout } from '../timeout';
import { SERVICE_CONFIG } from '../tokens';

/**
 * Kafka is reachable when a broker answers a metadata request. Each check opens its own
 * short-lived admin connection, so a broker that went away and came back is seen at once.
 */
@Injectable()
export class KafkaHealthIndicator {
  private readonly kafka: Kafka;

  constructor(
    @Inject(SERVICE_CONFIG) config: ServiceConfig,
    private readonly indicators: HealthIndicatorService,
  ) {
    this.kafka = createKafka({
      clientId: 'health-probe',
      brokers: config.KAFKA_BROKERS,
      overrides: { connectionTimeout: 1000, requestTimeout: 1500, retry: { retries: 0 } },
    });
  }

  async isHealthy(key: string, timeoutMs = 2500) {
    const check = this.indicators.check(key);
    const admin = this.kafka.admin();
    try {
      const cluster = await withTimeout(
        admin.connect().then(() => admin.describeCluster()),
        timeoutMs,
        'Kafka metadata request',
      );
      return check.up({ brokers: cluster.brokers.length });
    } catch (error) {
      return check.down({ message: error instanceof Error ? error.message : String(error) });
    } finally {
      void admin.disconnect().catch(() => undefined);
    }
  }
}
