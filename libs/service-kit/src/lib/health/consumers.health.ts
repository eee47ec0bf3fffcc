import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import type { ServiceConfig } from '../config';
import { SERVICE_CONFIG } from '../tokens';

/** What /health needs to know of a consumer (a read model's, a reaction's). */
export interface WatchedConsumer {
  name: string;
  status(): { state: string; since: string; lag: Record<string, number>; redelivered?: number };
}

/** What /health shows of the outbox relay (a service that produces events has one). */
export interface WatchedRelay {
  status(): { state: string; since: string; published: number; confirmedOnKafka: number; tailChecks: number; waitingSince?: string };
}

/** The consumers and the relay of this service, registered by whoever starts them (EventSourcingModule). */
@Injectable()
export class ConsumerWatch {
  private readonly consumers = new Set<WatchedConsumer>();
  relay?: WatchedRelay;

  add(consumer: WatchedConsumer): void {
    this.consumers.add(consumer);
  }

  list(): WatchedConsumer[] {
    return [...this.consumers];
  }
}

/** States in which a consumer is not consuming and will not without help or a broker: not ready at once. */
const NOT_CONSUMING: ReadonlySet<string> = new Set(['crashed', 'retrying', 'stopped']);

/**
 * Each consumer's state in /health's details — running, or what it is doing since when, and
 * its lag per partition — and "down" at once when it is crashed, retrying (no broker) or stopped,
 * or once it has been starting or rebalancing for longer than CONSUMER_STALL_SECONDS (60): a read
 * model that stands still is a service that does not tell the truth.
 */
export function consumerDown(status: { state: string; since: string }, stallMs: number, now: number): boolean {
  if (status.state === 'running') return false;
  return NOT_CONSUMING.has(status.state) || now - Date.parse(status.since) > stallMs;
}

@Injectable()
export class ConsumersHealthIndicator {
  private readonly stallMs: number;

  constructor(
    private readonly watch: ConsumerWatch,
    private readonly indicators: HealthIndicatorService,
    @Inject(SERVICE_CONFIG) config: ServiceConfig,
  ) {
    this.stallMs = config.CONSUMER_STALL_SECONDS * 1000;
  }

  isHealthy(key: string, now = Date.now()) {
    const check = this.indicators.check(key);
    const details = Object.fromEntries(
      this.watch.list().map((c) => {
        const status = c.status();
        return [c.name, { ...status, down: consumerDown(status, this.stallMs, now) }];
      }),
    );
    const down = Object.entries(details).filter(([, d]) => d.down);
    return down.length === 0
      ? check.up(details)
      : check.down({ ...details, message: `not consuming: ${down.map(([n, d]) => `${n} (${d.state} since ${d.since})`).join(', ')}` });
  }

  /**
   * The outbox relay's state and counters (events published, and those found on Kafka already
   * after a crash or an outage and not sent again). Informational: Kafka's own check covers an
   * outage, and a relay on standby (another replica holds the lease) is as it should be.
   */
  relay(key: string) {
    const check = this.indicators.check(key);
    const details: Record<string, string | number> = this.watch.relay?.status() ?? { state: 'none: this service publishes no events' };
    return check.up(details);
  }
}
