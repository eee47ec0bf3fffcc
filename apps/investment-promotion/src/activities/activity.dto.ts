import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { ACTIVITY_KIND_LABELS, ACTIVITY_KINDS, ORIGIN_REGION_LABELS, ORIGIN_REGIONS } from '@ccpc/contracts';
import { DateField, OptionalField, PageField, PageSizeField, TextField, WanField, YearQueryField } from '@ccpc/service-kit';
import { DEPARTMENT_CODES, LOCALITY_CODES, UNIT_CODES } from '../leads/lead.dto';

const doc = (labels: Record<string, string>) =>
  Object.entries(labels)
    .map(([code, label]) => `${code} ${label}`)
    .join('、');

export class PlanActivityDto {
  @ApiProperty({ description: `活动类别：${doc(ACTIVITY_KIND_LABELS)}`, enum: ACTIVITY_KINDS, example: 'locality-trip' })
  @IsIn(ACTIVITY_KINDS)
  kind!: (typeof ACTIVITY_KINDS)[number];

  @TextField('活动名称', '汽开区赴长三角汽车零部件产业招商', { min: 2, max: 100 })
  title!: string;

  @ApiPropertyOptional({ description: '组织的县（市）区、开发区代码（县区招商活动必填）', enum: LOCALITY_CODES, example: 'qikai' })
  @OptionalField()
  @IsIn(LOCALITY_CODES)
  localityCode?: string;

  @ApiPropertyOptional({
    description: '组织（牵头）的市直部门代码（市级领导带队外出招商由市商务局牵头，第二十五条）',
    enum: DEPARTMENT_CODES,
    example: 'swj',
  })
  @OptionalField()
  @IsIn(DEPARTMENT_CODES)
  departmentCode?: string;

  @TextField('带队的市级领导（市级领导带队外出招商必填）', '张副市长', { max: 40, optional: true })
  leaderName?: string;

  @TextField('目的地', '上海、苏州', { max: 100 })
  destination!: string;

  @ApiProperty({ description: `目的地所属地区：${doc(ORIGIN_REGION_LABELS)}`, enum: ORIGIN_REGIONS, example: 'yangtze-delta' })
  @IsIn(ORIGIN_REGIONS)
  regionCode!: (typeof ORIGIN_REGIONS)[number];

  @DateField('计划日期（可提前计划，最远为今天起三个月）', '2018-05-16')
  date!: string;

  @ApiPropertyOptional({
    description: '参加单位代码（市直部门、县区）',
    type: 'array',
    items: { type: 'string', enum: UNIT_CODES },
    maxItems: 60,
    example: ['swj', 'qikai'],
  })
  @OptionalField()
  @IsArray()
  @ArrayMaxSize(60)
  @IsIn(UNIT_CODES, { each: true })
  participants?: string[];
}

export class DealDto {
  @TextField('签约企业', '某汽车零部件有限公司', { min: 2, max: 100 })
  enterprise!: string;

  @WanField('签约金额', 50_000, { minimum: 1 })
  amountWan!: number;

  @ApiPropertyOptional({ description: '对应的招商线索编号（已登记的）', format: 'uuid' })
  @OptionalField()
  @IsUUID()
  leadId?: string;
}

export class RecordResultsDto {
  @DateField('实际开展日期（不得晚于今天）', '2018-05-16')
  date!: string;

  @ApiProperty({ description: '参加的企业、机构数', type: 'integer', minimum: 0, maximum: 100000, example: 42 })
  @IsInt()
  @Min(0)
  @Max(100_000)
  attendance!: number;

  @ApiPropertyOptional({ description: '活动形成的招商线索编号', type: 'array', items: { type: 'string', format: 'uuid' }, maxItems: 200 })
  @OptionalField()
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  leadIds?: string[];

  @ApiPropertyOptional({ description: '现场签约项目', type: [DealDto], maxItems: 200 })
  @OptionalField()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => DealDto)
  deals?: DealDto[];

  @TextField('成效说明', '与12家企业达成合作意向', { max: 1000, optional: true })
  note?: string;
}

export class CancelActivityDto {
  @DateField('取消日期', '2018-05-10')
  date!: string;

  @TextField('取消理由', '行程调整至下月', { min: 2 })
  reason!: string;
}

export class ActivityQueryDto {
  @ApiPropertyOptional({ description: '活动类别', enum: ACTIVITY_KINDS })
  @OptionalField()
  @IsIn(ACTIVITY_KINDS)
  kind?: string;

  @ApiPropertyOptional({ description: '组织的县（市）区/开发区代码', enum: LOCALITY_CODES })
  @OptionalField()
  @IsIn(LOCALITY_CODES)
  localityCode?: string;

  @ApiPropertyOptional({ description: '状态：planned 计划、held 已开展、cancelled 已取消', enum: ['planned', 'held', 'cancelled'] })
  @OptionalField()
  @IsIn(['planned', 'held', 'cancelled'])
  status?: string;

  @PageField()
  page = 1;

  @PageSizeField()
  pageSize = 20;
}

export class ComplianceQueryDto {
  @YearQueryField('年度（缺省为今年）')
  year?: number;
}
