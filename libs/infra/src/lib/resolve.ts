import { dockerAvailable, startDockerInfra } from './docker';
import { startLocalInfra, type LocalProfile } from './local';
import { consoleProgress, type Progress } from './progress';
import type { InfraKind, RunningInfra } from './types';
import { InfraError } from './workspace';

/**
 * Picks the servers, in this order: endpoints given in the environment (KAFKA_BROKERS and
 * MONGODB_URI), then containers when a Docker engine answers, then local provisioning.
 * CCPC_INFRA=given|docker|local forces one.
 */
export async function resolveInfra(profile: LocalProfile, progress: Progress = consoleProgress()): Promise<RunningInfra> {
  const forced = process.env['CCPC_INFRA'] as InfraKind | undefined;
  if (forced && !['given', 'docker', 'local'].includes(forced)) {
    throw new InfraError(`CCPC_INFRA must be given, docker or local, got "${forced}"`);
  }
  const kafkaBrokers = process.env['KAFKA_BROKERS'];
  const mongoUri = process.env['MONGODB_URI'];
  if (forced === 'given' || (!forced && kafkaBrokers && mongoUri)) {
    if (!kafkaBrokers || !mongoUri) {
      throw new InfraError('CCPC_INFRA=given needs both KAFKA_BROKERS and MONGODB_URI');
    }
    progress.done(`using the given servers: Kafka ${kafkaBrokers}, MongoDB ${mongoUri}`);
    return { kind: 'given', kafkaBrokers, mongoUri, stop: async () => undefined };
  }
  if (forced === 'docker' || (!forced && (await dockerAvailable()))) {
    return startDockerInfra(progress);
  }
  return startLocalInfra(profile, progress);
}
