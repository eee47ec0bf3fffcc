import { ApiPropertyOptional, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { IsISO8601, Matches } from 'class-validator';
import { BUSINESS_DAY, OptionalField, YearQueryField } from '@ccpc/service-kit';

/** The refusals every view at a point may answer. */
export const AT_A_POINT = ApiUnprocessableEntityResponse({
  description:
    'asOf 晚于今天（query.asOf-future）、knownAt 晚于现在（query.knownAt-future），或对统计类指标下钻/分解（indicator.notProjects）',
});

/** Everyone who reads city views; scoped readers drill only into their own projects. */
export const READERS = ['leadership', 'project-office', 'admin', 'locality', 'department', 'leader', 'secretary', 'statistics'] as const;

/** The point a view is taken at: a business date, a recording instant, a target year. */
export class PointQuery {
  @ApiPropertyOptional({
    description:
      '统计截止的业务日期（YYYY-MM-DD），默认今天，不得晚于今天；例如 2018-06-30 看上半年末的看板。某年度的看板最晚取该年12月31日（已结束年度的"实时"即其最后一天）',
    example: '2018-06-30',
    type: String,
    format: 'date',
    pattern: BUSINESS_DAY.source,
  })
  @OptionalField()
  @Matches(BUSINESS_DAY)
  @IsISO8601({ strict: true })
  asOf?: string;

  @ApiPropertyOptional({
    description: '只计入此时刻之前记录的事件（ISO 时间，不得晚于现在），即"当时看板显示的内容"',
    example: '2018-06-30T23:59:59+08:00',
    type: String,
    format: 'date-time',
  })
  @OptionalField()
  @IsISO8601({ strict: true })
  knownAt?: string;

  @YearQueryField('目标年度，默认 asOf 的年份')
  year?: number;
}
