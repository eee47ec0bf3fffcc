import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { CATEGORIES, DEPARTMENTS, LOCALITIES, RESERVE_LEVEL_LABELS, RESERVE_LEVELS, type ReserveLevel, SOURCES } from '@ccpc/contracts';
import { OptionalField } from '@ccpc/service-kit';
import { DateField, labels, listOf, NATIONAL_CODE_PATTERN, Wan } from './fields';

export class RegisterProjectDto {
  @DateField('入库日期（业务日期，缺省为今天；不得晚于今天）。看板在此日期之前不计入该项目', '2018-01-10', true)
  registeredOn?: string;

  @ApiProperty({ description: '项目名称', example: '长春国际汽车城零部件产业园', minLength: 2, maxLength: 100 })
  @IsString()
  @Length(2, 100)
  name!: string;

  @ApiProperty({ description: `所属县（市）区/开发区：${listOf(LOCALITIES)}`, enum: LOCALITIES.map((l) => l.code), example: 'lvyuan' })
  @IsIn(LOCALITIES.map((l) => l.code))
  localityCode!: string;

  @ApiProperty({ description: `责任部门：${listOf(DEPARTMENTS)}`, enum: DEPARTMENTS.map((d) => d.code), example: 'gxj' })
  @IsIn(DEPARTMENTS.map((d) => d.code))
  departmentCode!: string;

  @ApiProperty({ description: `产业类别：${listOf(CATEGORIES)}`, enum: CATEGORIES.map((c) => c.code), example: 'auto' })
  @IsIn(CATEGORIES.map((c) => c.code))
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
  @IsIn(SOURCES.map((s) => s.code))
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
  @Matches(NATIONAL_CODE_PATTERN)
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
  @IsIn(RESERVE_LEVELS, { each: true })
  reserveLevels!: ReserveLevel[];

  @ApiPropertyOptional({ description: '项目用地位于开发区（落位须先完成"五通一平"）；默认按所属地区判断' })
  @OptionalField()
  @IsBoolean()
  siteInDevelopmentZone?: boolean;
}

export class ReviseDetailsDto {
  @DateField('修订生效日期（业务日期，缺省为今天；不得晚于今天、不得早于入库日期）', '2018-05-10', true)
  date?: string;

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
  @ArrayMaxSize(2)
  @IsIn(RESERVE_LEVELS, { each: true })
  reserveLevels?: ReserveLevel[];
}
