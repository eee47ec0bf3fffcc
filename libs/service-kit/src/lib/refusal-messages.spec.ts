import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * What a person may read of a refusal is Chinese: every message literal given to a refusal in the
 * services and libraries (DomainError, refuse(…), an HTTP exception's message, a violation's
 * message, a DTO constraint's message) holds no English sentence. Codes and formats inside the
 * Chinese (If-Match, UTF-8, YYYY-MM-DD) are not sentences.
 */
const ROOT = join(__dirname, '../../../..');
const ENGLISH_SENTENCE = /[A-Za-z]{2,}\s+[A-Za-z]{2,}\s+[A-Za-z]{2,}/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return ['node_modules', 'test', 'testing', 'generated'].includes(name) ? [] : sources(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') && !path.endsWith('.config.ts') ? [path] : [];
  });
}

/** The text of string and template literals, interpolations left out. */
const literalText = (code: string) => code.replace(/\$\{[^}]*\}/g, ' ');

function refusalMessages(file: string): Array<{ at: string; text: string }> {
  const code = readFileSync(file, 'utf8');
  const found: Array<{ at: string; text: string }> = [];
  const patterns = [
    // new DomainError(rule, message…) and the domains' refuse(rule, message…)
    /(?:new DomainError|\brefuse)\(\s*[^,()]+,\s*(`[^`]*`|'[^']*')/g,
    // message: '…' in exceptions, violations and constraint options
    /\bmessage:\s*(`[^`]*`|'[^']*')/g,
  ];
  for (const pattern of patterns)
    for (const match of code.matchAll(pattern)) {
      const line = code.slice(0, match.index).split('\n').length;
      found.push({ at: `${relative(ROOT, file)}:${line}`, text: literalText(match[1] ?? '') });
    }
  return found;
}

describe('refusals a person can read are Chinese', () => {
  const files = ['apps', 'libs'].flatMap((top) =>
    readdirSync(join(ROOT, top)).flatMap((name) => {
      const src = join(ROOT, top, name, 'src');
      return statSync(join(ROOT, top, name)).isDirectory() && readdirSync(join(ROOT, top, name)).includes('src') ? sources(src) : [];
    }),
  );
  // Outside requests: a service's config (read by the platform team at start-up), logs and health details.
  const outside = /(config|logging|health|bootstrap|shutdown|relay|consumer|catalogue|asyncapi)/;

  it('finds the refusal messages of the services and libraries', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it('no refusal message holds an English sentence', () => {
    const english = files
      .filter((f) => !outside.test(relative(ROOT, f)))
      .flatMap(refusalMessages)
      .filter((m) => ENGLISH_SENTENCE.test(m.text));
    expect(english.map((m) => `${m.at}: ${m.text}`)).toEqual([]);
  });
});
