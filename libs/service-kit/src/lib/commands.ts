import { createHash } from 'node:crypto';
import {
  applyDecorators,
  BadRequestException,
  type CallHandler,
  createParamDecorator,
  type ExecutionContext,
  HttpCode,
  Injectable,
  type NestInterceptor,
  ParseUUIDPipe,
  Post,
} from '@nestjs/common';
import {
  ApiExtension,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { type Observable, tap } from 'rxjs';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsInt, Max, Min, ValidateIf } from 'class-validator';
import { Allow, type RoleKind } from '@ccpc/auth';
import { type CommandOptions, DomainError } from '@ccpc/eventsourcing';

const IF_MATCH = /^(?:W\/)?"?(\d{1,9})"?$/;
const IDEMPOTENCY_KEY = /^[A-Za-z0-9_.:-]{8,100}$/;

export type { CommandOptions };

export function commandOptions(
  ifMatch: string | undefined,
  idempotencyKey: string | undefined,
  correlationId: string | undefined,
): CommandOptions {
  let expectedVersion: number | undefined;
  if (ifMatch !== undefined) {
    const match = IF_MATCH.exec(ifMatch.trim());
    if (!match) throw new DomainError('header.ifMatch', 'If-Match 须为数据版本号（ETag），如 "7"', { field: 'If-Match', status: 400 });
    expectedVersion = Number(match[1]);
  }
  if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
    throw new DomainError('header.idempotencyKey', 'Idempotency-Key 须为 8–100 位字母、数字或 _ . : -', {
      field: 'Idempotency-Key',
      status: 400,
    });
  }
  const correlation = correlationId && /^[A-Za-z0-9_.:-]{1,100}$/.test(correlationId) ? correlationId : undefined;
  return { expectedVersion, idempotencyKey, correlationId: correlation };
}

/** If-Match, Idempotency-Key and X-Correlation-Id of a command, checked. */
export const CommandHeaders = createParamDecorator((_: unknown, ctx: ExecutionContext): CommandOptions => {
  const headers = ctx.switchToHttp().getRequest<{ headers: Record<string, string | undefined> }>().headers;
  return commandOptions(headers['if-match'], headers['idempotency-key'], headers['x-correlation-id']);
});

export const IfMatchHeader = ApiHeader({
  name: 'If-Match',
  required: false,
  description: '当前版本（GET 返回的 ETag）；版本已变化时返回 409',
  schema: { type: 'string', pattern: IF_MATCH.source },
});
export const IdempotencyKeyHeader = ApiHeader({
  name: 'Idempotency-Key',
  required: false,
  description: '重试同一命令时使用相同的键，只执行一次',
  schema: { type: 'string', pattern: IDEMPOTENCY_KEY.source },
});

/** A response's `version` becomes its ETag. */
@Injectable()
export class VersionETag implements NestInterceptor {
  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const response = ctx.switchToHttp().getResponse<{ setHeader(name: string, value: string): void }>();
    return next.handle().pipe(
      tap((body: { version?: number } | undefined) => {
        if (body?.version !== undefined) response.setHeader('ETag', `"${body.version}"`);
      }),
    );
  }
}

/** What a command route needs to know of its command (a context's catalogue entry). */
export interface RoutedCommand {
  readonly path?: string;
  readonly summary: string;
  readonly allow: readonly RoleKind[];
}

/**
 * A command on one aggregate, from the context's catalogue: `POST :id/<path>`, 200 with the
 * result, who may send it, the headers it reads, the name a batch entry gives it (`x-command`) —
 * documented alike on every route.
 */
export function CommandRoute<Name extends string>(catalogue: Readonly<Record<Name, RoutedCommand>>, name: Name): MethodDecorator {
  const command = catalogue[name];
  return applyDecorators(
    Post(`:id/${command.path ?? name}`),
    HttpCode(200),
    Allow(...command.allow),
    ApiOperation({ summary: command.summary }),
    ApiExtension('x-command', name),
    IfMatchHeader,
    IdempotencyKeyHeader,
    ApiOkResponse({ description: '命令结果：新版本号、产生的事件、是否为重试（replayed）；ETag 为新版本', type: CommandResultDto }),
    ApiUnprocessableEntityResponse({ description: '违反业务规则：rule 字段给出规则名' }),
  );
}

/** The answer of every command route: the aggregate's id, its new version, the events, whether it was a retry. */
export class CommandEventDto {
  @ApiProperty({ example: 'ProjectStageAdvanced' }) type!: string;
  @ApiProperty({ type: 'integer' }) streamVersion!: number;
  @ApiProperty({ type: 'object', additionalProperties: true, description: '事件内容（见事件目录）' }) data!: unknown;
}

export class CommandResultDto {
  @ApiProperty({ description: '对象编号' }) id!: string;
  @ApiProperty({ type: 'integer', description: '新版本号（亦为 ETag）' }) version!: number;
  @ApiProperty({ type: [CommandEventDto], description: '本命令产生的事件' }) events!: CommandEventDto[];
  @ApiProperty({ description: '是否为同一幂等键的重试（返回首次结果）' }) replayed!: boolean;
}

/** A path id that must match a pattern (e.g. a month YYYY-MM): 400 naming the field otherwise; `what` says in Chinese what it must be. */
export const patternParam = (field: string, pattern: RegExp, what: string) => ({
  transform(value: unknown): string {
    if (typeof value === 'string' && pattern.test(value)) return value;
    throw new BadRequestException({
      statusCode: 400,
      error: 'Bad Request',
      rule: 'validation.matches',
      field,
      message: `格式不正确：应为${what}`,
    });
  },
});

/** A path id that must be a UUID: 400 naming the field otherwise. */
export const uuidParam = (field = 'id', what = 'an id') =>
  new ParseUUIDPipe({
    exceptionFactory: () =>
      new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        rule: 'validation.isUuid',
        field,
        message: `格式不正确：应为${what}（UUID）`,
      }),
  });

/**
 * The id of an aggregate a command creates, from the caller and its Idempotency-Key: a retry
 * with the same key lands on the same aggregate (a UUID in v4 layout from a hash of both).
 */
export function idFromKey(callerId: string, idempotencyKey: string): string {
  const hex = createHash('sha256').update(`${callerId}|${idempotencyKey}`).digest('hex');
  const variant = ((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The registry project a landed investment-promotion lead becomes: one id per lead, whoever asks and however often. */
export const leadProjectId = (leadId: string): string => idFromKey('investment-promotion', `lead:${leadId}`);

/**
 * An optional field: it may be left out, but when it is sent it is validated — `null` too
 * (class-validator's IsOptional lets `null` through unchecked, which the OpenAPI schema of a
 * non-nullable field forbids). Declare `nullable: true` and use IsOptional where null means something.
 */
export const OptionalField = (): PropertyDecorator => ValidateIf((_object: object, value: unknown) => value !== undefined);

/** A whole number in a query string, within bounds, documented alike. */
const QueryInteger =
  (description: string, fallback: number, maximum: number): PropertyDecorator =>
  (target, key) => {
    ApiPropertyOptional({ description, default: fallback, type: 'integer', minimum: 1, maximum })(target, key);
    OptionalField()(target, key);
    Type(() => Number)(target, key);
    IsInt()(target, key);
    Min(1)(target, key);
    Max(maximum)(target, key);
  };

/**
 * `page` (1–10,000) and `pageSize` (1–500, default 20) of every list. Every page of a list costs
 * the database a pass over all that match (FerretDB sorts and counts in full), so whoever reads a
 * whole list — an office taking a district's projects, the demo loader — asks for few big pages.
 */
export const PageField = (): PropertyDecorator => QueryInteger('页码', 1, 10_000);
export const PageSizeField = (): PropertyDecorator => QueryInteger('每页条数', 20, 500);

/** An optional yes/no of a query (`true` or `false` in the URL). */
export const QueryBoolean =
  (description: string): PropertyDecorator =>
  (target, key) => {
    ApiPropertyOptional({ description, type: 'boolean' })(target, key);
    OptionalField()(target, key);
    Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))(target, key);
    IsBoolean()(target, key);
  };

/** An optional year of the plan (2000–2100) in a query. */
export const YearQueryField =
  (description = '年度'): PropertyDecorator =>
  (target, key) => {
    ApiPropertyOptional({ description, example: 2018, type: 'integer', minimum: 2000, maximum: 2100 })(target, key);
    OptionalField()(target, key);
    Type(() => Number)(target, key);
    IsInt()(target, key);
    Min(2000)(target, key);
    Max(2100)(target, key);
  };
