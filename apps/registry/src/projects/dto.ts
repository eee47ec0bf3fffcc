import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import {
  CATEGORIES,
  DEPARTMENTS,
  LOCALITIES,
  PLAN_KIND_LABELS,
  PLAN_KINDS,
  type PlanKind,
  RESERVE_LEVEL_LABELS,
  RESERVE_LEVELS,
  type ReserveLevel,
  SOURCES,
  STAGE_LABELS,
  STAGES,
  type Stage,
} from '@ccpc/contracts';
import { MAX_WAN } from '@ccpc/registry-domain';
import { OptionalField } from '@ccpc/service-kit';

// Dates of the platform's business: 1900–2099 (class-validator cannot tell a real date in years below 100).
const DAY = /^(19|20)\d{2}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const NATIONAL_CODE_PATTERN = /^\d{4}-\d{6}-\d{2}-\d{2}-\d{6}$/;
const PERSON_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;
const MONTH = /^(19|20)\d{2}-(0[1-9]|1[0-2])$/;
const labels = (entries: Record<string, string>) =>
  Object.entries(entries)
    .map(([k, v]) => `${k} ${v}`)
    .join('；');
const listOf = (items: ReadonlyArray<{ code: string; name: string }>) => items.map((i) => `${i.code} ${i.name}`).join('；');

function DateField(description: string, example = '2018-04-16'): PropertyDecorator {
  return (target, key) => {
    ApiProperty({ description: `${description}（YYYY-MM-DD）`, example, type: String, format: 'date', pattern: DAY.source })(target, key);
    Matches(DAY, { message: `${String(key)} must be a date YYYY-MM-DD` })(target, key);
    IsISO8601({ strict: true }, { message: `${String(key)} must be a real calendar date` })(target, key);
  };
}

function Wan(description: string, example: number, optional = false, minimum = 0): PropertyDecorator {
  return (target, key) => {
    (optional ? ApiPropertyOptional : ApiProperty)({
      description: `${description}（万元，整数）`,
      example,
      type: 'integer',
      minimum,
      maximum: MAX_WAN,
    })(target, key);
    IsInt({ message: `${String(key)} must be a whole number of 万元` })(target, key);
    Min(minimum, { message: `${String(key)} must be ${minimum} or more` })(target, key);
    Max(MAX_WAN, { message: `${String(key)} must be at most ${MAX_WAN} 万元 (1万亿元)` })(target, key);
    if (optional) OptionalField()(target, key);
  };
}

const Reason = (): PropertyDecorator => (target, key) => {
  ApiProperty({ description: '理由（必填，记入历史）', example: '经市大项目办核实', minLength: 2, maxLength: 500 })(target, key);
  IsString()(target, key);
  Length(2, 500, { message: `${String(key)} must be 2 to 500 characters` })(target, key);
};

export class RegisterProjectDto {
  @ApiProperty({ description: '项目名称', example: '长春国际汽车城零部件产业园', minLength: 2, maxLength: 100 })
  @IsString()
  @Length(2, 100)
  name!: string;

  @ApiProperty({ description: `所属县（市）区/开发区：${listOf(LOCALITIES)}`, enum: LOCALITIES.map((l) => l.code), example: 'lvyuan' })
  @IsIn(LOCALITIES.map((l) => l.code), { message: 'localityCode must be a locality code of GET /reference' })
  localityCode!: string;

  @ApiProperty({ description: `责任部门：${listOf(DEPARTMENTS)}`, enum: DEPARTMENTS.map((d) => d.code), example: 'gxj' })
  @IsIn(DEPARTMENTS.map((d) => d.code), { message: 'departmentCode must be a department code of GET /reference' })
  departmentCode!: string;

  @ApiProperty({ description: `产业类别：${listOf(CATEGORIES)}`, enum: CATEGORIES.map((c) => c.code), example: 'auto' })
  @IsIn(CATEGORIES.map((c) => c.code), { message: 'categoryCode must be a category code of GET /reference' })
  categoryCode!: string;

  @ApiPropertyOptional({
    description: '细分类型（如 三大主导：tech-upgrade 技改 / high-end-supporting 高端配套 / resource-conversion 特色资源转化）',
    example: 'high-end-supporting',
    minLength: 1,
    maxLength: 40,
  })
  @OptionalField()
  @IsString()
  @Length(1, 40)
  subKindCode?: string;

  @ApiProperty({ description: `项目生成来源：${listOf(SOURCES)}`, enum: SOURCES.map((s) => s.code), example: 'enterprise' })
  @IsIn(SOURCES.map((s) => s.code), { message: 'sourceCode must be a source code of GET /reference' })
  sourceCode!: string;

  @ApiPropertyOptional({ description: '投资主体', example: '中国第一汽车集团有限公司', minLength: 1, maxLength: 100 })
  @OptionalField()
  @IsString()
  @Length(1, 100)
  investor?: string;

  @Wan('总投资', 350_000, false, 1)
  totalInvestmentWan!: number;

  @ApiPropertyOptional({
    description: '国家投资项目代码（YYYY-AAAAAA-II-TT-NNNNNN，可后补）',
    example: '2018-220104-36-03-012345',
    pattern: NATIONAL_CODE_PATTERN.source,
  })
  @OptionalField()
  @Matches(NATIONAL_CODE_PATTERN, { message: 'nationalCode must look like YYYY-AAAAAA-II-TT-NNNNNN' })
  nationalCode?: string;

  @ApiPropertyOptional({ description: '龙头项目（县区）', default: false })
  @OptionalField()
  @IsBoolean()
  leading?: boolean;

  @ApiPropertyOptional({ description: '标志性项目（部门）', default: false })
  @OptionalField()
  @IsBoolean()
  landmark?: boolean;

  @ApiPropertyOptional({ description: '"三早"项目（§25）', default: false })
  @OptionalField()
  @IsBoolean()
  threeEarly?: boolean;

  @ApiProperty({
    description: `储备层级：${labels(RESERVE_LEVEL_LABELS)}`,
    enum: RESERVE_LEVELS,
    isArray: true,
    example: ['city', 'locality'],
    minItems: 1,
    maxItems: 2,
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2)
  @IsIn(RESERVE_LEVELS, { each: true, message: 'reserveLevels must hold city and/or locality' })
  reserveLevels!: ReserveLevel[];

  @ApiPropertyOptional({ description: '项目用地位于开发区（落位须先完成"五通一平"）；默认按所属地区判断' })
  @OptionalField()
  @IsBoolean()
  siteInDevelopmentZone?: boolean;
}

export class ReviseDetailsDto {
  @ApiPropertyOptional({ description: '项目名称', minLength: 2, maxLength: 100 })
  @OptionalField()
  @IsString()
  @Length(2, 100)
  name?: string;

  @ApiPropertyOptional({ description: '投资主体；null 表示清除', type: String, minLength: 1, maxLength: 100, nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  investor?: string | null;

  @Wan('总投资', 400_000, true)
  totalInvestmentWan?: number;

  @ApiPropertyOptional() @OptionalField() @IsBoolean() leading?: boolean;
  @ApiPropertyOptional() @OptionalField() @IsBoolean() landmark?: boolean;
  @ApiPropertyOptional() @OptionalField() @IsBoolean() threeEarly?: boolean;

  @ApiPropertyOptional({ enum: RESERVE_LEVELS, isArray: true, minItems: 1, maxItems: 2 })
  @OptionalField()
  @IsArray()
  @ArrayMinSize(1)
  @IsIn(RESERVE_LEVELS, { each: true })
  reserveLevels?: ReserveLevel[];
}

export class NationalCodeDto {
  @ApiProperty({ description: '国家投资项目代码', example: '2018-220104-36-03-012345', pattern: NATIONAL_CODE_PATTERN.source })
  @Matches(NATIONAL_CODE_PATTERN, { message: 'nationalCode must look like YYYY-AAAAAA-II-TT-NNNNNN' })
  nationalCode!: string;
}

export class DatedDto {
  @DateField('日期')
  date!: string;
}

export class LandDto extends DatedDto {
  @ApiProperty({ description: '落位投资主体（已确定）', example: '吉林省长影集团', minLength: 1, maxLength: 100 })
  @IsString()
  @Length(1, 100)
  investor!: string;
}

export class ReasonedDateDto extends DatedDto {
  @Reason()
  reason!: string;
}

export class CorrectStageDto {
  @ApiProperty({ description: `更正后的阶段：${labels(STAGE_LABELS)}`, enum: STAGES })
  @IsIn(STAGES, { message: `stage must be one of ${STAGES.join(', ')}` })
  stage!: Stage;

  @Reason()
  reason!: string;
}

export class AnnualPlanDto {
  @ApiProperty({ description: '计划年度', example: 2018, type: 'integer', minimum: 2000, maximum: 2100 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @ApiProperty({ description: `计划类型：${labels(PLAN_KIND_LABELS)}`, enum: PLAN_KINDS })
  @IsIn(PLAN_KINDS, { message: 'kind must be new-start or continuing' })
  kind!: PlanKind;

  @ApiPropertyOptional({ description: '计划开工月份（新开工必填，YYYY-MM）', example: '2018-04', pattern: MONTH.source })
  @OptionalField()
  @Matches(MONTH, { message: 'plannedStartMonth must be a month YYYY-MM' })
  plannedStartMonth?: string;

  @Wan('年度计划投资', 80_000)
  annualInvestmentWan!: number;
}

export class MonthlyInvestmentDto {
  @ApiProperty({ description: '月份（YYYY-MM）', example: '2018-05', pattern: MONTH.source })
  @Matches(MONTH, { message: 'month must be a month YYYY-MM' })
  month!: string;

  @Wan('截至本月累计完成投资', 12_000)
  cumulativeWan!: number;

  @ApiPropertyOptional({ description: '形象进度', example: '主体结构完成60%', minLength: 1, maxLength: 500 })
  @OptionalField()
  @IsString()
  @Length(1, 500)
  progressNote?: string;
}

export class InvestmentCorrectionDto {
  @ApiProperty({ description: '月份（YYYY-MM）', example: '2018-05', pattern: MONTH.source })
  @Matches(MONTH, { message: 'month must be a month YYYY-MM' })
  month!: string;

  @Wan('更正后的累计完成投资', 11_000)
  cumulativeWan!: number;

  @Reason()
  reason!: string;
}

export class StatisticsInclusionDto {
  @DateField('入库日期', '2018-06-05')
  registeredOn!: string;

  @Wan('入统金额', 10_000)
  includedAmountWan!: number;

  @ApiProperty({
    description: '支出凭证编号',
    example: ['JZ-2018-0601'],
    type: 'array',
    maxItems: 50,
    items: { type: 'string', minLength: 1, maxLength: 200 },
  })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  evidence!: string[];
}

export class AssignmentDto {
  @ApiProperty({ description: '人员编号（市级领导或项目秘书）', example: 'leader-1', pattern: PERSON_ID.source })
  @Matches(PERSON_ID, { message: 'id must be lower-case letters, digits and -' })
  id!: string;

  @ApiProperty({ description: '姓名', example: '张副市长', minLength: 1, maxLength: 50 })
  @IsString()
  @Length(1, 50)
  name!: string;

  @DateField('开始日期', '2018-03-01')
  from!: string;

  @ApiPropertyOptional({ description: '结束日期（YYYY-MM-DD），不早于开始日期', type: String, format: 'date', pattern: DAY.source })
  @OptionalField()
  @Matches(DAY, { message: 'to must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  to?: string;
}

export class FrontEndFundingDto extends DatedDto {
  @Wan('前期经费', 300)
  amountWan!: number;

  @ApiProperty({ description: '设计已完成（§36 的前提）' })
  @IsBoolean()
  designCompleted!: boolean;
}

const toBool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class ProjectQueryDto {
  @ApiPropertyOptional({ enum: STAGES, description: `阶段：${labels(STAGE_LABELS)}` })
  @OptionalField()
  @IsIn(STAGES)
  stage?: Stage;

  @ApiPropertyOptional({ description: '产业类别代码', enum: CATEGORIES.map((c) => c.code) })
  @OptionalField()
  @IsIn(CATEGORIES.map((c) => c.code))
  categoryCode?: string;
  @ApiPropertyOptional({ description: '县（市）区/开发区代码', enum: LOCALITIES.map((l) => l.code) })
  @OptionalField()
  @IsIn(LOCALITIES.map((l) => l.code))
  localityCode?: string;
  @ApiPropertyOptional({ description: '责任部门代码', enum: DEPARTMENTS.map((d) => d.code) })
  @OptionalField()
  @IsIn(DEPARTMENTS.map((d) => d.code))
  departmentCode?: string;
  @ApiPropertyOptional({ description: '产业项目' }) @OptionalField() @Transform(toBool) @IsBoolean() industrial?: boolean;
  @ApiPropertyOptional({ description: '龙头项目' }) @OptionalField() @Transform(toBool) @IsBoolean() leading?: boolean;
  @ApiPropertyOptional({ description: '标志性项目' }) @OptionalField() @Transform(toBool) @IsBoolean() landmark?: boolean;
  @ApiPropertyOptional({ description: '"三早"项目' }) @OptionalField() @Transform(toBool) @IsBoolean() threeEarly?: boolean;

  @ApiPropertyOptional({ description: '总投资下限（万元）', type: 'integer', minimum: 0, maximum: MAX_WAN })
  @OptionalField()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_WAN)
  minTotalWan?: number;

  @ApiPropertyOptional({ description: '总投资上限（万元）', type: 'integer', minimum: 0, maximum: MAX_WAN })
  @OptionalField()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_WAN)
  maxTotalWan?: number;

  @ApiPropertyOptional({ description: '国家投资项目代码（精确）', minLength: 1, maxLength: 40 })
  @OptionalField()
  @IsString()
  @Length(1, 40)
  nationalCode?: string;
  @ApiPropertyOptional({ description: '名称包含', minLength: 1, maxLength: 50 }) @OptionalField() @IsString() @Length(1, 50) q?: string;

  @ApiPropertyOptional({ default: 1, type: 'integer', minimum: 1, maximum: 10000 })
  @OptionalField()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10000)
  page = 1;
  @ApiPropertyOptional({ default: 20, type: 'integer', minimum: 1, maximum: 100 })
  @OptionalField()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize = 20;
}
