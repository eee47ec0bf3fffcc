import { localFerretDb, type MongoInstance } from './ferretdb-local';
import { localKafka, type KafkaInstance } from './kafka-local';
import { consoleProgress, type Progress } from './progress';
import type { RunningInfra } from './types';

export type LocalProfile = 'dev' | 'test';

const defaultPorts: Record<LocalProfile, { kafka: number; mongo: number }> = {
  dev: { kafka: 9092, mongo: 27017 },
  test: { kafka: 19092, mongo: 27117 },
};

function portFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65534) {
    throw new Error(`${name} must be a port number between 1 and 65534, got "${raw}"`);
  }
  return port;
}

/** The two local servers of a profile: `dev` for `npm start`, `test` for the test suites. */
export function localServers(profile: LocalProfile): { kafka: KafkaInstance; mongo: MongoInstance } {
  const ports = defaultPorts[profile];
  const kafkaPort = portFromEnv(profile === 'dev' ? 'LOCAL_KAFKA_PORT' : 'TEST_KAFKA_PORT', ports.kafka);
  const mongoPort = portFromEnv(profile === 'dev' ? 'LOCAL_MONGO_PORT' : 'TEST_MONGO_PORT', ports.mongo);
  return { kafka: localKafka(profile, kafkaPort), mongo: localFerretDb(profile, mongoPort) };
}

/**
 * Starts Kafka and FerretDB from the package registries' artifacts (no Docker), or reuses the
 * ones already running for this profile. `stop()` stops only what this call started.
 */
export async function startLocalInfra(profile: LocalProfile, progress: Progress = consoleProgress()): Promise<RunningInfra> {
  const { kafka, mongo } = localServers(profile);
  // Build/resolve both in parallel: Maven and Go are independent and each is mostly I/O.
  const [kafkaStart, mongoStart] = await Promise.all([kafka.start(progress), mongo.start(progress)]);
  return {
    kind: 'local',
    kafkaBrokers: kafka.brokers,
    mongoUri: mongo.uri,
    stop: async () => {
      await Promise.all([kafkaStart.started ? kafka.stop() : undefined, mongoStart.started ? mongo.stop() : undefined]);
    },
  };
}

export async function stopLocalInfra(profile: LocalProfile): Promise<void> {
  const { kafka, mongo } = localServers(profile);
  await Promise.all([kafka.stop(), mongo.stop()]);
}
