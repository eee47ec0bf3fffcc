import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { Public } from '@ccpc/auth';
import type { ServiceDescriptor } from '@ccpc/contracts';
import { SERVICE_DESCRIPTOR } from '../tokens';
import { ConsumersHealthIndicator } from './consumers.health';
import { KafkaHealthIndicator } from './kafka.health';
import { MongoHealthIndicator } from './mongo.health';

@ApiTags('health 健康检查')
@Public()
@Controller('health')
export class HealthController {
  private readonly startedAt = Date.now();

  constructor(
    @Inject(SERVICE_DESCRIPTOR) private readonly service: ServiceDescriptor,
    private readonly health: HealthCheckService,
    private readonly kafka: KafkaHealthIndicator,
    private readonly mongo: MongoHealthIndicator,
    private readonly consumers: ConsumersHealthIndicator,
  ) {}

  @Get()
  @HealthCheck()
  @ApiOperation({
    summary:
      'Readiness: 200 when Kafka and MongoDB answer and no consumer has stood still for over a minute, 503 otherwise (就绪检查); details per consumer',
  })
  readiness() {
    return this.health.check([
      () => this.mongo.isHealthy('mongodb'),
      () => this.kafka.isHealthy('kafka'),
      () => this.consumers.isHealthy('consumers'),
      () => this.consumers.relay('outbox'),
    ]);
  }

  @Get('ready')
  @HealthCheck()
  @ApiOperation({ summary: 'Readiness, the same as GET /health (for Kubernetes readinessProbe)' })
  ready() {
    return this.readiness();
  }

  @Get('live')
  @ApiOperation({ summary: 'Liveness: 200 while the process serves HTTP (存活检查)' })
  @ApiOkResponse({ description: 'the process is alive' })
  @ApiServiceUnavailableResponse({ description: 'never: a dead process does not answer' })
  live() {
    return { status: 'ok', service: this.service.name, uptimeSeconds: Math.round((Date.now() - this.startedAt) / 1000) };
  }
}
