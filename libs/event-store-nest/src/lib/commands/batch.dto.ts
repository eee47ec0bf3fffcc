import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsObject, IsString, Matches, Min, ValidateBy, ValidateNested } from 'class-validator';
import { CommandResultDto, OptionalField } from '@ccpc/service-kit';

/** At most this many commands in one batch call. */
export const BATCH_MAX = 1000;

const COMMAND_NAME = /^[a-z][a-z0-9-]{0,59}$/;
const TARGET_ID = /^[A-Za-z0-9-]{1,100}$/;
const GRANT = /^[a-z-]{2,20}(:[a-z0-9-]{1,60})?$/;

/** An object whose every value is a string (a route's path parameters). */
const StringValues = (): PropertyDecorator =>
  ValidateBy({
    name: 'isStringRecord',
    validator: {
      validate: (value: unknown) => typeof value === 'object' && value !== null && Object.values(value).every((v) => typeof v === 'string'),
      defaultMessage: (args) => `${args?.property ?? 'params'} must be an object of strings`,
    },
  });

export class BatchCommandDto {
  @ApiProperty({ description: '命令名（见各命令路由的 x-command）', example: 'docking', pattern: COMMAND_NAME.source })
  @IsString()
  @Matches(COMMAND_NAME)
  command!: string;

  @ApiPropertyOptional({ description: '对象编号（同单条命令路由中的 :id；创建对象的命令不填）', pattern: TARGET_ID.source })
  @OptionalField()
  @Matches(TARGET_ID)
  id?: string;

  @ApiPropertyOptional({
    description: '路由的其他路径参数，如 { "itemCode": "site-selection" }',
    type: 'object',
    additionalProperties: { type: 'string' },
  })
  @OptionalField()
  @IsObject()
  @StringValues()
  params?: Record<string, string>;

  @ApiPropertyOptional({ description: '本条命令的幂等键（同单条命令的 Idempotency-Key）', pattern: '^[A-Za-z0-9_.:-]{8,100}$' })
  @OptionalField()
  @Matches(/^[A-Za-z0-9_.:-]{8,100}$/)
  idempotencyKey?: string;

  @ApiPropertyOptional({
    description: '以调用者的哪一个身份执行（调用者持有多个身份时，如 "locality:chaoyang"、"project-office"；不填则用命令允许的任一身份）',
    example: 'locality:chaoyang',
    pattern: GRANT.source,
  })
  @OptionalField()
  @Matches(GRANT, { message: "as must be one of the caller's roles, such as locality:chaoyang or project-office" })
  as?: string;

  @ApiPropertyOptional({ description: '期望版本（同 If-Match）', type: 'integer', minimum: 0 })
  @OptionalField()
  @IsInt()
  @Min(0)
  expectedVersion?: number;

  @ApiProperty({ description: '命令内容（同单条命令的请求体）', type: 'object', additionalProperties: true })
  @IsObject()
  body!: Record<string, unknown>;
}

export class BatchDto {
  @ApiProperty({
    type: [BatchCommandDto],
    minItems: 1,
    maxItems: BATCH_MAX,
    description: `命令列表（1–${BATCH_MAX} 条，同一对象的命令按顺序执行）`,
    example: [
      {
        command: 'docking',
        id: '0b5b3c7e-7f0f-4d55-9a57-1f1d2b1c9e21',
        idempotencyKey: 'import-2018-03-0001',
        body: { date: '2018-03-01' },
      },
    ],
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(BATCH_MAX)
  @ValidateNested({ each: true })
  @Type(() => BatchCommandDto)
  commands!: BatchCommandDto[];
}

export class BatchErrorDto {
  @ApiProperty({ type: 'integer' }) statusCode!: number;
  @ApiProperty() error!: string;
  @ApiProperty({ description: '违反的规则' }) rule!: string;
  @ApiPropertyOptional({ description: '出错的字段' }) field?: string;
  @ApiProperty() message!: string;
}

export class BatchSlotDto {
  @ApiProperty({ type: 'integer', description: '命令在列表中的位置（从 0 起）' }) index!: number;
  @ApiProperty({ type: 'integer', description: '该命令单独发送时的 HTTP 状态' }) status!: number;
  @ApiPropertyOptional({ type: CommandResultDto }) result?: CommandResultDto;
  @ApiPropertyOptional({ type: BatchErrorDto }) error?: BatchErrorDto;
}

export class BatchResponseDto {
  @ApiProperty({ type: [BatchSlotDto] }) results!: BatchSlotDto[];
  @ApiProperty({ type: 'integer', description: '新执行的命令数' }) applied!: number;
  @ApiProperty({ type: 'integer', description: '重试（已执行过）的命令数' }) replayed!: number;
  @ApiProperty({ type: 'integer', description: '被拒绝的命令数' }) refused!: number;
}
