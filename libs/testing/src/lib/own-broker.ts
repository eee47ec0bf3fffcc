import { consoleProgress, type KafkaInstance, localKafka } from '@ccpc/infra';

/**
 * A Kafka broker of one suite's own (real, on its own port and data directory), for tests that
 * stop or withhold Kafka without disturbing the other suites' shared broker.
 */
export function ownBroker(suite: string, port: number): KafkaInstance & { begin(): Promise<void> } {
  const broker = localKafka(`test-${suite}`, port);
  return Object.assign(broker, { begin: async () => void (await broker.start(consoleProgress(`${suite}-kafka`))) });
}
