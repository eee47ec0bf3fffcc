import 'reflect-metadata';
import { ApiProperty } from '@nestjs/swagger';
import { plainToInstance } from 'class-transformer';
import { IsInt, Length, Matches, Max } from 'class-validator';
import { fieldLabel, violationsOf } from './violations';

class Form {
  @ApiProperty({ description: '项目名称', minLength: 2, maxLength: 100 })
  @Length(2, 100)
  name!: string;

  @ApiProperty({ description: '国家投资项目代码（YYYY-AAAAAA-II-TT-NNNNNN，可后补）', example: '2018-220104-36-03-012345' })
  @Matches(/^\d{4}-\d{6}-\d{2}-\d{2}-\d{6}$/)
  nationalCode!: string;

  @ApiProperty({ description: '总投资（万元，整数）', maximum: 100 })
  @IsInt()
  @Max(100)
  totalInvestmentWan!: number;
}

describe('a field refused in Chinese, named as the form names it', () => {
  it('given documented descriptions, then the name is the words before the first note', () => {
    expect(fieldLabel('入库日期（业务日期，缺省为今天；不得晚于今天）')).toBe('入库日期');
    expect(fieldLabel('所属县（市）区/开发区：lvyuan 绿园区；nanguan 南关区')).toBe('所属县（市）区/开发区');
    expect(fieldLabel('细分类型（如 三大主导：tech-upgrade 技改）')).toBe('细分类型');
    expect(fieldLabel('总投资（万元，整数）')).toBe('总投资');
    expect(fieldLabel(undefined)).toBeUndefined();
  });

  it('when a form breaks its rules, then each violation names the field in Chinese with its bound or example', async () => {
    const { validate } = await import('class-validator');
    const form = plainToInstance(Form, { name: 'x', nationalCode: '2018-22', totalInvestmentWan: 101.5, extra: 1 });
    const errors = await validate(form, { whitelist: true, forbidNonWhitelisted: true });
    const byField = (v: { field: string; rule: string }) => `${v.field} ${v.rule}`;
    expect(violationsOf(errors).sort((a, b) => byField(a).localeCompare(byField(b)))).toEqual([
      { field: 'extra', rule: 'unknownField', message: '“extra”不是此请求的字段' },
      { field: 'name', rule: 'isLength', message: '项目名称长度须为 2–100 个字' },
      { field: 'nationalCode', rule: 'matches', message: '国家投资项目代码格式不正确，应形如 2018-220104-36-03-012345' },
      { field: 'totalInvestmentWan', rule: 'isInt', message: '总投资须为整数' },
      { field: 'totalInvestmentWan', rule: 'max', message: '总投资不能大于 100' },
    ]);
  });
});
