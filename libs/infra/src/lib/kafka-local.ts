import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { setTimeout as sleep } from 'node:timers/promises';
import { assertPortFree, isAlive, portAnswers, readPid, requireTool, runStep, startDaemon, stopDaemon, waitForPort } from './processes';
import type { Progress } from './progress';
import { cacheDir, InfraError, workspaceRoot } from './workspace';

const pomPath = () => join(workspaceRoot(), 'deploy/local/kafka/pom.xml');

/** The one Kafka version of the project: the pom's, which compose and k8s must match. */
export function kafkaVersion(): string {
  const match = /<kafka\.version>([^<]+)<\/kafka\.version>/.exec(readFileSync(pomPath(), 'utf8'));
  if (!match?.[1]) throw new InfraError(`no <kafka.version> in ${pomPath()}`);
  return match[1];
}

/** Resolves the broker's jars from Maven Central once; later runs reuse the cached folder. */
export async function ensureKafkaJars(progress: Progress): Promise<string> {
  const pom = readFileSync(pomPath());
  const hash = createHash('sha256').update(pom).digest('hex').slice(0, 12);
  const libs = join(cacheDir(), 'artifacts', `kafka-${kafkaVersion()}-${hash}`);
  const marker = join(libs, '.complete');
  if (existsSync(marker)) return libs;
  requireTool('java', ['-version'], 'install a Java 17+ runtime (Debian: apt-get install openjdk-17-jre-headless)');
  requireTool('mvn', ['-v'], 'install Apache Maven (Debian: apt-get install maven)');
  progress.step(`resolving Apache Kafka ${kafkaVersion()} jars from Maven Central (first run only)…`);
  await runStep(
    'mvn dependency:copy-dependencies',
    'mvn',
    ['-B', '-q', '-f', pomPath(), 'dependency:copy-dependencies', `-DoutputDirectory=${libs}`, '-DincludeScope=runtime'],
    { cwd: workspaceRoot(), logFile: join(cacheDir(), 'logs', 'kafka-maven.log') },
  );
  const jars = readdirSync(libs).filter((f) => f.endsWith('.jar')).length;
  writeFileSync(marker, new Date().toISOString());
  progress.done(`Kafka ${kafkaVersion()}: ${jars} jars cached`);
  return libs;
}

export interface KafkaInstance {
  readonly name: 'kafka';
  readonly port: number;
  readonly brokers: string;
  readonly pidFile: string;
  readonly logFile: string;
  start(progress: Progress): Promise<{ started: boolean }>;
  stop(): Promise<void>;
  running(): Promise<boolean>;
}

/** A single-node KRaft broker+controller listening on 127.0.0.1:port (controller on port+1). */
export function localKafka(profile: string, port: number): KafkaInstance {
  const home = join(cacheDir(), profile, 'kafka');
  const pidFile = join(home, 'kafka.pid');
  const logFile = join(cacheDir(), profile, 'logs', 'kafka.log');
  const brokers = `127.0.0.1:${port}`;
  const running = async () => isAlive(readPid(pidFile)) && (await portAnswers(port));

  return {
    name: 'kafka',
    port,
    brokers,
    pidFile,
    logFile,
    running,
    async start(progress) {
      if (await running()) return { started: false };
      await stopDaemon(pidFile);
      await assertPortFree(port, 'Kafka', 'LOCAL_KAFKA_PORT');
      await assertPortFree(port + 1, 'Kafka controller', 'LOCAL_KAFKA_PORT');
      const libs = await ensureKafkaJars(progress);
      const dataDir = join(home, 'data');
      const props = join(home, 'server.properties');
      mkdirSync(home, { recursive: true });
      writeFileSync(props, serverProperties(port, dataDir));
      const log4j = join(workspaceRoot(), 'deploy/local/kafka/log4j2.xml');
      const java = ['-cp', `${libs}/*`, `-Dlog4j2.configurationFile=${log4j}`];
      if (!existsSync(join(dataDir, 'meta.properties'))) {
        progress.step('formatting Kafka storage (KRaft)…');
        await runStep(
          'kafka storage format',
          'java',
          [...java, 'kafka.tools.StorageTool', 'format', '--ignore-formatted', `--cluster-id=${kafkaClusterId()}`, '--config', props],
          { cwd: home, logFile: join(cacheDir(), profile, 'logs', 'kafka-format.log') },
        );
      }
      progress.step(`starting Kafka on ${brokers}…`);
      const pid = startDaemon({
        name: 'kafka',
        command: 'java',
        cwd: home,
        logFile,
        pidFile,
        args: ['-Xms256m', '-Xmx768m', '-XX:+UseG1GC', '-Djava.awt.headless=true', ...java, 'kafka.Kafka', props],
      });
      await waitForPort({ name: 'Kafka', port, pid, logFile, timeoutMs: 90_000 });
      await waitForKafka(brokers, 60_000);
      progress.done(`Kafka ready on ${brokers} (pid ${pid}, log ${logFile})`);
      return { started: true };
    },
    stop: async () => {
      await stopDaemon(pidFile, 20_000);
    },
  };
}

/** The broker answers metadata requests (the port alone opens before it can serve them). */
export async function waitForKafka(brokers: string, timeoutMs: number): Promise<void> {
  const kafka = new Kafka({
    clientId: 'ccpc-infra-probe',
    brokers: brokers.split(','),
    logLevel: logLevel.NOTHING,
    connectionTimeout: 1000,
    requestTimeout: 2000,
    retry: { retries: 0 },
  });
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    const admin = kafka.admin();
    try {
      await admin.connect();
      const cluster = await admin.describeCluster();
      if (cluster.brokers.length > 0) return;
    } catch (error) {
      lastError = error;
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
    await sleep(300);
  }
  throw new InfraError(`Kafka at ${brokers} did not serve metadata within ${timeoutMs / 1000}s: ${String(lastError)}`);
}

/** Kafka's Uuid text form; one starting with '-' would read as an option, so it is re-drawn. */
export function kafkaClusterId(): string {
  for (;;) {
    const id = randomBytes(16).toString('base64url');
    if (/^[A-Za-z0-9]/.test(id)) return id;
  }
}

function serverProperties(port: number, dataDir: string): string {
  const controller = port + 1;
  return [
    '# written by libs/infra on every start; edit there, not here',
    'process.roles=broker,controller',
    'node.id=1',
    `controller.quorum.voters=1@127.0.0.1:${controller}`,
    `listeners=PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controller}`,
    `advertised.listeners=PLAINTEXT://127.0.0.1:${port}`,
    'controller.listener.names=CONTROLLER',
    'inter.broker.listener.name=PLAINTEXT',
    'listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
    `log.dirs=${dataDir}`,
    'num.partitions=3',
    'default.replication.factor=1',
    'min.insync.replicas=1',
    'offsets.topic.replication.factor=1',
    'offsets.topic.num.partitions=10',
    'transaction.state.log.replication.factor=1',
    'transaction.state.log.min.isr=1',
    'share.coordinator.state.topic.replication.factor=1',
    'share.coordinator.state.topic.min.isr=1',
    'group.initial.rebalance.delay.ms=0',
    // events are facts: kept forever
    'log.retention.ms=-1',
    'auto.create.topics.enable=false',
    'delete.topic.enable=true',
    '',
  ].join('\n');
}
