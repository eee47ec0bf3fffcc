import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, Matches } from 'class-validator';
import {
  CATEGORIES,
  CREDIT_CODE,
  DEPARTMENTS,
  DOCKING_CHANNEL_LABELS,
  DOCKING_CHANNELS,
  ENTERPRISE_CLASS_LABELS,
  ENTERPRISE_CLASSES,
  LEAD_STAGE_LABELS,
  LEAD_STAGES,
  LOCALITIES,
  ORIGIN_REGION_LABELS,
  ORIGIN_REGIONS,
} from '@ccpc/contracts';
import { DateField, OptionalField, PageField, PageSizeField, TextField, WanField } from '@ccpc/service-kit';

const doc = (labels: Record<string, string>) =>
  Object.entries(labels)
    .map(([code, label]) => `${code} ${label}`)
    .join('、');
export const LOCALITY_CODES = LOCALITIES.map((l) => l.code);
export const DEPARTMENT_CODES = DEPARTMENTS.map((d) => d.code);
export const CATEGORY_CODES = CATEGORIES.map((c) => c.code);
export const UNIT_CODES = [...LOCALITY_CODES, ...DEPARTMENT_CODES];

class DatedDto {
  @DateField('日期（业务日期，不得晚于今天，不得早于线索登记日）', '2018-05-14')
  date!: string;
}

export class IdentifyLeadDto extends DatedDto {
  @TextField('目标企业名称（全称）', '中国第一汽车集团有限公司', { min: 2, max: 100 })
  enterpriseName!: string;

  @ApiPropertyOptional({
    description: '统一社会信用代码（18位，末位为校验码，GB 32100-2015；不知道时不填）',
    example: '91440300708461136T',
    pattern: CREDIT_CODE.source,
  })
  @OptionalField()
  @Matches(CREDIT_CODE)
  creditCode?: string;

  @ApiProperty({ description: `企业类别（第十六条）：${doc(ENTERPRISE_CLASS_LABELS)}`, enum: ENTERPRISE_CLASSES, example: 'global-500' })
  @IsIn(ENTERPRISE_CLASSES)
  classCode!: (typeof ENTERPRISE_CLASSES)[number];

  @ApiProperty({ description: `来源地区（第十七、十八条）：${doc(ORIGIN_REGION_LABELS)}`, enum: ORIGIN_REGIONS, example: 'yangtze-delta' })
  @IsIn(ORIGIN_REGIONS)
  regionCode!: (typeof ORIGIN_REGIONS)[number];

  @ApiProperty({
    description: `对接渠道（第十五至二十条）：${doc(DOCKING_CHANNEL_LABELS)}`,
    enum: DOCKING_CHANNELS,
    example: 'key-enterprise',
  })
  @IsIn(DOCKING_CHANNELS)
  channelCode!: (typeof DOCKING_CHANNELS)[number];

  @ApiProperty({ description: '所补的产业链（项目储备库的行业类别代码，见 GET /reference）', enum: CATEGORY_CODES, example: 'nev' })
  @IsIn(CATEGORY_CODES)
  categoryCode!: string;

  @TextField('产业链环节（所补的节点，如"动力电池"）', '动力电池', { max: 40 })
  chainNode!: string;

  @WanField('意向投资额', 300_000)
  intendedInvestmentWan!: number;

  @ApiProperty({ description: '所属县（市）区、开发区代码', enum: LOCALITY_CODES, example: 'qikai' })
  @IsIn(LOCALITY_CODES)
  localityCode!: string;

  @ApiPropertyOptional({
    description: '跟进的行业主管部门代码（如 swj 市商务局）；部门登记的线索必填本部门',
    enum: DEPARTMENT_CODES,
    example: 'swj',
  })
  @OptionalField()
  @IsIn(DEPARTMENT_CODES)
  departmentCode?: string;

  @TextField('跟进人（姓名）', '王强', { max: 40 })
  officer!: string;
}

export class FollowUpDto extends DatedDto {
  @TextField('跟进情况（拜访、洽谈、考察、来访及结果）', '赴上海拜访企业投资部，对方有意考察汽开区', { max: 1000 })
  note!: string;
}

export class AdvanceLeadDto extends DatedDto {
  @ApiProperty({
    description: '推进到的阶段：contacted 已接触（自"已发现"）、negotiating 洽谈中（自"已接触"）',
    enum: ['contacted', 'negotiating'],
    example: 'contacted',
  })
  @IsIn(['contacted', 'negotiating'])
  to!: 'contacted' | 'negotiating';
}

export class SignLeadDto extends DatedDto {
  @WanField('合同（协议）投资额', 250_000, { minimum: 1 })
  contractAmountWan!: number;
}

export class LandLeadDto extends DatedDto {
  @TextField('落地项目名称（登记到项目储备库）', '一汽动力电池配套产业园', { min: 2, max: 100 })
  projectName!: string;

  @ApiPropertyOptional({ description: '项目的行业主管部门代码（缺省为跟进部门）', enum: DEPARTMENT_CODES, example: 'gxj' })
  @OptionalField()
  @IsIn(DEPARTMENT_CODES)
  departmentCode?: string;

  @WanField('项目总投资（缺省为合同投资额）', 250_000, { optional: true, minimum: 1 })
  totalInvestmentWan?: number;

  @ApiPropertyOptional({ description: '选址在开发区内（须先完成"五通一平"方可落位，第二十三条；缺省按所属地区判断）', example: true })
  @OptionalField()
  @IsBoolean()
  siteInDevelopmentZone?: boolean;
}

export class LoseLeadDto extends DatedDto {
  @TextField('终止理由', '企业投资计划调整，落户沈阳', { min: 2 })
  reason!: string;
}

export class LeadQueryDto {
  @ApiPropertyOptional({ description: '县（市）区/开发区代码', enum: LOCALITY_CODES })
  @OptionalField()
  @IsIn(LOCALITY_CODES)
  localityCode?: string;

  @ApiPropertyOptional({ description: `阶段：${doc(LEAD_STAGE_LABELS)}`, enum: LEAD_STAGES })
  @OptionalField()
  @IsIn(LEAD_STAGES)
  stage?: string;

  @ApiPropertyOptional({ description: '产业链（行业类别代码）', enum: CATEGORY_CODES })
  @OptionalField()
  @IsIn(CATEGORY_CODES)
  categoryCode?: string;

  @ApiPropertyOptional({ description: '企业类别', enum: ENTERPRISE_CLASSES })
  @OptionalField()
  @IsIn(ENTERPRISE_CLASSES)
  classCode?: string;

  @ApiPropertyOptional({ description: '来源地区', enum: ORIGIN_REGIONS })
  @OptionalField()
  @IsIn(ORIGIN_REGIONS)
  regionCode?: string;

  @ApiPropertyOptional({ description: '对接渠道', enum: DOCKING_CHANNELS })
  @OptionalField()
  @IsIn(DOCKING_CHANNELS)
  channelCode?: string;

  @PageField()
  page = 1;

  @PageSizeField()
  pageSize = 20;
}
