import {
  type ArgumentsHost,
  BadRequestException,
  Catch,
  type ExceptionFilter,
  HttpException,
  Logger,
  type ValidationError,
} from '@nestjs/common';
import { hasChinese, refusalText } from '@ccpc/contracts';
import { ConcurrencyError, DomainError } from '@ccpc/eventsourcing';
import { violationsOf } from './violations';

/**
 * The body of every error response: the rule broken and the field when there is one (for
 * machines), why in Chinese (`message`, what a person reads), and — when the cause is technical —
 * its English `detail` for whoever supports them.
 */
export interface ErrorBody {
  statusCode: number;
  error: string;
  rule: string;
  message: string;
  field?: string;
  detail?: string;
  violations?: Array<{ field: string; rule: string; message: string }>;
}

/** ValidationPipe → 400 naming every field and rule (class-validator's constraint names), each in Chinese. */
export function validationError(errors: ValidationError[]): BadRequestException {
  const violations = violationsOf(errors);
  const first = violations[0];
  return new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    rule: `validation.${first?.rule ?? 'invalid'}`,
    field: first?.field,
    message: violations.map((v) => v.message).join('；'),
    violations,
  } satisfies ErrorBody);
}

/** body-parser's errors (oversized, malformed JSON, bad encoding) as HttpExceptions with a rule; others unchanged. */
export function bodyParserError(error: unknown): unknown {
  const parser = error as { type?: string; limit?: number };
  const body = (statusCode: number, rule: string, message: string) =>
    new HttpException({ statusCode, error: STATUS_TEXT[statusCode], rule, message } satisfies Partial<ErrorBody>, statusCode);
  switch (parser.type) {
    case 'entity.too.large':
      return body(413, 'body.limit', `提交的内容超过 ${parser.limit} 字节`);
    case 'entity.parse.failed':
      return body(400, 'body.json', '请求内容不是有效的 JSON');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return body(415, 'body.encoding', '请求内容须为 UTF-8 编码的 JSON');
    default:
      return error;
  }
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
};

/**
 * Every error leaves as JSON with a rule and a message, never a stack trace: domain refusals
 * with their status (422 by default), stale expected versions as 409, anything unexpected as
 * 500 with nothing of its internals (it is logged instead).
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const response = host.switchToHttp().getResponse<{ status(code: number): { json(body: unknown): void }; headersSent?: boolean }>();
    const body = errorBodyOf(exception);
    if (response.headersSent) return;
    response.status(body.statusCode).json(body);
  }
}

const logger = new Logger('http');

/** What an error answers a client (also in each slot of a batch): its status, rule, field and message; internals are logged, never sent. */
export function errorBodyOf(exception: unknown): ErrorBody {
  if (exception instanceof DomainError) {
    return {
      statusCode: exception.status,
      error: STATUS_TEXT[exception.status] ?? 'Error',
      rule: exception.rule,
      message: exception.message,
      ...(exception.options.field ? { field: exception.options.field } : {}),
    };
  }
  if (exception instanceof ConcurrencyError) {
    return {
      statusCode: 409,
      error: 'Conflict',
      rule: 'concurrency.expectedVersion',
      field: 'expectedVersion',
      message: refusalText('concurrency.expectedVersion'),
      detail: exception.message,
    };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const raw = exception.getResponse();
    const given = typeof raw === 'object' && raw !== null ? (raw as Partial<ErrorBody> & { message?: unknown }) : {};
    const message = Array.isArray(given.message)
      ? given.message.join('; ')
      : typeof given.message === 'string'
        ? given.message
        : exception.message;
    const rule = given.rule ?? `http.${status}`;
    // Nest's and the libraries' own refusals (404 of an unknown route, 429…) speak English: a person reads the rule's Chinese.
    return {
      ...given,
      statusCode: status,
      error: given.error ?? STATUS_TEXT[status] ?? 'Error',
      rule,
      ...(hasChinese(message) ? { message } : { message: refusalText(rule), detail: message }),
    } as ErrorBody;
  }
  const mapped = bodyParserError(exception);
  if (mapped !== exception) return errorBodyOf(mapped);
  logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
  return { statusCode: 500, error: 'Internal Server Error', rule: 'internal', message: refusalText('internal') };
}
