import type { Clock } from '@ccpc/eventsourcing';

export const EVENT_STORE = Symbol('EVENT_STORE');
export const KAFKA_CLIENT = Symbol('KAFKA_CLIENT');
export const OUTBOX_RELAY = Symbol('OUTBOX_RELAY');
/** Where business time comes from, in every service: one token; a test provides its own clock. */
export const CLOCK = Symbol('CLOCK');
/** The catalogue of the events the service reads and writes. */
export const EVENT_CATALOG = Symbol('EVENT_CATALOG');
/** The ProjectionStore of a read model the service keeps. */
export const readModelToken = (name: string): string => `READ_MODEL:${name}`;

export const systemClock: Clock = { now: () => new Date() };
