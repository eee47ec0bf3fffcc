import { existsSync } from 'node:fs';
import type { Progress } from './progress';
import type { RunningInfra } from './types';
import { kafkaVersion } from './kafka-local';

/** Same major as docker-compose.yml; the replica set gives tests the production topology. */
export const MONGO_IMAGE = 'mongo:7.0';

/** A Docker engine answers (socket or DOCKER_HOST, then a real ping through testcontainers). */
export async function dockerAvailable(timeoutMs = 5000): Promise<boolean> {
  if (!process.env['DOCKER_HOST'] && !existsSync('/var/run/docker.sock')) return false;
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    const client = await Promise.race([
      getContainerRuntimeClient(),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), timeoutMs)),
    ]);
    return !!client;
  } catch {
    return false;
  }
}

/** Kafka (same version as the Maven artifacts, KRaft) and MongoDB (replica set) in containers. */
export async function startDockerInfra(progress: Progress): Promise<RunningInfra> {
  const { GenericContainer, Wait } = await import('testcontainers');
  const { MongoDBContainer } = await import('@testcontainers/mongodb');
  const { createServer } = await import('node:net');
  // Kafka must advertise the host port it is reached on, so the port is chosen before start.
  const hostPort = await new Promise<number>((resolvePort) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
  progress.step(`starting apache/kafka:${kafkaVersion()} and ${MONGO_IMAGE} with testcontainers…`);
  const [kafka, mongo] = await Promise.all([
    new GenericContainer(`apache/kafka:${kafkaVersion()}`)
      .withExposedPorts({ container: 9092, host: hostPort })
      .withEnvironment({
        KAFKA_NODE_ID: '1',
        KAFKA_PROCESS_ROLES: 'broker,controller',
        KAFKA_LISTENERS: 'PLAINTEXT://:9092,CONTROLLER://:9093',
        KAFKA_ADVERTISED_LISTENERS: `PLAINTEXT://127.0.0.1:${hostPort}`,
        KAFKA_CONTROLLER_LISTENER_NAMES: 'CONTROLLER',
        KAFKA_LISTENER_SECURITY_PROTOCOL_MAP: 'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
        KAFKA_CONTROLLER_QUORUM_VOTERS: '1@localhost:9093',
        KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: '1',
        KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR: '1',
        KAFKA_TRANSACTION_STATE_LOG_MIN_ISR: '1',
        KAFKA_SHARE_COORDINATOR_STATE_TOPIC_REPLICATION_FACTOR: '1',
        KAFKA_SHARE_COORDINATOR_STATE_TOPIC_MIN_ISR: '1',
        KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS: '0',
        KAFKA_AUTO_CREATE_TOPICS_ENABLE: 'false',
        KAFKA_LOG_RETENTION_MS: '-1',
      })
      .withWaitStrategy(Wait.forLogMessage(/Kafka Server started/))
      .start(),
    new MongoDBContainer(MONGO_IMAGE).start(),
  ]);
  progress.done('containers ready');
  return {
    kind: 'docker',
    kafkaBrokers: `127.0.0.1:${hostPort}`,
    mongoUri: `${mongo.getConnectionString()}?directConnection=true`,
    stop: async () => {
      await Promise.all([kafka.stop(), mongo.stop()]);
    },
  };
}
