import { SERVICES, type ServiceName } from './services';

/**
 * A topic's full name: an optional prefix (a deployment or a test suite's namespace) and the
 * producing context's topic. Key = aggregate id; retention unlimited.
 */
export function topicName(service: ServiceName, prefix = ''): string {
  const topic = SERVICES[service].topic;
  if (!topic) throw new Error(`${service} produces no events`);
  return `${prefix}${topic}`;
}

/** Dead letters of one consumer group. */
export function deadLetterTopic(consumerGroup: string, prefix = ''): string {
  return `${prefix}${consumerGroup}.dlq`;
}

/** Dead letters re-driven for one consumer group: only that group reads it. */
export function retryTopic(consumerGroup: string, prefix = ''): string {
  return `${prefix}${consumerGroup}.retry`;
}
