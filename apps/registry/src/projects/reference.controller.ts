import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '@ccpc/auth';
import {
  CATEGORIES,
  DEPARTMENTS,
  LOCALITIES,
  PLAN_KIND_LABELS,
  PLAN_KINDS,
  REFERENCE_VERSION,
  RESERVE_LEVEL_LABELS,
  RESERVE_LEVELS,
  SOURCES,
  STAGE_LABELS,
  STAGES,
  THRESHOLDS,
} from '@ccpc/contracts';
import { Responds, type Responses } from '../responses';

@ApiTags('reference 基础数据')
@Controller('reference')
export class ReferenceController {
  @Get()
  @Allow('locality', 'department', 'project-office', 'leader', 'secretary', 'leadership', 'statistics', 'admin')
  @ApiOperation({ summary: '基础数据：县（市）区、市直部门、产业类别、项目来源、阶段（带版本，历史事件按其版本解释）' })
  @Responds('Reference', '只读；代码稳定')
  reference(): Responses['Reference'] {
    return {
      version: REFERENCE_VERSION,
      localities: LOCALITIES,
      departments: DEPARTMENTS,
      categories: CATEGORIES,
      sources: SOURCES,
      stages: STAGES.map((code) => ({ code, name: STAGE_LABELS[code] })),
      planKinds: PLAN_KINDS.map((code) => ({ code, name: PLAN_KIND_LABELS[code] })),
      reserveLevels: RESERVE_LEVELS.map((code) => ({ code, name: RESERVE_LEVEL_LABELS[code] })),
      thresholdsWan: THRESHOLDS,
    };
  }
}
