export { dockerAvailable, MONGO_IMAGE, startDockerInfra } from './lib/docker';
export { ensureFerretBinary, localFerretDb, waitForMongo, type MongoInstance } from './lib/ferretdb-local';
export { ensureKafkaJars, kafkaVersion, localKafka, waitForKafka, type KafkaInstance } from './lib/kafka-local';
export { localServers, startLocalInfra, stopLocalInfra, type LocalProfile } from './lib/local';
export { isAlive, portAnswers, portIsFree, readPid, stopPid } from './lib/processes';
export { consoleProgress, silentProgress, type Progress } from './lib/progress';
export { resolveInfra } from './lib/resolve';
export type { InfraEndpoints, InfraKind, RunningInfra } from './lib/types';
export { cacheDir, InfraError, workspaceRoot } from './lib/workspace';
