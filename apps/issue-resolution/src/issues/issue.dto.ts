import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, IsUUID, Length, Matches } from 'class-validator';
import { DEPARTMENTS, ISSUE_CATEGORIES, ISSUE_CATEGORY_LABELS, LOCALITIES } from '@ccpc/contracts';
import { ISSUE_STATUS_LABELS, ISSUE_STATUSES } from '@ccpc/issue-resolution-domain';
import { DateField, OptionalField, PageField, PageSizeField, QueryBoolean } from '@ccpc/service-kit';

const CATEGORY_DOC = ISSUE_CATEGORIES.map((c) => `${c} ${ISSUE_CATEGORY_LABELS[c]}`).join('、');
export const OWNER_CODES = [...DEPARTMENTS.map((d) => d.code), ...LOCALITIES.map((l) => l.code)];

const Reason =
  (description: string, example: string): PropertyDecorator =>
  (target, key) => {
    ApiProperty({ description, example, minLength: 1, maxLength: 500 })(target, key);
    IsString()(target, key);
    Length(1, 500)(target, key);
  };
const Text =
  (description: string, example: string): PropertyDecorator =>
  (target, key) => {
    ApiProperty({ description, example, minLength: 1, maxLength: 1000 })(target, key);
    IsString()(target, key);
    Length(1, 1000)(target, key);
  };

class DatedDto {
  @DateField('办理日期（业务日期，不得晚于今天）', '2018-05-14')
  date!: string;
}

export class ReportIssueDto extends DatedDto {
  @ApiProperty({ description: '项目编号（项目储备库）', example: '5b0c0f8e-7c1a-4d7e-9a51-3f2f6f7d1a01', format: 'uuid' })
  @IsUUID()
  projectId!: string;

  @ApiProperty({ description: `问题类别：${CATEGORY_DOC}`, enum: ISSUE_CATEGORIES, example: 'land' })
  @IsIn(ISSUE_CATEGORIES)
  category!: (typeof ISSUE_CATEGORIES)[number];

  @Text('问题描述', '项目用地指标不足，需市级统筹调剂')
  description!: string;
}

export class DistributeIssueDto extends DatedDto {
  @ApiProperty({ description: '责任部门代码', enum: DEPARTMENTS.map((d) => d.code), example: 'gtj' })
  @IsIn(DEPARTMENTS.map((d) => d.code))
  departmentCode!: string;

  @DateField('办结时限（须晚于上报日和分发日）', '2018-05-31')
  deadline!: string;

  @ApiPropertyOptional({ description: '分发说明', example: '请于月底前提出解决方案', minLength: 1, maxLength: 500 })
  @OptionalField()
  @IsString()
  @Length(1, 500)
  note?: string;
}

export class RejectIssueDto extends DatedDto {
  @Reason('不予受理的理由', '与4月已上报问题重复')
  reason!: string;
}

export class AcceptIssueDto extends DatedDto {}

export class NoteProgressDto extends DatedDto {
  @Text('办理进展', '已与省国土厅对接，指标调剂方案报审中')
  note!: string;
}

export class RequestEscalationDto extends DatedDto {
  @Reason('申请升级的理由', '涉及多部门，需市级统筹')
  reason!: string;
}

export class DecideIssueDto extends DatedDto {
  @ApiProperty({ description: '作出决定的会议编号（会议纪要须先登记）', format: 'uuid', example: '9a1c0f8e-7c1a-4d7e-9a51-3f2f6f7d1a02' })
  @IsUUID()
  meetingId!: string;

  @ApiProperty({
    description: '牵头单位类别：department 市直部门、locality 县（市）区/开发区',
    enum: ['department', 'locality'],
    example: 'department',
  })
  @IsIn(['department', 'locality'])
  ownerKind!: 'department' | 'locality';

  @ApiProperty({ description: '牵头单位代码（部门或县区代码，与类别一致）', enum: OWNER_CODES, example: 'gtj' })
  @IsIn(OWNER_CODES)
  ownerCode!: string;

  @Text('解决措施', '由市国土局牵头统筹调剂用地指标')
  measures!: string;

  @DateField('完成时限（须晚于会议日期）', '2018-06-30')
  deadline!: string;
}

export class SuperviseIssueDto extends DatedDto {
  @ApiProperty({ description: '督办通知编号', example: '督办〔2018〕12号', minLength: 1, maxLength: 60 })
  @IsString()
  @Length(1, 60)
  noticeId!: string;

  @Reason('督办要求', '请于6月15日前办结并报送结果')
  note!: string;

  @DateField('督办时限（成为问题的办结时限）', '2018-06-15')
  deadline!: string;
}

export class ResolveIssueDto extends DatedDto {
  @Text('解决情况', '用地指标已调剂到位')
  resolution!: string;
}

export class ConfirmResolutionDto extends DatedDto {}

export class ReopenIssueDto extends DatedDto {
  @Reason('不认可的理由', '指标尚未正式下达')
  reason!: string;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export class IssueQueryDto {
  @ApiPropertyOptional({ description: '县（市）区/开发区代码', enum: LOCALITIES.map((l) => l.code) })
  @OptionalField()
  @IsIn(LOCALITIES.map((l) => l.code))
  localityCode?: string;

  @ApiPropertyOptional({ description: '责任部门代码', enum: DEPARTMENTS.map((d) => d.code) })
  @OptionalField()
  @IsIn(DEPARTMENTS.map((d) => d.code))
  departmentCode?: string;

  @ApiPropertyOptional({ description: '项目编号', format: 'uuid' })
  @OptionalField()
  @IsUUID()
  projectId?: string;

  @ApiPropertyOptional({
    description: `状态：${ISSUE_STATUSES.map((s) => `${s} ${ISSUE_STATUS_LABELS[s]}`).join('、')}`,
    enum: ISSUE_STATUSES,
  })
  @OptionalField()
  @IsIn(ISSUE_STATUSES)
  status?: string;

  @ApiPropertyOptional({ description: '所属月度周期 YYYY-MM', example: '2018-05', pattern: MONTH.source })
  @OptionalField()
  @Matches(MONTH)
  cycle?: string;

  @ApiPropertyOptional({ description: `问题类别：${CATEGORY_DOC}`, enum: ISSUE_CATEGORIES })
  @OptionalField()
  @IsIn(ISSUE_CATEGORIES)
  category?: string;

  @QueryBoolean('只看未关闭的（true）或已关闭的（false）')
  open?: boolean;

  @PageField()
  page = 1;

  @PageSizeField()
  pageSize = 20;
}
