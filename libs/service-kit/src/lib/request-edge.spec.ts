import { inspectBody, MAX_DEPTH } from './request-edge';

const inspect = (body: unknown) => {
  const req = { headers: {}, body };
  let outcome: unknown = 'passed';
  inspectBody(req as never, {} as never, (error?: unknown) => (outcome = error ?? 'passed'));
  if (outcome === 'passed') return { body: req.body, result: 'passed' };
  const refusal = outcome as { getStatus: () => number; getResponse: () => { rule: string; field?: string } };
  return { body: req.body, result: { status: refusal.getStatus(), ...refusal.getResponse() } };
};

describe('the body inspection at the edge', () => {
  it('given ordinary Chinese text with line breaks, when inspected, then it passes, normalised to NFC', () => {
    const { body, result } = inspect({ name: '长春新区', note: '第一行\n第二行\t（e\u0301）' });
    expect(result).toBe('passed');
    expect((body as { note: string }).note).toBe('第一行\n第二行\t（é）');
  });

  it.each([
    ['NUL', { name: 'a\u0000b' }, 'text.control', 'name'],
    ['an escape sequence', { items: ['ok', '\u001b[2J'] }, 'text.control', 'items[1]'],
    ['a C1 control', { a: { b: '\u0085' } }, 'text.control', 'a.b'],
    ['a lone high surrogate', { name: 'x\ud800' }, 'text.unicode', 'name'],
    ['a lone low surrogate', { name: '\udc00y' }, 'text.unicode', 'name'],
    ['U+FFFD (bytes that were not UTF-8)', { name: 'a\ufffd' }, 'text.unicode', 'name'],
    ['a control character in a key', { ['k\u0007']: 1 }, 'text.control', 'k\u0007'],
  ])('given %s, when inspected, then 400 naming the rule and the field', (_, body, rule, field) => {
    expect(inspect(body).result).toMatchObject({ status: 400, rule, field });
  });

  it('given a valid surrogate pair (𠮷, a CJK Extension B character), then it passes', () => {
    expect(inspect({ name: '𠮷野家' }).result).toBe('passed');
  });

  it(`given JSON nested ${MAX_DEPTH + 1} deep, then 400 body.depth; ${MAX_DEPTH} deep passes`, () => {
    const nest = (n: number): unknown => (n === 1 ? { leaf: 1 } : { a: nest(n - 1) });
    expect(inspect(nest(MAX_DEPTH)).result).toBe('passed');
    expect(inspect(nest(MAX_DEPTH + 1)).result).toMatchObject({ status: 400, rule: 'body.depth' });
  });
});
