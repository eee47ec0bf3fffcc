import request from 'supertest';
import type { MongoEventStore } from '@ccpc/event-store';
import { EVENT_STORE } from '@ccpc/event-store-nest';
import { cityDate } from '@ccpc/contracts';
import { httpSlice, startTestService, testToken, type TestService } from '@ccpc/testing';
import { registryService } from '../service';

const registration = (overrides: Record<string, unknown> = {}) => ({
  name: '长春新区光电信息产业园',
  localityCode: 'xinqu',
  departmentCode: 'kjj',
  categoryCode: 'optoelectronics',
  sourceCode: 'research',
  totalInvestmentWan: 80_000,
  reserveLevels: ['city'],
  ...overrides,
});

/**
 * Business dates at the registry's edge (docs/domain.md → Business dates) and the
 * Idempotency-Key contract: a retry with the same key and request replays, the same key with
 * another request is the client's mistake (422), never silently the first result.
 */
describe('business dates and idempotency keys at the registry', () => {
  let service: TestService;
  let store: MongoEventStore;
  const officer = () => testToken(['locality:xinqu'], 'officer-xinqu-1');
  const http = () => request(service.app.getHttpServer());
  const slice = httpSlice(
    () => service,
    () => store,
  );

  beforeAll(async () => {
    service = await startTestService(registryService);
    store = service.app.get(EVENT_STORE);
  });
  afterAll(async () => {
    await service?.close();
  });

  it('dates a registration without registeredOn today (city time), in the event itself', async () => {
    const created = await http()
      .post('/projects')
      .set('Authorization', `Bearer ${await officer()}`)
      .send(registration())
      .expect(201);
    const [event] = await store.readStream(`project-${created.body.id}`);
    expect(event?.data).toMatchObject({ registeredOn: cityDate(new Date()) });
  });

  it('refuses a stage change dated before the registration, and a fact dated in the future — writing nothing', async () => {
    const auth = `Bearer ${await officer()}`;
    const id = '6df00bdd-effa-4a6f-9716-7c06f7e5aa01';
    const registered = {
      type: 'ProjectRegistered',
      data: {
        projectId: id,
        registeredOn: '2017-09-01',
        ...registration(),
        subKindCode: null,
        industrial: true,
        investor: null,
        nationalCode: null,
        leading: false,
        landmark: false,
        threeEarly: false,
        siteInDevelopmentZone: true,
        referenceVersion: '2018.1',
      },
    };
    await slice
      .given(`project-${id}`, [registered])
      .when(async (h) => h.post(`/projects/${id}/docking`).set('Authorization', auth).send({ date: '2017-08-31' }))
      .thenRefuses(422, 'date.beforeRegistration', 'date');
    const future = await http().post(`/projects/${id}/docking`).set('Authorization', auth).send({ date: '2099-01-01' });
    expect([future.status, future.body.rule, future.body.field]).toEqual([422, 'date.future', 'date']);
    expect(await store.readStream(`project-${id}`)).toHaveLength(1);
  });

  it('replays a same-key retry, and refuses the same key with a different body (idempotency.key-reused)', async () => {
    const auth = `Bearer ${await officer()}`;
    const first = await http()
      .post('/projects')
      .set('Authorization', auth)
      .set('Idempotency-Key', 'dates-key-0001')
      .send(registration({ registeredOn: '2017-09-01' }));
    expect(first.status).toBe(201);
    const again = await http()
      .post('/projects')
      .set('Authorization', auth)
      .set('Idempotency-Key', 'dates-key-0001')
      .send({ ...registration({ registeredOn: '2017-09-01' }) });
    expect(again.body).toMatchObject({ id: first.body.id, replayed: true });
    const reused = await http()
      .post('/projects')
      .set('Authorization', auth)
      .set('Idempotency-Key', 'dates-key-0001')
      .send(registration({ registeredOn: '2017-09-01', totalInvestmentWan: 90_000 }));
    expect([reused.status, reused.body.rule, reused.body.field]).toEqual([422, 'idempotency.key-reused', 'Idempotency-Key']);
    const events = await store.readStream(`project-${first.body.id}`);
    expect(events).toHaveLength(1);
  });
});
