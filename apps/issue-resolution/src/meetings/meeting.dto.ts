import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsString, Length } from 'class-validator';
import { MEETING_KIND_LABELS, MEETING_KINDS } from '@ccpc/contracts';
import { DateField, OptionalField, PageField, PageSizeField } from '@ccpc/service-kit';
import { OWNER_CODES } from '../issues/issue.dto';

export class HoldMeetingDto {
  @ApiProperty({
    description: `会议类别：${MEETING_KINDS.map((k) => `${k} ${MEETING_KIND_LABELS[k]}`).join('、')}`,
    enum: MEETING_KINDS,
    example: 'joint',
  })
  @IsIn(MEETING_KINDS)
  kind!: (typeof MEETING_KINDS)[number];

  @ApiProperty({ description: '会议名称', example: '2018年5月项目建设联席会议', minLength: 2, maxLength: 100 })
  @IsString()
  @Length(2, 100)
  title!: string;

  @DateField('会议日期', '2018-05-25')
  date!: string;

  @ApiProperty({ description: '主持', example: '市项目建设领导小组办公室', minLength: 1, maxLength: 50 })
  @IsString()
  @Length(1, 50)
  chair!: string;

  @ApiProperty({
    description: '参会单位代码（部门、县区）',
    type: 'array',
    items: { type: 'string', enum: OWNER_CODES },
    maxItems: 60,
    example: ['gtj', 'qikai'],
  })
  @IsArray()
  @ArrayMaxSize(60)
  @IsIn(OWNER_CODES, { each: true })
  attendees!: string[];

  @ApiPropertyOptional({ description: '纪要摘要', minLength: 1, maxLength: 1000 })
  @OptionalField()
  @IsString()
  @Length(1, 1000)
  summary?: string;
}

export class RecordDecisionDto {
  @ApiProperty({ description: '决定事项', example: '汽开区配套道路建设', minLength: 2, maxLength: 200 })
  @IsString()
  @Length(2, 200)
  subject!: string;

  @ApiProperty({
    description: '牵头单位类别：department 市直部门、locality 县（市）区/开发区',
    enum: ['department', 'locality'],
    example: 'department',
  })
  @IsIn(['department', 'locality'])
  ownerKind!: 'department' | 'locality';

  @ApiProperty({ description: '牵头单位代码（与类别一致）', enum: OWNER_CODES, example: 'jw' })
  @IsIn(OWNER_CODES)
  ownerCode!: string;

  @ApiProperty({ description: '措施', example: '6月底前开工建设', minLength: 1, maxLength: 1000 })
  @IsString()
  @Length(1, 1000)
  measures!: string;

  @DateField('完成时限（须晚于会议日期）', '2018-06-30')
  deadline!: string;
}

export class CompleteDecisionDto {
  @DateField('办结日期', '2018-06-28')
  date!: string;

  @ApiProperty({ description: '办结情况', example: '道路已开工', minLength: 1, maxLength: 1000 })
  @IsString()
  @Length(1, 1000)
  note!: string;
}

export class MeetingQueryDto {
  @ApiPropertyOptional({ description: '会议类别', enum: MEETING_KINDS })
  @OptionalField()
  @IsIn(MEETING_KINDS)
  kind?: string;

  @PageField()
  page = 1;

  @PageSizeField()
  pageSize = 20;
}
