import { Kafka, logLevel, type KafkaConfig, type logCreator } from 'kafkajs';
import type { Logger as PinoLogger } from 'pino';

const levels: Record<number, 'error' | 'warn' | 'info' | 'debug'> = {
  [logLevel.ERROR]: 'error',
  [logLevel.WARN]: 'warn',
  [logLevel.INFO]: 'info',
  [logLevel.DEBUG]: 'debug',
};

/** Sends kafkajs's own logs through the service's JSON logger. */
export function pinoLogCreator(logger: PinoLogger): logCreator {
  return () =>
    ({ namespace, level, log }) => {
      const { message, ...extra } = log;
      logger[levels[level] ?? 'info']({ kafkajs: namespace, ...extra }, message);
    };
}

export function createKafka(opts: { clientId: string; brokers: string; logger?: PinoLogger; overrides?: Partial<KafkaConfig> }): Kafka {
  return new Kafka({
    clientId: opts.clientId,
    brokers: opts.brokers.split(','),
    logLevel: opts.logger ? logLevel.WARN : logLevel.NOTHING,
    ...(opts.logger ? { logCreator: pinoLogCreator(opts.logger) } : {}),
    ...opts.overrides,
  });
}
