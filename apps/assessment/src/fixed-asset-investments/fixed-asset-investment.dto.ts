import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsISO8601, IsString, Length, Matches, Max, Min } from 'class-validator';
import { BUSINESS_DAY, PageField, PageSizeField, YearQueryField } from '@ccpc/service-kit';

/** A business date, 1900–2099, that exists in the calendar. */
/** The business date every context validates (one pattern, libs/service-kit). */
const DAY = BUSINESS_DAY;
export const MONTH = /^(19|20)\d{2}-(0[1-9]|1[0-2])$/;
/** 1万亿元 in 万元: a city's yearly investment is far below; more is a typing error. */
const MAX_WAN = 100_000_000;

const Wan =
  (description: string, example: number): PropertyDecorator =>
  (target, key) => {
    ApiProperty({ description: `${description}（万元，整数）`, example, type: 'integer', minimum: 0, maximum: MAX_WAN })(target, key);
    IsInt()(target, key);
    Min(0)(target, key);
    Max(MAX_WAN)(target, key);
  };

export class FiguresDto {
  @Wan('本年1月至该月全社会固定资产投资累计（入统数）', 23_456_000)
  cumulativeWan!: number;

  @Wan('上年同期累计', 21_000_000)
  samePeriodLastYearWan!: number;

  @ApiProperty({
    description: '公布日期（YYYY-MM-DD）：看板自此日起采用该数据；不得早于数据所属月份、不得晚于今天',
    example: '2018-07-15',
    type: String,
    format: 'date',
    pattern: DAY.source,
  })
  @Matches(DAY)
  @IsISO8601({ strict: true })
  publishedOn!: string;
}

export class ReportFixedAssetInvestmentDto extends FiguresDto {
  @ApiProperty({ description: '数据所属月份（YYYY-MM）', example: '2018-06', pattern: MONTH.source })
  @Matches(MONTH)
  month!: string;
}

export class ReviseFixedAssetInvestmentDto extends FiguresDto {
  @ApiProperty({ description: '修订理由（记入历史）', example: '补充入统项目', minLength: 2, maxLength: 500 })
  @IsString()
  @Length(2, 500)
  reason!: string;
}

export class FixedAssetInvestmentQueryDto {
  @YearQueryField('年度')
  year?: number;

  @PageField()
  page = 1;

  @PageSizeField()
  pageSize = 20;
}
