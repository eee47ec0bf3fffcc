import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsISO8601, IsString, Length, Matches } from 'class-validator';
import { DEPARTMENTS, LOCALITIES } from '@ccpc/contracts';
import { APPROVAL_ITEMS, ITEM_STATUSES } from '@ccpc/approval-domain';
import { BUSINESS_DAY, OptionalField, PageField, PageSizeField, QueryBoolean } from '@ccpc/service-kit';

/** A business date, 1900–2099, that exists in the calendar. */
/** The business date every context validates (one pattern, libs/service-kit). */
const DAY = BUSINESS_DAY;

class DatedDto {
  @ApiProperty({ description: '办理日期（业务日期）', example: '2018-03-05', type: String, format: 'date', pattern: DAY.source })
  @Matches(DAY)
  @IsISO8601({ strict: true })
  date!: string;
}

class DocumentsDto extends DatedDto {
  @ApiProperty({
    description: '材料清单（每项一个名称）',
    example: ['项目申请报告', '用地红线图'],
    type: 'array',
    items: { type: 'string', minLength: 1, maxLength: 100 },
    minItems: 1,
    maxItems: 50,
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  documents!: string[];
}

export class SubmitItemDto extends DocumentsDto {}
export class ResubmitItemDto extends DocumentsDto {}

export class RequestSupplementsDto extends DocumentsDto {
  @ApiPropertyOptional({ description: '告知说明', example: '请补正用地红线图原件', minLength: 1, maxLength: 500 })
  @OptionalField()
  @IsString()
  @Length(1, 500)
  note?: string;
}

export class ApproveItemDto extends DatedDto {
  @ApiPropertyOptional({ description: '办结意见', example: '同意', minLength: 1, maxLength: 500 })
  @OptionalField()
  @IsString()
  @Length(1, 500)
  note?: string;
}

export class RejectItemDto extends DatedDto {
  @ApiProperty({ description: '不予批准的理由', example: '选址不符合城市总体规划', minLength: 1, maxLength: 500 })
  @IsString()
  @Length(1, 500)
  reasons!: string;
}

export class RecordVisitDto extends DatedDto {
  @ApiProperty({
    description: '到访环节：submission 申报、supplement 补正、collection 领取批文',
    enum: ['submission', 'supplement', 'collection'],
    example: 'submission',
  })
  @IsIn(['submission', 'supplement', 'collection'])
  step!: 'submission' | 'supplement' | 'collection';
}

export class ApprovalCaseQueryDto {
  @ApiPropertyOptional({ description: '县（市）区/开发区代码', enum: LOCALITIES.map((l) => l.code) })
  @OptionalField()
  @IsIn(LOCALITIES.map((l) => l.code))
  localityCode?: string;

  @ApiPropertyOptional({ description: '案件状态：open 办理中、completed 已办结', enum: ['open', 'completed'] })
  @OptionalField()
  @IsIn(['open', 'completed'])
  status?: 'open' | 'completed';

  @ApiPropertyOptional({ description: '搜索：项目名称包含', minLength: 1, maxLength: 50 })
  @OptionalField()
  @IsString()
  @Length(1, 50)
  q?: string;

  @ApiPropertyOptional({ description: '有该部门审批事项的案件', enum: DEPARTMENTS.map((d) => d.code) })
  @OptionalField()
  @IsIn(DEPARTMENTS.map((d) => d.code))
  departmentCode?: string;

  @QueryBoolean('只看有超期事项（今天已过到期日）的案件，或只看没有的')
  overdue?: boolean;

  @PageField()
  page = 1;

  @PageSizeField()
  pageSize = 20;
}

export class InboxQueryDto {
  @ApiPropertyOptional({ description: '只看本人待办（目前唯一取值 me）', enum: ['me'], default: 'me' })
  @OptionalField()
  @IsIn(['me'])
  assignedTo = 'me' as const;

  @ApiPropertyOptional({
    description: '只看到期日不晚于此日的事项',
    example: '2018-03-31',
    type: String,
    format: 'date',
    pattern: DAY.source,
  })
  @OptionalField()
  @Matches(DAY)
  @IsISO8601({ strict: true })
  due?: string;

  @ApiPropertyOptional({ description: '事项状态', enum: ITEM_STATUSES })
  @OptionalField()
  @IsIn(ITEM_STATUSES)
  status?: (typeof ITEM_STATUSES)[number];

  @ApiPropertyOptional({ description: '搜索：项目名称或审批事项名称包含', minLength: 1, maxLength: 50 })
  @OptionalField()
  @IsString()
  @Length(1, 50)
  q?: string;

  @ApiPropertyOptional({ description: '申请人所属县（市）区/开发区', enum: LOCALITIES.map((l) => l.code) })
  @OptionalField()
  @IsIn(LOCALITIES.map((l) => l.code))
  localityCode?: string;

  @ApiPropertyOptional({ description: '审批部门', enum: DEPARTMENTS.map((d) => d.code) })
  @OptionalField()
  @IsIn(DEPARTMENTS.map((d) => d.code))
  departmentCode?: string;

  @ApiPropertyOptional({ description: '审批事项', enum: APPROVAL_ITEMS.map((i) => i.code) })
  @OptionalField()
  @IsIn(APPROVAL_ITEMS.map((i) => i.code))
  itemCode?: string;

  @QueryBoolean('只看超期（今天已过到期日）或只看未超期')
  overdue?: boolean;

  @ApiPropertyOptional({ description: '排序：due 到期日最早在前（默认）；newest 最近申报在前', enum: ['due', 'newest'], default: 'due' })
  @OptionalField()
  @IsIn(['due', 'newest'])
  sort: 'due' | 'newest' = 'due';

  @PageField()
  page = 1;

  @PageSizeField()
  pageSize = 20;
}
