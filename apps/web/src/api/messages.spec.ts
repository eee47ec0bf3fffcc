import { chineseMessage } from './messages';

describe('a refusal next to a form field', () => {
  it('reads the rule in Chinese, then the service’s own words', () => {
    expect(chineseMessage('matches', 'nationalCode must look like YYYY-AAAAAA-II-TT-NNNNNN')).toBe(
      '格式不正确（nationalCode must look like YYYY-AAAAAA-II-TT-NNNNNN）',
    );
    expect(chineseMessage('validation.max', 'pageSize must not be greater than 100')).toBe(
      '数值过大（pageSize must not be greater than 100）',
    );
    expect(chineseMessage('nationalCode.duplicate', undefined)).toBe('该代码已属于其他项目');
  });

  it('an unknown rule keeps the service’s message', () => {
    expect(chineseMessage('something.new', 'as the service says')).toBe('as the service says');
  });
});
