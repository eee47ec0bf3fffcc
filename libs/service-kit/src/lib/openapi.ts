import type { OpenAPIObject } from '@nestjs/swagger';

type Operation = {
  parameters?: Array<{ in: string; name: string; schema?: Record<string, unknown> }>;
  requestBody?: unknown;
  responses: Record<string, unknown>;
  security?: unknown[];
};

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

const ERROR_BODY = {
  type: 'object',
  description:
    '每个错误的同一形状：状态码、规则名（rule，供程序判断）、出错字段（field）与中文说明（message，供人阅读）；技术原因另见 detail',
  required: ['statusCode', 'error', 'rule', 'message'],
  properties: {
    statusCode: { type: 'integer' },
    error: { type: 'string' },
    rule: { type: 'string', example: 'validation.isIn' },
    field: { type: 'string' },
    message: { type: 'string', description: '中文说明：违反了哪条规则、如何修改' },
    detail: { type: 'string', description: '技术原因（英文，供运维排查；如令牌无效的具体原因）' },
    violations: {
      type: 'array',
      items: { type: 'object', properties: { field: { type: 'string' }, rule: { type: 'string' }, message: { type: 'string' } } },
    },
  },
};

const STATUS_TEXT: Record<string, string> = {
  '400': '请求无效：字段或头部不符合规则（field、rule 指明）',
  '401': '未认证：缺少令牌，或令牌无效、过期',
  '403': '无权限',
  '404': '不存在，或不在调用者的权限范围内',
  '409': '冲突：版本已变化（If-Match），或与现有数据冲突',
  '413': '请求体过大',
  '415': '只接受 application/json',
  '422': '违反业务规则：rule 字段给出规则名',
  '429': '请求过于频繁，请稍后再试',
  '503': '依赖的服务器（MongoDB、Kafka）不可用',
};

/**
 * Text in a body holds no control characters (tab and line breaks aside) and no broken Unicode
 * (the edge refuses them: request-edge.ts): every free-text string field of a body says what a
 * pattern can say — no control characters, no U+FFFD (the mark of bytes that were not UTF-8).
 * Lone surrogates cannot be written in a pattern that every validator compiles (Rust's regex
 * has no surrogates), so they are refused at the edge without a pattern.
 */
export const PLAIN_TEXT = '^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\uFFFD]*$';

function plainText(schema: Record<string, unknown>): void {
  if (schema['type'] === 'string' && !schema['pattern'] && !schema['format'] && !schema['enum']) schema['pattern'] = PLAIN_TEXT;
  for (const child of Object.values((schema['properties'] as Record<string, Record<string, unknown>> | undefined) ?? {})) plainText(child);
  if (schema['items'] && typeof schema['items'] === 'object') plainText(schema['items'] as Record<string, unknown>);
}

/** Something of the service that writes part of its OpenAPI document itself (e.g. the batch route's schema of every command). */
export interface OpenApiAmendment {
  amend(document: OpenAPIObject): void;
}

/** The token under which a service's modules provide their amendments (an array). */
export const OPENAPI_AMENDMENTS = Symbol('OPENAPI_AMENDMENTS');

/**
 * Completes a service's OpenAPI document with what the platform's HTTP edge really answers,
 * so that the document tells the truth: every error status a route can return (with the one
 * error shape), and `format: uuid` on `:id` path parameters without a pattern of their own (ParseUUIDPipe refuses others).
 */
export function completeDocument(
  document: OpenAPIObject,
  amendments: readonly OpenApiAmendment[] = [],
  responses: Record<string, object> = {},
): OpenAPIObject {
  for (const amendment of amendments) amendment.amend(document);
  document.components = { ...document.components, schemas: { ...document.components?.schemas, ErrorBody: ERROR_BODY as never } };
  // Unknown fields are refused (forbidNonWhitelisted): say so in every object schema.
  for (const schema of Object.values(document.components?.schemas ?? {}) as Array<Record<string, unknown>>) {
    if (schema['properties'] && schema['additionalProperties'] === undefined) schema['additionalProperties'] = false;
    if (schema !== (ERROR_BODY as unknown)) plainText(schema);
  }
  // Response bodies are what the service writes: open to new fields, any text (added after the request rules above).
  const clash = Object.keys(responses).find((name) => document.components?.schemas?.[name]);
  if (clash) throw new Error(`response schema ${clash} has the name of a request schema: rename it in responses.ts`);
  document.components.schemas = { ...document.components.schemas, ...(responses as NonNullable<typeof document.components.schemas>) };
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = (item as Record<string, Operation | undefined>)[method];
      if (!operation) continue;
      const statuses: string[] = [];
      const health = path === '/health' || path.startsWith('/health/');
      if (health) statuses.push('503');
      else statuses.push('400');
      if (operation.security?.length) statuses.push('401', '403', '429');
      const pathParams = (operation.parameters ?? []).filter((p) => p.in === 'path');
      if (pathParams.length > 0) statuses.push('404');
      if (operation.requestBody) statuses.push('409', '413', '415', '422');
      if (!Object.keys(operation.responses).some((status) => status.startsWith('2'))) operation.responses['200'] = { description: 'OK' };
      for (const status of statuses) {
        const existing = operation.responses[status] as { description?: string } | undefined;
        operation.responses[status] = {
          description: existing?.description ?? STATUS_TEXT[status],
          content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } },
        };
      }
      for (const param of pathParams) {
        if (param.name === 'id' && param.schema?.['type'] === 'string' && !param.schema['format'] && !param.schema['pattern'])
          param.schema = { ...param.schema, format: 'uuid' };
      }
    }
  }
  return document;
}

/**
 * 405 with `Allow` for a method the document does not list on a path it does (HEAD goes with
 * GET, OPTIONS is CORS preflight); everything else passes on, to a 404 if nothing matches.
 */
export function methodNotAllowed(document: OpenAPIObject) {
  const routes = Object.entries(document.paths).map(([path, item]) => {
    const methods = METHODS.filter((m) => (item as Record<string, unknown>)[m]).map((m) => m.toUpperCase());
    if (methods.includes('GET')) methods.push('HEAD');
    methods.push('OPTIONS');
    const pattern = new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}/?$`);
    return { pattern, methods: [...new Set(methods)] };
  });
  return (
    req: { method: string; path: string },
    res: { status(code: number): { setHeader(n: string, v: string): unknown; json(body: unknown): unknown } } & {
      setHeader(n: string, v: string): unknown;
    },
    next: () => void,
  ) => {
    const route = routes.find((r) => r.pattern.test(req.path));
    if (!route || route.methods.includes(req.method.toUpperCase())) return next();
    res.setHeader('Allow', route.methods.join(', '));
    res.status(405).json({
      statusCode: 405,
      error: 'Method Not Allowed',
      rule: 'http.methodNotAllowed',
      message: `${req.path} 不支持 ${req.method}（可用：${route.methods.join('、')}）`,
    });
  };
}
