import { creditCodeCheck, creditCodeValid } from './credit-code';

describe('统一社会信用代码 check character (GB 32100-2015)', () => {
  describe('given codes published by their registrants', () => {
    it.each([
      '91110000100003495Y', // 中国石油化工股份有限公司
      '91110108551385082Q', // 小米科技有限责任公司
      '91440300708461136T', // 腾讯科技（深圳）有限公司
    ])('accepts %s', (code) => {
      expect(creditCodeValid(code)).toBe(true);
    });
  });

  describe('when one character is changed', () => {
    it('refuses the wrong check character', () => {
      expect(creditCodeValid('91110000100003495X')).toBe(false);
    });
    it('refuses a transposition of two different characters', () => {
      expect(creditCodeValid('91110000100003459Y')).toBe(false);
    });
    it('names the character the first seventeen call for', () => {
      expect(creditCodeCheck('91110000100003495')).toBe('Y');
      expect(creditCodeCheck('9111000010000349O')).toBeNull();
    });
    it('refuses characters outside the alphabet and wrong lengths', () => {
      expect(creditCodeValid('9111000010000349OY')).toBe(false);
      expect(creditCodeValid('91110000100003495')).toBe(false);
    });
  });
});
