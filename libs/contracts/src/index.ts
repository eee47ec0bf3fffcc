export { actorSchema, envelopeSchema, type Actor, type DomainEvent, type EnvelopeOf, type EventEnvelope } from './lib/envelope';
export { ContractError, EventCatalog } from './lib/event-catalog';
export { defineEvent, type EventData, type EventDefinition, type EventOf, unhandledEvent, type Upcaster } from './lib/event-definition';
export { isServiceName, SERVICE_NAMES, SERVICES, type ServiceDescriptor, type ServiceName } from './lib/services';
export { deadLetterTopic, retryTopic, topicName } from './lib/topics';
export { asyncApiDocument } from './lib/asyncapi';
export { ALL_EVENT_DEFINITIONS, eventLabel } from './lib/events';
export * as RegistryEvents from './lib/events/registry';
export * from './lib/reference/reference-data';
export * from './lib/reference/approval-items';
export { eventCatalogueMarkdown } from './lib/catalogue';
export {
  type AnnualPlanEntry,
  type Assignment,
  evolveProjectRecord,
  planFor,
  type ProjectRecord,
  projectScope,
  resumptionIn,
} from './lib/events/project-record';
export { isRegistryEvent, REGISTRY_EVENT_TYPES, REGISTRY_EVENTS, type RegistryEvent, type RegistryEventType } from './lib/events/registry';
export { projectStreams, streamIds, type StreamIds } from './lib/streams';
export { CITY_UTC_OFFSET_HOURS, cityDate, endOfCityDay } from './lib/reference/city-time';
export * as AssessmentEvents from './lib/events/assessment';
export {
  ASSESSMENT_EVENT_TYPES,
  ASSESSMENT_EVENTS,
  type AssessmentEvent,
  fixedAssetInvestmentStreams,
  isAssessmentEvent,
} from './lib/events/assessment';
export * as ApprovalEvents from './lib/events/approval';
export {
  APPROVAL_CASE_EVENT_TYPES,
  APPROVAL_CASE_EVENTS,
  APPROVAL_ROUND_EVENTS,
  APPROVAL_EVENT_TYPES,
  APPROVAL_ROUND_EVENT_TYPES,
  type ApprovalCaseEvent,
  approvalCaseStreams,
  type ApprovalEvent,
  type ApprovalRoundEvent,
  approvalRoundStreams,
  isApprovalCaseEvent,
  isApprovalEvent,
  isApprovalRoundEvent,
} from './lib/events/approval';
export { hasChinese, REFUSALS, type RefusalRule, refusalText } from './lib/refusals';
export * from './lib/events/issue';
export * from './lib/events/meeting';
export { byDeadline, type TodoEntry } from './lib/todo';
export * from './lib/events/lead';
export * as LeadEvents from './lib/events/lead';
export * from './lib/events/activity';
export * from './lib/reference/promotion';
export * from './lib/promotion-compliance';
