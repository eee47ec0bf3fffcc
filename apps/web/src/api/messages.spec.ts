import { chineseMessage } from './messages';

describe('a refusal next to a form field', () => {
  it('given the service’s Chinese message, then it is shown as it is', () => {
    expect(chineseMessage('国家投资项目代码格式不正确，应形如 2018-220104-36-03-012345')).toBe(
      '国家投资项目代码格式不正确，应形如 2018-220104-36-03-012345',
    );
  });

  it('given a message without Chinese (not from the services), then no English reaches the screen', () => {
    expect(chineseMessage('pageSize must not be greater than 100')).toBe('填写的内容不符合要求');
    expect(chineseMessage(undefined)).toBe('填写的内容不符合要求');
  });
});
