import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '@ccpc/auth';
import {
  ACTIVITY_KIND_LABELS,
  DOCKING_CHANNEL_LABELS,
  ENTERPRISE_CLASS_LABELS,
  LEAD_STAGE_LABELS,
  ORIGIN_REGION_LABELS,
} from '@ccpc/contracts';
import { LEAD_READERS } from '../leads/lead.controller';
import { Responds, type Responses } from '../responses';

const labelled = (labels: Record<string, string>) => Object.entries(labels).map(([code, name]) => ({ code, name }));

/** The service's codes and their Chinese names, for the screens (one source: the contracts). */
@ApiTags('reference 参考数据')
@Controller('reference')
export class ReferenceController {
  @Get('promotion')
  @Allow(...LEAD_READERS)
  @ApiOperation({ summary: '招商对接的参考数据：企业类别、来源地区、对接渠道、线索阶段、活动类别的代码与中文名称' })
  @Responds('PromotionReference')
  promotion(): Responses['PromotionReference'] {
    return {
      classes: labelled(ENTERPRISE_CLASS_LABELS),
      regions: labelled(ORIGIN_REGION_LABELS),
      channels: labelled(DOCKING_CHANNEL_LABELS),
      stages: labelled(LEAD_STAGE_LABELS),
      activityKinds: labelled(ACTIVITY_KIND_LABELS),
    };
  }
}
