import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsString, Length, Max, Min } from 'class-validator';
import { CATEGORIES, DEPARTMENTS, LOCALITIES, STAGE_LABELS, STAGES, type Stage } from '@ccpc/contracts';
import { MAX_WAN } from '@ccpc/registry-domain';
import { OptionalField, PageField, PageSizeField, QueryBoolean } from '@ccpc/service-kit';
import { labels } from './fields';

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
  @QueryBoolean('产业项目') industrial?: boolean;
  @QueryBoolean('龙头项目') leading?: boolean;
  @QueryBoolean('标志性项目') landmark?: boolean;
  @QueryBoolean('"三早"项目') threeEarly?: boolean;

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

  @PageField()
  page = 1;
  @PageSizeField()
  pageSize = 20;
}
