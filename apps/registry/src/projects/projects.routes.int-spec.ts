import request from 'supertest';
import { type RouteRow, routeRoleTable, startTestService, TABLE_GRANTS, testToken, type TestService, waitFor } from '@ccpc/testing';
import { registryService } from '../service';
import { registration } from './projects.fixtures';

/** Who may call each route of the registry, checked for every kind of grant on real servers. */
describe('registry routes by role', () => {
  let service: TestService;
  const office = () => testToken(['project-office'], 'pmo-1', '市大项目办');
  const http = () => request(service.app.getHttpServer());

  beforeAll(async () => {
    service = await startTestService(registryService);
  });
  afterAll(async () => {
    await service?.close();
  });

  describe('route × role table', () => {
    let id = '';
    beforeAll(async () => {
      const auth = `Bearer ${await office()}`;
      const created = await http()
        .post('/projects')
        .set('Authorization', auth)
        .send(registration({ localityCode: 'nanguan', departmentCode: 'fgw' }))
        .expect(201);
      id = created.body.id;
      await http()
        .post(`/projects/${id}/city-leader`)
        .set('Authorization', auth)
        .send({ id: 'leader-1', name: '张副市长', from: '2018-03-01' })
        .expect(200);
      await http()
        .post(`/projects/${id}/secretary`)
        .set('Authorization', auth)
        .send({ id: 'secretary-1', name: '李秘书', from: '2018-03-01' })
        .expect(200);
      // The leader and the secretary see the project once the read model has their assignments.
      await waitFor('the read model at version 3', async () => {
        const r = await http().get(`/projects/${id}`).set('Authorization', auth);
        return r.headers['etag'] === '"3"' ? true : undefined;
      });
    });
    const authorisedOnly = (s: number) => s !== 401 && s !== 403 && s < 500; // business refusals (409/422) are fine here
    const writers = ['locality:nanguan', 'department:fgw', 'project-office', 'admin'] as const;
    const command = (path: string, body: object, allowed: RouteRow['allowed'] = writers): RouteRow => ({
      route: `POST /projects/{id}/${path}`,
      allowed,
      allowedStatus: authorisedOnly,
      send: (h, a) => (a ? h.post(`/projects/${id}/${path}`).set('Authorization', a) : h.post(`/projects/${id}/${path}`)).send(body),
    });
    const everyone = TABLE_GRANTS;
    /** Who reads the project: its 区 and department, its leader and secretary, and the city-wide readers. */
    const projectReaders = [
      'locality:nanguan',
      'department:fgw',
      'project-office',
      'leader:leader-1',
      'secretary:secretary-1',
      'leadership',
      'statistics',
      'admin',
    ] as const;

    routeRoleTable(
      () => service,
      [
        {
          route: 'GET /health (public)',
          allowed: 'anyone',
          send: (h, a) => (a ? h.get('/health').set('Authorization', a) : h.get('/health')),
        },
        {
          route: 'GET /reference',
          allowed: everyone,
          send: (h, a) => (a ? h.get('/reference').set('Authorization', a) : h.get('/reference')),
        },
        {
          route: 'GET /inbox (the 待办 part)',
          allowed: ['locality:nanguan', 'locality:chaoyang', 'department:fgw', 'department:gxj', 'project-office', 'admin'],
          send: (h, a) => (a ? h.get('/inbox').set('Authorization', a) : h.get('/inbox')),
        },
        {
          route: 'GET /projects',
          allowed: everyone,
          send: (h, a) => (a ? h.get('/projects').set('Authorization', a) : h.get('/projects')),
        },
        {
          route: 'GET /projects/{id}',
          allowed: projectReaders,
          deniedStatus: 404,
          send: (h, a) => (a ? h.get(`/projects/${id}`).set('Authorization', a) : h.get(`/projects/${id}`)),
        },
        {
          route: 'GET /projects/{id}/actions',
          allowed: projectReaders,
          deniedStatus: 404,
          send: (h, a) => (a ? h.get(`/projects/${id}/actions`).set('Authorization', a) : h.get(`/projects/${id}/actions`)),
        },
        {
          route: 'POST /projects',
          allowed: writers,
          allowedStatus: authorisedOnly,
          send: (h, a) =>
            (a ? h.post('/projects').set('Authorization', a) : h.post('/projects')).send(
              registration({ localityCode: 'nanguan', departmentCode: 'fgw' }),
            ),
        },
        {
          route: 'PATCH /projects/{id}',
          allowed: writers,
          allowedStatus: authorisedOnly,
          send: (h, a) => (a ? h.patch(`/projects/${id}`).set('Authorization', a) : h.patch(`/projects/${id}`)).send({ threeEarly: true }),
        },
        command('national-code', { nationalCode: '2018-220102-36-03-000555' }),
        command('docking', { date: '2018-02-01' }),
        command('site-ready', { date: '2018-02-01' }),
        command('landing', { date: '2018-03-01', investor: '某投资方' }),
        command('preparation', { date: '2018-03-10' }),
        command('annual-plans', { year: 2018, kind: 'new-start', plannedStartMonth: '2018-04', annualInvestmentWan: 1000 }),
        command('start', { date: '2018-04-16' }),
        command('resumption', { date: '2019-03-01' }),
        command('investments', { month: '2018-05', cumulativeWan: 100 }),
        command('investment-corrections', { month: '2018-05', cumulativeWan: 90, reason: '统计口径调整' }, [
          'locality:nanguan',
          'department:fgw',
          'project-office',
        ]),
        command('suspension', { date: '2018-06-01', reason: '资金未到位' }),
        command('reactivation', { date: '2018-07-01' }),
        command('completion', { date: '2019-10-01' }),
        command('statistics-inclusion', { registeredOn: '2018-06-05', includedAmountWan: 10, evidence: ['JZ-1'] }, [
          'statistics',
          'project-office',
        ]),
        command('city-leader', { id: 'leader-2', name: '王副市长', from: '2018-03-01' }, ['project-office']),
        command('secretary', { id: 'secretary-2', name: '赵秘书', from: '2018-03-01' }, ['project-office']),
        command('front-end-funding', { amountWan: 100, date: '2018-03-01', designCompleted: true }, ['project-office']),
        command('stage-correction', { stage: 'reserve', reason: '核实后更正' }, ['project-office']),
        command('cancellation', { date: '2018-12-01', reason: '项目终止' }, ['project-office']),
      ],
    );
  });

  describe('the stage steps a project page offers', () => {
    const officer = () => testToken(['locality:nanguan'], 'officer-nanguan-2', '南关区 王敏');
    const steps = async (id: string, token: string) => {
      const r = await http().get(`/projects/${id}/actions`).set('Authorization', `Bearer ${token}`).expect(200);
      return (r.body.actions as Array<{ command: string }>).map((a) => a.command);
    };

    it("given a project in the reserve, then its officer is offered the next step and the office's own ones too, the leadership none; after the step the offer moves on", async () => {
      const created = await http()
        .post('/projects')
        .set('Authorization', `Bearer ${await officer()}`)
        .send(registration({ localityCode: 'nanguan', departmentCode: 'fgw' }))
        .expect(201);
      const id = created.body.id as string;
      expect(await steps(id, await officer())).toEqual(['docking', 'site-ready', 'suspension']);
      expect(await steps(id, await office())).toEqual(['docking', 'site-ready', 'suspension', 'cancellation']);
      expect(await steps(id, await testToken(['leadership'], 'mayor-office', '市长办公室'))).toEqual([]);
      const body = (
        await http()
          .get(`/projects/${id}/actions`)
          .set('Authorization', `Bearer ${await officer()}`)
      ).body;
      expect(body).toMatchObject({ projectId: id, stage: 'reserve', version: 1 });
      expect(body.actions[0]).toEqual({
        step: 'StartDocking',
        command: 'docking',
        path: 'docking',
        label: expect.stringContaining('开始对接'),
        asks: 'date',
      });

      // When the officer takes the step offered, then the next one is offered (read from the stream until the list has it).
      await http()
        .post(`/projects/${id}/docking`)
        .set('Authorization', `Bearer ${await officer()}`)
        .send({ date: '2018-02-01' })
        .expect(200);
      expect(await steps(id, await officer())).toEqual(['landing', 'site-ready', 'suspension']);
    });
  });
});
