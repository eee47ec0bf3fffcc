import { hasChinese, REFUSALS, refusalText } from './refusals';
/** Three English words in a row: a sentence, not a code (If-Match, UTF-8, YYYY-MM) inside Chinese. */
const ENGLISH_SENTENCE = /[A-Za-z]{2,}\s+[A-Za-z]{2,}\s+[A-Za-z]{2,}/;

describe('every rule a service refuses by, in Chinese', () => {
  const rules = Object.entries(REFUSALS);

  it('lists each rule with its Chinese sentence', () => {
    // The list, as a person reads it (printed so that a reviewer sees every rule and its words).
    process.stdout.write(`${rules.map(([rule, text]) => `${rule.padEnd(32)} ${text}`).join('\n')}\n`);
    expect(rules.length).toBeGreaterThan(100);
  });

  it.each(rules)('%s is said in Chinese, without an English sentence', (_rule, text) => {
    expect(hasChinese(text)).toBe(true);
    expect(text).not.toMatch(ENGLISH_SENTENCE);
  });

  it('a rule the catalogue does not know still gets a Chinese sentence', () => {
    expect(hasChinese(refusalText('no.such-rule'))).toBe(true);
  });
});
