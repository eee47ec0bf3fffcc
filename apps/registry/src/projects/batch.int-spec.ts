import request from 'supertest';
import type { MongoEventStore } from '@ccpc/event-store';
import { EVENT_STORE } from '@ccpc/event-store-nest';
import { startTestService, testToken, type TestService } from '@ccpc/testing';
import { idFromKey } from '@ccpc/service-kit';
import { registryService } from '../service';
import { registration } from './projects.fixtures';

/** POST /batch: the registry's commands many at a time, each exactly as if sent alone. */
describe('the registry batch route, on real Kafka and a real MongoDB-protocol server', () => {
  let service: TestService;
  let store: MongoEventStore;
  const http = () => request(service.app.getHttpServer());
  const officer = async () => `Bearer ${await testToken(['locality:lvyuan'], 'batch-lvyuan', '绿园区项目专员')}`;
  const types = async (id: string) => (await store.readStream(`project-${id}`)).map((e) => e.type);

  beforeAll(async () => {
    service = await startTestService(registryService);
    store = service.app.get<MongoEventStore>(EVENT_STORE);
  });
  afterAll(async () => {
    await service?.close();
  });

  describe('given two new projects and their first steps in one call', () => {
    const keys = ['batch-a-register', 'batch-b-register'];
    const ids = keys.map((key) => idFromKey('batch-lvyuan', key));
    const entries = () => [
      { command: 'register', idempotencyKey: keys[0], body: registration({ name: '绿园区智能制造产业园' }) },
      {
        command: 'register',
        idempotencyKey: keys[1],
        body: registration({ name: '绿园区冷链物流中心', categoryCode: 'logistics', subKindCode: undefined }),
      },
      { command: 'docking', id: ids[0], idempotencyKey: 'batch-a-docking', body: { date: '2017-03-01' } },
      { command: 'landing', id: ids[0], idempotencyKey: 'batch-a-landing', body: { date: '2017-05-01', investor: '一汽富维' } },
      { command: 'docking', id: ids[1], idempotencyKey: 'batch-b-docking', body: { date: '2017-04-01' } },
    ];

    it('when sent, then every command is applied in order on its project, with one result shape', async () => {
      const response = await http()
        .post('/batch')
        .set('Authorization', await officer())
        .send({ commands: entries() })
        .expect(200);
      expect(response.body).toMatchObject({ applied: 5, replayed: 0, refused: 0 });
      expect(response.body.results.map((r: { status: number; result: { id: string } }) => [r.status, r.result.id])).toEqual([
        [200, ids[0]],
        [200, ids[1]],
        [200, ids[0]],
        [200, ids[0]],
        [200, ids[1]],
      ]);
      expect(response.body.results[3].result).toMatchObject({ version: 3, replayed: false, events: [{ type: 'ProjectStageAdvanced' }] });
      expect(await types(ids[0] as string)).toEqual(['ProjectRegistered', 'ProjectStageAdvanced', 'ProjectStageAdvanced']);
      expect(await types(ids[1] as string)).toEqual(['ProjectRegistered', 'ProjectStageAdvanced']);
    });

    it('when sent again, then every command replays its first result and nothing is appended', async () => {
      const response = await http()
        .post('/batch')
        .set('Authorization', await officer())
        .send({ commands: entries() })
        .expect(200);
      expect(response.body).toMatchObject({ applied: 0, replayed: 5, refused: 0 });
      expect(response.body.results[3].result).toMatchObject({ id: ids[0], version: 3, replayed: true });
      expect(await types(ids[0] as string)).toHaveLength(3);
    });

    it('when a command was sent alone with the same key, then the batch replays it (one path, one key space)', async () => {
      const alone = await http()
        .post(`/projects/${ids[1]}/landing`)
        .set('Authorization', await officer())
        .set('Idempotency-Key', 'batch-b-landing')
        .send({ date: '2017-06-01', investor: '吉林亚泰' })
        .expect(200);
      const batch = await http()
        .post('/batch')
        .set('Authorization', await officer())
        .send({
          commands: [
            { command: 'landing', id: ids[1], idempotencyKey: 'batch-b-landing', body: { date: '2017-06-01', investor: '吉林亚泰' } },
          ],
        })
        .expect(200);
      expect(batch.body.results[0].result).toEqual({ ...alone.body, replayed: true });
    });
  });

  describe('given a batch with refusals among good commands', () => {
    it('refuses each bad one in its slot as its single route would, and applies the others', async () => {
      const id = idFromKey('batch-lvyuan', 'batch-c-register');
      const response = await http()
        .post('/batch')
        .set('Authorization', await officer())
        .send({
          commands: [
            { command: 'register', idempotencyKey: 'batch-c-register', body: registration({ name: '绿园区数字经济产业园' }) },
            { command: 'start', id, body: { date: '2017-02-01' } }, // not yet in 前期
            { command: 'docking', id, body: { date: '2099-01-01' } }, // in the future
            { command: 'city-leader', id, body: { id: 'leader-1', name: '张副市长', from: '2018-03-01' } }, // the project office's
            { command: 'register', body: registration({ localityCode: 'nanguan' }) }, // another 区
            { command: 'docking', id, body: { date: '2017-02-01' } },
          ],
        })
        .expect(200);
      expect(response.body.results.map((r: { status: number; error?: { rule: string } }) => [r.status, r.error?.rule ?? null])).toEqual([
        [200, null],
        [409, 'stage.order'],
        [422, 'date.future'],
        [403, 'access.role'],
        [403, 'access.scope'],
        [200, null],
      ]);
      expect(await types(id)).toEqual(['ProjectRegistered', 'ProjectStageAdvanced']);
    });
  });

  describe('given two new projects with one national code in one call', () => {
    it('gives the code to the first, refuses the second with 409, and the code is free again once its project gave it up', async () => {
      const code = '2018-220106-36-03-000777';
      const keys = ['batch-code-a', 'batch-code-b', 'batch-code-c'];
      const ids = keys.map((key) => idFromKey('batch-lvyuan', key));
      const response = await http()
        .post('/batch')
        .set('Authorization', await officer())
        .send({
          commands: [
            { command: 'register', idempotencyKey: keys[0], body: registration({ name: '绿园区光电子产业园', nationalCode: code }) },
            { command: 'register', idempotencyKey: keys[1], body: registration({ name: '绿园区光电子二期', nationalCode: code }) },
            { command: 'docking', id: ids[0], idempotencyKey: 'batch-code-a-docking', body: { date: '2017-03-01' } },
          ],
        })
        .expect(200);

      expect(response.body.results.map((r: { status: number; error?: { rule: string } }) => [r.status, r.error?.rule ?? null])).toEqual([
        [200, null],
        [409, 'nationalCode.duplicate'],
        [200, null],
      ]);
      expect(await types(ids[0] as string)).toEqual(['ProjectRegistered', 'ProjectStageAdvanced']);
      expect(await types(ids[1] as string)).toEqual([]);
      // A register refused after its code was reserved (another 区's project) gives the code back at once.
      const other = 'Bearer ' + (await testToken(['locality:lvyuan'], 'batch-lvyuan', '绿园区项目专员'));
      const spare = '2018-220106-36-03-000778';
      const refused = await http()
        .post('/batch')
        .set('Authorization', other)
        .send({
          commands: [
            { command: 'register', idempotencyKey: keys[2], body: registration({ localityCode: 'nanguan', nationalCode: spare }) },
          ],
        })
        .expect(200);
      expect(refused.body.results[0]).toMatchObject({ status: 403, error: { rule: 'access.scope' } });
      const later = await http()
        .post('/batch')
        .set('Authorization', other)
        .send({
          commands: [
            { command: 'register', idempotencyKey: 'batch-code-d', body: registration({ name: '绿园区新材料园', nationalCode: spare }) },
          ],
        })
        .expect(200);
      expect(later.body.results[0]).toMatchObject({ status: 200 });
    });
  });

  describe('given a caller holding two roles, whose entries name the one each acts under (as)', () => {
    it('records each command under the role it names, and refuses a role the caller does not hold', async () => {
      const both = `Bearer ${await testToken(['project-office', 'locality:lvyuan'], 'batch-both', '绿园区兼项目办')}`;
      const id = idFromKey('batch-both', 'batch-as-register');
      const response = await http()
        .post('/batch')
        .set('Authorization', both)
        .send({
          commands: [
            {
              command: 'register',
              as: 'locality:lvyuan',
              idempotencyKey: 'batch-as-register',
              body: registration({ name: '绿园区汽车零部件园' }),
            },
            { command: 'docking', as: 'project-office', id, idempotencyKey: 'batch-as-docking', body: { date: '2017-03-01' } },
            { command: 'landing', as: 'department:fgw', id, body: { date: '2017-05-01', investor: '一汽富维' } },
          ],
        })
        .expect(200);

      expect(response.body.results.map((r: { status: number; error?: { rule: string } }) => [r.status, r.error?.rule ?? null])).toEqual([
        [200, null],
        [200, null],
        [403, 'access.role'],
      ]);
      expect(response.body.results[2].error).toMatchObject({ rule: 'access.role', field: 'as' });
      const actors = (await store.readStream(`project-${id}`)).map((e) => `${e.actor.role} ${e.actor.scope}`);
      expect(actors).toEqual(['locality locality:lvyuan', 'project-office project-office']);
    });
  });

  describe('given a malformed entry', () => {
    it.each([
      [{ command: 'docking', id: 'not-a-uuid', body: { date: '2018-01-01' } }, 'commands[1].id'],
      [{ command: 'docking', id: idFromKey('x', 'y-key-0001'), body: { date: '2018-13-01' } }, 'commands[1].body.date'],
      [{ command: 'docking', id: idFromKey('x', 'y-key-0001'), body: { date: '2018-01-01', colour: 'red' } }, 'commands[1].body.colour'],
      [{ command: 'teleport', id: idFromKey('x', 'y-key-0001'), body: {} }, 'commands[1].command'],
      [{ command: 'docking', body: { date: '2018-01-01' } }, 'commands[1].id'],
    ])('refuses the whole batch with 400 naming the entry and field, and runs nothing (%j)', async (bad, field) => {
      const good = {
        command: 'register',
        idempotencyKey: `batch-malformed-${field.length}-${JSON.stringify(bad).length}`,
        body: registration(),
      };
      const response = await http()
        .post('/batch')
        .set('Authorization', await officer())
        .send({ commands: [good, bad] })
        .expect(400);
      expect(response.body.field).toBe(field);
      expect(await types(idFromKey('batch-lvyuan', good.idempotencyKey))).toEqual([]);
    });
  });
});
