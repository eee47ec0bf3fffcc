import type { OpenAPIObject } from '@nestjs/swagger';
import type { CommandDefinition } from './command-set';

type Schema = Record<string, unknown>;

/**
 * The batch route's request schema, written from the service's commands: an entry is one of
 * them — its name, its id (absent for a command that creates), its path parameters and its own
 * body schema — so that a client (or the API fuzzer) knows exactly what each entry may hold.
 */
export function batchSchemas(document: OpenAPIObject, commands: ReadonlyMap<string, { definition: CommandDefinition }>): void {
  const schemas = (document.components?.schemas ?? {}) as Record<string, Schema>;
  const batch = schemas['BatchDto'];
  const entry = schemas['BatchCommandDto'];
  if (!batch || !entry) return;
  const common = entry['properties'] as Record<string, Schema>;
  const variants: Record<string, string> = {};
  for (const [name, { definition }] of commands) {
    const key = `BatchCommand_${name}`;
    const properties: Record<string, Schema> = {
      command: { type: 'string', enum: [name], description: definition.summary },
      body: { $ref: `#/components/schemas/${definition.body.name}` },
    };
    const required = ['command', 'body'];
    if (common['idempotencyKey']) properties['idempotencyKey'] = common['idempotencyKey'];
    if (common['expectedVersion']) properties['expectedVersion'] = common['expectedVersion'];
    if (common['as']) properties['as'] = common['as'];
    if (!definition.creates) {
      properties['id'] = definition.id
        ? { type: 'string', pattern: definition.id.pattern.source, description: `对象编号（${definition.id.what}）` }
        : { type: 'string', format: 'uuid', description: '对象编号' };
      required.push('id');
    }
    if (definition.params) {
      properties['params'] = {
        type: 'object',
        additionalProperties: false,
        required: Object.keys(definition.params),
        properties: Object.fromEntries(
          Object.entries(definition.params).map(([param, pattern]) => [param, { type: 'string', pattern: pattern.source }]),
        ),
      };
      required.push('params');
    }
    schemas[key] = { type: 'object', additionalProperties: false, required, properties };
    variants[name] = `#/components/schemas/${key}`;
  }
  const list = (batch['properties'] as Record<string, Schema>)['commands'] as Schema;
  list['items'] = {
    oneOf: Object.values(variants).map(($ref) => ({ $ref })),
    discriminator: { propertyName: 'command', mapping: variants },
  };
  delete schemas['BatchCommandDto'];
}
