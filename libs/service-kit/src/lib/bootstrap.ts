import 'reflect-metadata';
import { type DynamicModule, type INestApplication, Module, type Type, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { CustomTransportStrategy } from '@nestjs/microservices';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { json } from 'express';
import helmet from 'helmet';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { completeDocument, methodNotAllowed, OPENAPI_AMENDMENTS, type OpenApiAmendment } from './openapi';
import { Logger } from 'nestjs-pino';
import { createServer } from 'node:net';
import { SERVICES, type ServiceDescriptor, type ServiceName } from '@ccpc/contracts';
import { ConfigError, loadConfig, ServiceConfig } from './config';
import { bodyParserError, HttpErrorFilter, validationError } from './http-errors';
import { inspectBody, verifyBeforeBody } from './request-edge';
import { ServiceKitModule } from './service-kit.module';
import { TOKEN_VERIFIER, type TokenVerifier } from '@ccpc/auth';

export interface ServiceDefinition<C extends ServiceConfig = ServiceConfig> {
  service: ServiceName;
  /** The service's feature modules; the kit (config, logs, database, health) is added around them. */
  imports: (config: C) => Array<Type | DynamicModule>;
  /** Transports the app runs beside HTTP (e.g. Kafka consumers), connected once the app exists. */
  microservices?: (app: INestApplication, config: C) => CustomTransportStrategy[];
  config?: new () => C;
  /** The component schemas of every response body (apps/<service>/src/responses.schema.ts, generated from its `Responses`). */
  responses?: Record<string, object>;
}

/** Reads and validates the environment, with the service's default port. */
export function serviceConfig<C extends ServiceConfig>(def: ServiceDefinition<C>, env = process.env): C {
  const schema = (def.config ?? ServiceConfig) as new () => C;
  const defaults = { PORT: String(SERVICES[def.service].defaultPort) } as Partial<Record<keyof C, string>>;
  return loadConfig(schema, env, defaults);
}

/** The Nest application, fully configured but not listening: main.ts and tests share it. */
export async function createServiceApp<C extends ServiceConfig>(def: ServiceDefinition<C>, config: C): Promise<INestApplication> {
  const descriptor: ServiceDescriptor = SERVICES[def.service];
  class ServiceModule {}
  Module({ imports: [ServiceKitModule.forRoot(descriptor, config), ...def.imports(config)] })(ServiceModule);

  const app = await NestFactory.create<NestExpressApplication>(ServiceModule, { bufferLogs: true, abortOnError: false, bodyParser: false });
  app.useLogger(app.get(Logger));
  hardenHttpEdge(app, config);
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      transform: true,
      // The exception factory reads each field's documented Chinese name off the error's target (and never sends the target).
      validationError: { target: true },
      exceptionFactory: validationError,
    }),
  );
  app.useGlobalFilters(new HttpErrorFilter());
  app.enableShutdownHooks();
  for (const strategy of def.microservices?.(app, config) ?? []) app.connectMicroservice({ strategy }, { inheritAppConfig: true });

  const document = completeDocument(
    SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle(`${descriptor.label} · ${descriptor.name}`)
        .setDescription(`长春市项目建设管理平台 — ${descriptor.label}服务 (${descriptor.name}) API`)
        .setVersion('0.1.0')
        .addBearerAuth()
        .build(),
    ),
    amendmentsOf(app),
    def.responses,
  );
  app.use(methodNotAllowed(document));
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  return app;
}

function amendmentsOf(app: INestApplication): OpenApiAmendment[] {
  try {
    return app.get<OpenApiAmendment[]>(OPENAPI_AMENDMENTS, { strict: false });
  } catch {
    return []; // a service without commands amends nothing
  }
}

/** Security headers, CORS for the dashboard only, JSON bodies only and bounded, no framework banner. */
function hardenHttpEdge(app: NestExpressApplication, config: ServiceConfig): void {
  app.use(
    helmet({
      // Swagger UI (/docs) needs inline styles and data: images; scripts stay same-origin.
      contentSecurityPolicy: { directives: { 'style-src': ["'self'", "'unsafe-inline'"], 'img-src': ["'self'", 'data:'] } },
    }),
  );
  app.enableCors({
    origin: config.CORS_ORIGIN.split(','),
    methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'If-Match'],
    exposedHeaders: ['ETag', 'Location'],
    maxAge: 600,
  });
  // Who before what: a body is read only from an authenticated caller, and only as JSON.
  app.use(verifyBeforeBody(app.get<TokenVerifier>(TOKEN_VERIFIER)));
  // Compressed bodies are refused (415), not inflated: a city's commands are small. A batch of
  // commands (POST /batch, up to a thousand) gets a larger bound of its own.
  app.use('/batch', json({ limit: `${config.BATCH_BODY_LIMIT_KB}kb`, strict: true, inflate: false }));
  app.useBodyParser('json', { limit: `${config.BODY_LIMIT_KB}kb`, strict: true, inflate: false });
  // Right after the parser: its errors become the service's error shape (Nest would keep only the message).
  app.use((error: unknown, _req: unknown, _res: unknown, next: (e?: unknown) => void) => next(bodyParserError(error)));
  app.use(inspectBody);
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolveFree) => {
    const server = createServer();
    server.once('error', () => resolveFree(false));
    server.listen(port, () => server.close(() => resolveFree(true)));
  });
}

/** Prints one line and exits: a person's mistake in configuration deserves no stack trace. */
function fail(service: string, message: string): never {
  process.stderr.write(`${service}: ${message}\n`);
  process.exit(1);
}

/** main.ts of every service: validate config, check the port, build, listen, drain on SIGTERM. */
export async function bootstrapService<C extends ServiceConfig>(def: ServiceDefinition<C>): Promise<void> {
  let config: C;
  try {
    config = serviceConfig(def);
  } catch (error) {
    if (error instanceof ConfigError) fail(def.service, `configuration error: ${error.message}`);
    throw error;
  }
  if (!(await portIsFree(config.PORT))) {
    fail(def.service, `port ${config.PORT} is already in use by another process; stop it or set PORT to another port`);
  }

  let app: INestApplication;
  try {
    app = await createServiceApp(def, config);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    fail(def.service, `cannot start: ${reason.split('\n')[0]} (MONGODB_URI=${redact(config.MONGODB_URI)})`);
  }

  process.once('SIGTERM', () => drainDeadline(def.service, config.SHUTDOWN_TIMEOUT_MS));
  process.once('SIGINT', () => drainDeadline(def.service, config.SHUTDOWN_TIMEOUT_MS));
  try {
    await app.startAllMicroservices();
    await app.listen(config.PORT);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE')
      fail(def.service, `port ${config.PORT} is already in use by another process; stop it or set PORT to another port`);
    throw error;
  }
  app
    .get(Logger)
    .log(`${def.service} (${SERVICES[def.service].label}) listening on port ${config.PORT}; API docs at /docs, health at /health`);
}

/** Nest's shutdown hooks drain HTTP and close Kafka and Mongo; this bounds how long that may take. */
function drainDeadline(service: string, timeoutMs: number): void {
  setTimeout(() => {
    process.stderr.write(`${service}: shutdown took longer than ${timeoutMs} ms; exiting\n`);
    process.exit(1);
  }, timeoutMs).unref();
}

function redact(uri: string): string {
  return uri.replace(/\/\/[^@/]+@/, '//***@');
}
