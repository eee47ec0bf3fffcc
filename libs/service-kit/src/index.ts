export { bootstrapService, createServiceApp, serviceConfig, type ServiceDefinition } from './lib/bootstrap';
export { ConfigError, loadConfig, ServiceConfig } from './lib/config';
export { createKafka, KAFKA_CLIENT_RETRY, pinoLogCreator } from './lib/kafka-client';
export { databaseName, ServiceKitModule } from './lib/service-kit.module';
export { TimeoutError, withTimeout } from './lib/timeout';
export { SERVICE_CONFIG, SERVICE_DESCRIPTOR } from './lib/tokens';
export { type ErrorBody, errorBodyOf, HttpErrorFilter, validationError } from './lib/http-errors';
export {
  CommandHeaders,
  type CommandOptions,
  commandOptions,
  CommandEventDto,
  CommandResultDto,
  CommandRoute,
  type RoutedCommand,
  idFromKey,
  leadProjectId,
  IdempotencyKeyHeader,
  IfMatchHeader,
  OptionalField,
  PageField,
  PageSizeField,
  patternParam,
  QueryBoolean,
  uuidParam,
  VersionETag,
  YearQueryField,
} from './lib/commands';
export { BUSINESS_DAY, DateField, MAX_WAN, TextField, WanField } from './lib/fields';
export { OPENAPI_AMENDMENTS, type OpenApiAmendment } from './lib/openapi';
export { ConsumerWatch, type WatchedConsumer } from './lib/health/consumers.health';
export { type Labelled, type Page, paginate, responsesOf } from './lib/responses';
