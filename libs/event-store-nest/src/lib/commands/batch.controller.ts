import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, type Caller, CurrentCaller, ROLE_KINDS } from '@ccpc/auth';
import { CommandHeaders, type CommandOptions } from '@ccpc/service-kit';
import { BATCH_MAX, BatchDto, BatchResponseDto } from './batch.dto';
import { ServiceCommands } from './service-commands';

/** POST /batch of every service that has commands: many of them in one call, for imports and bulk work. */
@ApiTags('batch 批量命令')
@Controller('batch')
export class BatchController {
  constructor(private readonly commands: ServiceCommands) {}

  @Post()
  @HttpCode(200)
  @Allow(...ROLE_KINDS)
  @ApiOperation({
    summary: `批量执行命令（最多 ${BATCH_MAX} 条）`,
    description:
      '每条命令与单独发送时相同：同一请求体校验、同一权限（命令的允许角色与数据范围）、同一业务规则，按各自的幂等键只执行一次；' +
      '同一对象的命令按列表顺序执行。每条命令的结果或错误在 results 的对应位置（status 为单独发送时的 HTTP 状态）。',
  })
  @ApiOkResponse({ type: BatchResponseDto })
  batch(@CurrentCaller() caller: Caller, @Body() body: BatchDto, @CommandHeaders() options: CommandOptions): Promise<BatchResponseDto> {
    return this.commands.batch(caller, body.commands, options.correlationId);
  }
}
