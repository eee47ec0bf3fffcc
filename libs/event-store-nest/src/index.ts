export { EventConsumerServer } from './event-consumer.server';
