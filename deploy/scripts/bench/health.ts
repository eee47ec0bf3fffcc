/** What the bench reads of a service's /health: its consumers' states and lags, and whether its relay holds anything back. */

export interface ConsumerHealth {
  state?: string;
  lag?: Record<string, number>;
}

export interface ServiceHealth {
  consumers: Array<[string, ConsumerHealth]>;
  /** When the oldest event still waiting for Kafka was stored (absent: nothing waits, or no relay). */
  relayWaitingSince?: string;
}

export async function healthOf(url: string): Promise<ServiceHealth> {
  const health = (await (await fetch(`${url}/health`)).json()) as {
    details?: { consumers?: Record<string, ConsumerHealth | string>; outbox?: { waitingSince?: string } };
  };
  const consumers = Object.entries(health.details?.consumers ?? {}).filter((c): c is [string, ConsumerHealth] => typeof c[1] === 'object');
  return { consumers, relayWaitingSince: health.details?.outbox?.waitingSince };
}

/** Every consumer running and level with its topics (one that has seen nothing new reports no lag). */
export const consumersLevel = (health: ServiceHealth): boolean =>
  health.consumers.every(([, c]) => c.state === 'running' && Object.values(c.lag ?? {}).every((n) => n === 0));

/**
 * Waits until the services have applied everything their peers sent them and publish nothing
 * more: every consumer level and no relay holding events, twice in a row half a second apart
 * (an event between a relay's send and a consumer's fetch shows in neither).
 */
export async function untilQuiet(urls: readonly string[], timeoutMs = 300_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (let calm = 0; calm < 2; await new Promise((r) => setTimeout(r, 500))) {
    if (Date.now() > deadline) throw new Error(`the services did not settle within ${timeoutMs / 1000} s`);
    const all = await Promise.all(urls.map(healthOf));
    calm = all.every((h) => consumersLevel(h) && !h.relayWaitingSince) ? calm + 1 : 0;
  }
}
