import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { ALL_EVENT_DEFINITIONS, asyncApiDocument, defineEvent, eventCatalogueMarkdown } from '../index';

describe('the AsyncAPI catalogue', () => {
  describe('when docs/asyncapi.yaml is compared with the contracts in code', () => {
    it('is the same document (run `npm run contracts:docs` after changing a contract)', () => {
      const committed = parse(readFileSync(join(__dirname, '../../../../docs/asyncapi.yaml'), 'utf8'));
      expect(committed).toEqual(asyncApiDocument(ALL_EVENT_DEFINITIONS));
    });

    it('and docs/events.md is the same catalogue in prose', () => {
      expect(readFileSync(join(__dirname, '../../../../docs/events.md'), 'utf8')).toBe(eventCatalogueMarkdown(ALL_EVENT_DEFINITIONS));
    });
  });

  describe('when a contract has an older version', () => {
    it('lists the current schema in the message and the older one beside it', () => {
      const event = defineEvent({
        type: 'DemoChanged',
        label: '示例变更',
        producer: 'approval',
        description: '示例',
        schemaVersion: 2,
        schema: z.object({ b: z.string() }),
        previousSchemas: { 1: z.object({ a: z.number() }) },
        upcasters: { 1: () => ({ b: '' }) },
      });
      const doc = asyncApiDocument([event]) as {
        channels: Record<string, { messages: object }>;
        components: { messages: Record<string, Record<string, unknown>> };
      };
      expect(Object.keys(doc.channels['approval_events']?.messages ?? {})).toEqual(['DemoChanged']);
      expect(doc.components.messages['DemoChanged']?.['summary']).toBe('schema version 2');
      expect(doc.components.messages['DemoChanged']?.['x-previous-versions']).toMatchObject({
        1: { properties: { a: { type: 'number' } } },
      });
    });
  });
});
