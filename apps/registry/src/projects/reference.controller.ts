import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '@ccpc/auth';
import {
  CATEGORIES,
  DEPARTMENTS,
  LOCALITIES,
  PLAN_KIND_LABELS,
  REFERENCE_VERSION,
  RESERVE_LEVEL_LABELS,
  SOURCES,
  STAGE_LABELS,
  THRESHOLDS,
} from '@ccpc/contracts';

@ApiTags('reference 基础数据')
@Controller('reference')
export class ReferenceController {
  @Get()
  @Allow('locality', 'department', 'project-office', 'leader', 'secretary', 'leadership', 'statistics', 'admin')
  @ApiOperation({ summary: '基础数据：县（市）区、市直部门、产业类别、项目来源、阶段（带版本，历史事件按其版本解释）' })
  @ApiOkResponse({ description: '只读；代码稳定' })
  reference() {
    return {
      version: REFERENCE_VERSION,
      localities: LOCALITIES,
      departments: DEPARTMENTS,
      categories: CATEGORIES,
      sources: SOURCES,
      stages: Object.entries(STAGE_LABELS).map(([code, name]) => ({ code, name })),
      planKinds: Object.entries(PLAN_KIND_LABELS).map(([code, name]) => ({ code, name })),
      reserveLevels: Object.entries(RESERVE_LEVEL_LABELS).map(([code, name]) => ({ code, name })),
      thresholdsWan: THRESHOLDS,
    };
  }
}
