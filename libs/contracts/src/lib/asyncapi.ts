import { z } from 'zod';
import { envelopeSchema } from './envelope';
import type { EventDefinition } from './event-definition';
import { SERVICE_NAMES, SERVICES } from './services';

type Json = Record<string, unknown>;

const jsonSchema = (schema: z.ZodType): Json => {
  const { $schema: _omit, ...rest } = z.toJSONSchema(schema, { unrepresentable: 'any' }) as Json;
  return rest;
};

/** The event catalogue as an AsyncAPI 3 document, generated from the contracts. */
export function asyncApiDocument(definitions: readonly EventDefinition[], version = '0.1.0'): Json {
  const channels: Json = {};
  const operations: Json = {};
  const messages: Json = {};
  for (const name of SERVICE_NAMES) {
    const service = SERVICES[name];
    if (!service.topic) continue;
    const own = definitions.filter((d) => d.producer === name).sort((a, b) => a.type.localeCompare(b.type));
    const channelId = service.topic.replace(/\W/g, '_');
    channels[channelId] = {
      address: service.topic,
      description: `${service.label}（${name}）发布的事件。Key = aggregate id; retention unlimited; prefixed by TOPIC_PREFIX per deployment.`,
      messages: Object.fromEntries(own.map((d) => [d.type, { $ref: `#/components/messages/${d.type}` }])),
    };
    operations[`publish_${channelId}`] = {
      action: 'send',
      channel: { $ref: `#/channels/${channelId}` },
      summary: `${name} publishes through its outbox relay, in per-stream order`,
    };
    for (const d of own) {
      messages[d.type] = {
        name: d.type,
        title: d.description,
        summary: `schema version ${d.schemaVersion}`,
        headers: {
          type: 'object',
          properties: {
            'event-type': { type: 'string', const: d.type },
            'event-id': { type: 'string' },
            'schema-version': { type: 'string', const: String(d.schemaVersion) },
          },
        },
        payload: {
          allOf: [
            { $ref: '#/components/schemas/EventEnvelope' },
            {
              type: 'object',
              properties: { type: { const: d.type }, schemaVersion: { const: d.schemaVersion }, data: jsonSchema(d.schema) },
            },
          ],
        },
        'x-previous-versions': Object.fromEntries(Object.entries(d.previousSchemas).map(([v, s]) => [v, jsonSchema(s)])),
      };
    }
  }
  return {
    asyncapi: '3.0.0',
    info: {
      title: '长春市项目建设管理平台 · event catalogue',
      version,
      description:
        'Generated from libs/contracts by `npm run contracts:docs`; a unit test fails when this file and the code disagree. ' +
        'Old schema versions are upcast on read and on consume. Dead letters of a consumer group go to `<group>.dlq`, re-driven ones come back through `<group>.retry`.',
    },
    defaultContentType: 'application/json',
    channels,
    operations,
    components: { schemas: { EventEnvelope: jsonSchema(envelopeSchema) }, messages },
  };
}
