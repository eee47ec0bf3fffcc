export { type Clock, ConcurrencyError, type Decider, DomainError, fold } from './lib/decider';
export { defineProjection, type ProjectionDefinition } from './lib/projection';
export { deciderSpec } from './lib/specification';
