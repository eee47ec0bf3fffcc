export { EventConsumerServer } from './lib/event-consumer.server';
export { EVENT_STORE, type EventSourcingOptions, EventSourcingModule, KAFKA_CLIENT, OUTBOX_RELAY, readModelToken } from './lib/event-sourcing.module';
