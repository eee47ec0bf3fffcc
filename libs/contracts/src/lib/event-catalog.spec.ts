import { z } from 'zod';
import { defineEvent, EventCatalog } from '../index';

// A contract that changed once: v1 had one amount in 元; v2 stores 万元 and names the currency unit.
const investmentRecordedV2 = defineEvent({
  type: 'TestInvestmentRecorded',
  label: '测试投资',
  producer: 'registry',
  description: '测试：投资记录',
  schemaVersion: 2,
  schema: z.object({ amountWan: z.number().int().nonnegative(), unit: z.literal('万元') }),
  previousSchemas: { 1: z.object({ amountYuan: z.number() }) },
  upcasters: { 1: (data) => ({ amountWan: Math.round((data as { amountYuan: number }).amountYuan / 10_000), unit: '万元' }) },
});

const envelope = (schemaVersion: number, data: unknown) => ({
  eventId: 'e-1',
  type: 'TestInvestmentRecorded',
  schemaVersion,
  streamId: 'project-1',
  streamVersion: 1,
  occurredAt: '2018-03-01T08:00:00.000Z',
  recordedAt: '2018-03-01T08:00:00.010Z',
  correlationId: 'c-1',
  causationId: null,
  actor: { id: 'u-1', role: 'locality', scope: 'locality:nanguan' },
  data,
});

describe('event catalogue', () => {
  const catalog = new EventCatalog([investmentRecordedV2]);

  describe('when a v1 event is read after the schema moved to v2', () => {
    it('returns it as v2 through the upcaster', () => {
      const event = catalog.read(envelope(1, { amountYuan: 150_000_000 }));
      expect(event.schemaVersion).toBe(2);
      expect(event.data).toEqual({ amountWan: 15_000, unit: '万元' });
    });
  });

  describe('when a current event is read', () => {
    it('validates it against the current schema', () => {
      expect(catalog.read(envelope(2, { amountWan: 5, unit: '万元' })).data).toEqual({ amountWan: 5, unit: '万元' });
      expect(() => catalog.read(envelope(2, { amountWan: -5, unit: '万元' }))).toThrow(
        'TestInvestmentRecorded v2→v2: amountWan: Too small',
      );
    });
  });

  describe('when an event is newer than the service knows', () => {
    it('refuses it, naming the versions', () => {
      expect(() => catalog.read(envelope(3, {}))).toThrow('TestInvestmentRecorded v3 is newer than this service knows (v2)');
    });
  });

  describe('when an event type is unknown or the envelope is broken', () => {
    it('refuses it with the reason', () => {
      expect(() => catalog.read({ ...envelope(2, {}), type: 'Nope' })).toThrow('unknown event type Nope');
      expect(() => catalog.read({ type: 'TestInvestmentRecorded' })).toThrow('not an event envelope');
    });
  });

  describe('when a contract skips an upcaster', () => {
    it('cannot be defined', () => {
      expect(() =>
        defineEvent({
          type: 'Broken',
          label: '损坏',
          producer: 'registry',
          description: '',
          schemaVersion: 3,
          schema: z.object({}),
          upcasters: { 1: (d) => d },
        }),
      ).toThrow('Broken: no upcaster from schema version 2 to 3');
    });
  });

  describe('when new data is written', () => {
    it('is validated against the current schema before anything is stored', () => {
      expect(catalog.validateNew('TestInvestmentRecorded', { amountWan: 10, unit: '万元' })).toEqual({
        schemaVersion: 2,
        data: { amountWan: 10, unit: '万元' },
      });
      expect(() => catalog.validateNew('TestInvestmentRecorded', { amountWan: 1.5, unit: '万元' })).toThrow('amountWan');
    });
  });
});
