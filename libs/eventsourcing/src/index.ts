export { checkNotBefore, datedCommand } from './lib/business-dates';
export { type BusinessDates, type CommandOptions, type CommandResult, type DatedField, type EventSummary } from './lib/command';
export { type Clock, ConcurrencyError, type Decider, DomainError, fold } from './lib/decider';
export { defineProjection, foldStream, type ProjectionDefinition } from './lib/projection';
export { deciderSpec } from './lib/specification';
