import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsISO8601, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { DEPARTMENTS } from '@ccpc/contracts';
import { BUSINESS_DAY } from '@ccpc/service-kit';

/** The business date every context validates (one pattern, libs/service-kit). */
const DAY = BUSINESS_DAY;

export class OpenRoundDto {
  @ApiProperty({ description: '年度', example: 2018, type: 'integer', minimum: 2000, maximum: 2099 })
  @IsInt()
  @Min(2000)
  @Max(2099)
  year!: number;

  @ApiProperty({ description: '开启日期（须在该年一季度）', example: '2018-01-15', type: String, format: 'date', pattern: DAY.source })
  @Matches(DAY)
  @IsISO8601({ strict: true })
  date!: string;
}

export class StateProceduresDto {
  @ApiProperty({ description: '项目编号', example: '3f0c9a52-8b1e-4d7a-9c61-2b7e5d1a4c90', format: 'uuid' })
  @IsUUID()
  projectId!: string;

  @ApiProperty({ description: '审批职能部门代码', enum: DEPARTMENTS.map((d) => d.code), example: 'hbj' })
  @IsIn(DEPARTMENTS.map((d) => d.code))
  departmentCode!: string;

  @ApiProperty({
    description: '需补充完善的手续（一次列明；无则为空）',
    example: ['环境影响评价报告书'],
    type: 'array',
    items: { type: 'string', minLength: 1, maxLength: 100 },
    maxItems: 30,
  })
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  procedures!: string[];

  @ApiProperty({ description: '审批时限（办结期限）', example: '2018-03-20', type: String, format: 'date', pattern: DAY.source })
  @Matches(DAY)
  @IsISO8601({ strict: true })
  deadline!: string;

  @ApiProperty({ description: '明确之日', example: '2018-01-20', type: String, format: 'date', pattern: DAY.source })
  @Matches(DAY)
  @IsISO8601({ strict: true })
  date!: string;
}
