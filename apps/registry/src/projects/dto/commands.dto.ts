import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsISO8601, IsString, Length, Matches, Max, Min } from 'class-validator';
import { PLAN_KIND_LABELS, PLAN_KINDS, type PlanKind, STAGE_LABELS, STAGES, type Stage } from '@ccpc/contracts';
import { OptionalField } from '@ccpc/service-kit';
import { DAY, DateField, labels, MONTH, NATIONAL_CODE_PATTERN, PERSON_ID, Reason, Wan } from './fields';

export class NationalCodeDto {
  @ApiProperty({ description: '国家投资项目代码', example: '2018-220104-36-03-012345', pattern: NATIONAL_CODE_PATTERN.source })
  @Matches(NATIONAL_CODE_PATTERN)
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
  @IsIn(STAGES)
  stage!: Stage;

  @Reason()
  reason!: string;
}

export class AnnualPlanDto {
  @DateField('列入年度计划的日期（业务日期，缺省为今天；不得晚于今天、不得早于入库日期）', '2018-01-15', true)
  date?: string;

  @ApiProperty({ description: '计划年度', example: 2018, type: 'integer', minimum: 2000, maximum: 2100 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @ApiProperty({ description: `计划类型：${labels(PLAN_KIND_LABELS)}`, enum: PLAN_KINDS })
  @IsIn(PLAN_KINDS)
  kind!: PlanKind;

  @ApiPropertyOptional({ description: '计划开工月份（新开工必填，YYYY-MM）', example: '2018-04', pattern: MONTH.source })
  @OptionalField()
  @Matches(MONTH)
  plannedStartMonth?: string;

  @Wan('年度计划投资', 80_000)
  annualInvestmentWan!: number;
}

export class MonthlyInvestmentDto {
  @ApiProperty({ description: '月份（YYYY-MM）', example: '2018-05', pattern: MONTH.source })
  @Matches(MONTH)
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
  @Matches(MONTH)
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
  @Matches(PERSON_ID)
  id!: string;

  @ApiProperty({ description: '姓名', example: '张副市长', minLength: 1, maxLength: 50 })
  @IsString()
  @Length(1, 50)
  name!: string;

  @DateField('开始日期', '2018-03-01')
  from!: string;

  @ApiPropertyOptional({ description: '结束日期（YYYY-MM-DD），不早于开始日期', type: String, format: 'date', pattern: DAY.source })
  @OptionalField()
  @Matches(DAY)
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
