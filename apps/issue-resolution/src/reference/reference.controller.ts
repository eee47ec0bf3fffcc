import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '@ccpc/auth';
import { CYCLE_MILESTONE_LABELS, ISSUE_CATEGORY_LABELS, ISSUE_LEVEL_LABELS, MEETING_KIND_LABELS } from '@ccpc/contracts';
import { ISSUE_STATUS_LABELS } from '@ccpc/issue-resolution-domain';
import { READERS } from '../issues/issue.controller';
import { Responds, type Responses } from '../responses';

const labelled = (labels: Record<string, string>) => Object.entries(labels).map(([code, name]) => ({ code, name }));

/** The service's codes and their Chinese names, for the screens (one source: the contracts and the domain). */
@ApiTags('reference 参考数据')
@Controller('reference')
export class ReferenceController {
  @Get('issues')
  @Allow(...READERS)
  @ApiOperation({ summary: '问题解决的参考数据：问题类别、状态、责任层级、会议类别、月度周期节点的代码与中文名称' })
  @Responds('IssueReference')
  issues(): Responses['IssueReference'] {
    return {
      categories: labelled(ISSUE_CATEGORY_LABELS),
      statuses: labelled(ISSUE_STATUS_LABELS),
      levels: labelled(ISSUE_LEVEL_LABELS),
      meetingKinds: labelled(MEETING_KIND_LABELS),
      milestones: labelled(CYCLE_MILESTONE_LABELS),
    };
  }
}
