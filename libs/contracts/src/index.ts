export { isServiceName, SERVICE_NAMES, SERVICES, type ServiceDescriptor, type ServiceName } from './lib/services';
export { deadLetterTopic, topicName } from './lib/topics';
