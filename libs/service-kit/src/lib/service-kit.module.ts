import { type DynamicModule, Global, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { TerminusModule } from '@nestjs/terminus';
import { LoggerModule } from 'nestjs-pino';
import { AuthModule } from '@ccpc/auth';
import type { ServiceDescriptor } from '@ccpc/contracts';
import type { ServiceConfig } from './config';
import { ConsumersHealthIndicator, ConsumerWatch } from './health/consumers.health';
import { HealthController } from './health/health.controller';
import { KafkaHealthIndicator } from './health/kafka.health';
import { MongoHealthIndicator } from './health/mongo.health';
import { loggingParams } from './logging';
import { ShutdownReporter } from './shutdown';
import { SERVICE_CONFIG, SERVICE_DESCRIPTOR } from './tokens';

export function databaseName(service: ServiceDescriptor, config: ServiceConfig): string {
  return config.MONGODB_DB ?? `ccpc_${service.name.replace(/-/g, '_')}`;
}

/** What every service has: config, JSON logs, its own database, health checks. */
@Global()
@Module({})
export class ServiceKitModule {
  static forRoot(service: ServiceDescriptor, config: ServiceConfig): DynamicModule {
    return {
      module: ServiceKitModule,
      imports: [
        LoggerModule.forRoot(loggingParams(service.name, config.LOG_LEVEL)),
        MongooseModule.forRoot(config.MONGODB_URI, {
          dbName: databaseName(service, config),
          serverSelectionTimeoutMS: 5000,
          // An absent optional field stays absent (not null): events keep the shape their contract validated.
          ignoreUndefined: true,
          // Wait ~30 s for the database at start-up, then fail with a clear message.
          retryAttempts: 10,
          retryDelay: 3000,
        }),
        TerminusModule.forRoot({ logger: false, errorLogStyle: 'json' }),
        AuthModule.forRoot({
          jwksUrl: config.AUTH_JWKS_URL,
          publicKeyPem: config.AUTH_PUBLIC_KEY,
          issuer: config.AUTH_ISSUER,
          audience: config.AUTH_AUDIENCE,
          clockToleranceSeconds: config.AUTH_CLOCK_SKEW_SECONDS,
          rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
        }),
      ],
      controllers: [HealthController],
      providers: [
        { provide: SERVICE_CONFIG, useValue: config },
        { provide: SERVICE_DESCRIPTOR, useValue: service },
        KafkaHealthIndicator,
        MongoHealthIndicator,
        ConsumerWatch,
        ConsumersHealthIndicator,
        ShutdownReporter,
      ],
      exports: [SERVICE_CONFIG, SERVICE_DESCRIPTOR, ConsumerWatch],
    };
  }
}
