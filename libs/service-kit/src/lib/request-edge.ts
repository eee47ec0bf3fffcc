import { HttpException, UnauthorizedException } from '@nestjs/common';
import { bearerToken, MISSING_TOKEN, type Principal, TokenError, type TokenVerifier, unauthorizedBody } from '@ccpc/auth';

/**
 * The HTTP edge in one order, shared by every service: who is calling (the token, verified
 * before a byte of the body is read), what they send (JSON only, not compressed, bounded),
 * and what it holds (not nested past MAX_DEPTH, text without control characters or broken
 * Unicode, normalised to NFC) — each a 4xx with the one error shape, nothing reaches a handler.
 */
type Next = (error?: unknown) => void;
interface EdgeRequest {
  method?: string;
  headers: Record<string, string | string[] | undefined>;
  body?: unknown;
  principal?: Principal;
}
interface EdgeResponse {
  setHeader(name: string, value: string): void;
}

/** JSON nested deeper than this is not a command of this platform. */
export const MAX_DEPTH = 32;

const hasBody = (req: EdgeRequest) => Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;

const refusal = (status: 400 | 415, rule: string, message: string, field?: string) =>
  new HttpException(
    { statusCode: status, error: status === 400 ? 'Bad Request' : 'Unsupported Media Type', rule, message, ...(field ? { field } : {}) },
    status,
  );

/** Before the body parser: a request with a body is authenticated first, then must be JSON. */
export function verifyBeforeBody(verifier: TokenVerifier) {
  return (req: EdgeRequest, res: EdgeResponse, next: Next): void => {
    if (!hasBody(req)) return next();
    const unauthorized = (reason: string) => {
      res.setHeader('WWW-Authenticate', `Bearer error="invalid_token", error_description="${reason}"`);
      next(new UnauthorizedException(unauthorizedBody(reason)));
    };
    const token = bearerToken(req.headers['authorization']);
    if (!token) return unauthorized(MISSING_TOKEN);
    verifier.verify(token).then(
      (principal) => {
        req.principal = principal;
        const type = String(req.headers['content-type'] ?? '')
          .split(';')[0]
          ?.trim()
          .toLowerCase();
        if (type !== 'application/json')
          return next(refusal(415, 'body.mediaType', `请求内容须以 application/json 发送，收到的是 ${type || '没有 Content-Type'}`));
        next();
      },
      (error: unknown) => unauthorized(error instanceof TokenError ? error.message : 'token could not be verified'),
    );
  };
}

// C0 controls but tab, line feed and carriage return; DEL; C1 controls (terminal escapes among them).
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** What the JSON parser puts where the bytes were not UTF-8. */
const REPLACEMENT = '\uFFFD';

/** The first thing wrong with a text, if any. */
function textProblem(text: string): { rule: string; message: string } | undefined {
  if (CONTROL.test(text)) return { rule: 'text.control', message: '含有控制字符（如 NUL 或终端转义符）' };
  if (LONE_SURROGATE.test(text) || text.includes(REPLACEMENT))
    return { rule: 'text.unicode', message: '不是有效的 Unicode 文本（请以 UTF-8 发送）' };
  return undefined;
}

/** After the body parser: walks the body without recursion, refusing depth and bad text, normalising text to NFC. */
export function inspectBody(req: EdgeRequest, _res: EdgeResponse, next: Next): void {
  if (req.body === null || typeof req.body !== 'object') return next();
  const stack: Array<{ holder: Record<string, unknown> | unknown[]; path: string; depth: number }> = [
    { holder: req.body as Record<string, unknown>, path: '', depth: 1 },
  ];
  while (stack.length > 0) {
    const { holder, path, depth } = stack.pop() as (typeof stack)[number];
    if (depth > MAX_DEPTH) return next(refusal(400, 'body.depth', `the body is nested deeper than ${MAX_DEPTH} levels`, path || undefined));
    for (const key of Object.keys(holder)) {
      const field = Array.isArray(holder) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
      const keyProblem = textProblem(key);
      if (keyProblem) return next(refusal(400, keyProblem.rule, `a field name ${keyProblem.message}`, field));
      const value = (holder as Record<string, unknown>)[key];
      if (typeof value === 'string') {
        const problem = textProblem(value);
        if (problem) return next(refusal(400, problem.rule, `${field} ${problem.message}`, field));
        (holder as Record<string, unknown>)[key] = value.normalize('NFC');
      } else if (value !== null && typeof value === 'object') {
        stack.push({ holder: value as Record<string, unknown>, path: field, depth: depth + 1 });
      }
    }
  }
  next();
}
