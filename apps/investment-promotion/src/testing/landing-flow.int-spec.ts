import request from 'supertest';
import { topicName } from '@ccpc/contracts';
import type { MongoEventStore } from '@ccpc/event-store';
import { CLOCK, EVENT_STORE } from '@ccpc/event-store-nest';
import type { Clock } from '@ccpc/eventsourcing';
import { type ServiceProcess, startServiceProcess, startTestService, testKafka, testToken, type TestService, waitFor } from '@ccpc/testing';
import { identifying } from '../leads/lead.fixtures';
import { investmentPromotionService } from '../service';

interface Health {
  info?: { consumers?: Record<string, { redelivered?: number }> };
  details?: { consumers?: Record<string, { redelivered?: number }> };
}

/**
 * A lead from identified to landed over HTTP, with the registry and the projection as their own
 * processes on the same topics: exactly one registry project (source 招商引进, the lead's id), also
 * when LeadLanded is delivered again; the project's id back on the lead; the project in the
 * dashboard's reserve count. Then two localities courting one enterprise for one node: the
 * conflict flagged, resolved by the project office, the other lead released.
 */
describe('a landed lead becomes one registry project (招商引进), across services on real servers', () => {
  let promotion: TestService;
  let registry: ServiceProcess;
  let projection: ServiceProcess;
  let store: MongoEventStore;
  const bearer = async (grant: string) => `Bearer ${await testToken([grant], `user-${grant.replace(':', '-')}`)}`;
  const post = async (path: string, grant: string, body: object) => {
    const response = await request(promotion.app.getHttpServer())
      .post(path)
      .set('Authorization', await bearer(grant))
      .send(body);
    if (response.status >= 300) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body as { id: string; version: number; events: Array<{ type: string; data: Record<string, unknown> }> };
  };
  const get = async (base: string | TestService, path: string, grant: string) => {
    const target = typeof base === 'string' ? request(base) : request(base.app.getHttpServer());
    const response = await target.get(path).set('Authorization', await bearer(grant));
    return response.body;
  };

  beforeAll(async () => {
    promotion = await startTestService(investmentPromotionService);
    store = promotion.app.get(EVENT_STORE);
    const shared = { TOPIC_PREFIX: promotion.namespace.topicPrefix };
    [registry, projection] = await Promise.all([
      startServiceProcess('registry', { ...shared, MONGODB_DB: `${promotion.namespace.dbName}_registry` }),
      startServiceProcess('projection', { ...shared, MONGODB_DB: `${promotion.namespace.dbName}_projection` }),
    ]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([registry?.stop(), projection?.stop()]);
    await promotion?.close();
  });

  it('identified → contacted → negotiating → signed → landed yields exactly one project, also when the landing is redelivered', async () => {
    const officer = 'locality:nanguan';
    const { id: leadId } = await post('/leads', officer, identifying({ date: '2018-03-01' }));
    await post(`/leads/${leadId}/advance`, officer, { to: 'contacted', date: '2018-03-10' });
    await post(`/leads/${leadId}/advance`, officer, { to: 'negotiating', date: '2018-04-02' });
    await post(`/leads/${leadId}/signing`, officer, { contractAmountWan: 450_000, date: '2018-05-20' });
    const landed = await post(`/leads/${leadId}/landing`, officer, { projectName: '腾讯东北云计算数据中心', date: '2018-06-15' });
    expect(landed.events.map((e) => e.type)).toEqual(['LeadLanded']);

    // The registry's project id comes back to the lead by event.
    const lead = await waitFor(
      'the project id back on the lead',
      async () => {
        const body = await get(promotion, `/leads/${leadId}`, officer);
        return body.projectId ? body : undefined;
      },
      60_000,
    );
    const projectId = lead.projectId as string;
    const project = await get(registry.url, `/projects/${projectId}`, 'project-office');
    expect(project).toMatchObject({
      name: '腾讯东北云计算数据中心',
      sourceCode: 'promotion',
      leadId,
      localityCode: 'nanguan',
      departmentCode: 'gxj',
      categoryCode: 'big-data',
      investor: '腾讯科技（深圳）有限公司',
      totalInvestmentWan: 450_000,
      registeredOn: '2018-06-15',
      stage: 'landed',
    });

    // LeadLanded delivered again, exactly as the relay sent it: the registry passes it and registers nothing.
    const envelope = (await store.readStream(`lead-${leadId}`)).find((e) => e.type === 'LeadLanded');
    if (!envelope) throw new Error('no LeadLanded in the lead stream');
    const producer = testKafka('landing-flow').producer();
    await producer.connect();
    await producer.send({
      topic: topicName('investment-promotion', promotion.namespace.topicPrefix),
      messages: [
        {
          key: envelope.streamId,
          value: JSON.stringify(envelope),
          headers: { 'event-type': envelope.type, 'event-id': envelope.eventId, 'schema-version': String(envelope.schemaVersion) },
        },
      ],
    });
    await producer.disconnect();
    await waitFor(
      "the registry's reaction to count the redelivery",
      async () => {
        const health = (await (await fetch(`${registry.url}/health`)).json()) as Health;
        const consumers = health.info?.consumers ?? health.details?.consumers ?? {};
        const reaction = Object.entries(consumers).find(([name]) => name.includes('lead-landed'))?.[1];
        if ((reaction?.redelivered ?? 0) >= 1) return true;
        throw new Error(JSON.stringify(health).slice(0, 1500));
      },
      60_000,
    );
    const all = await get(registry.url, '/projects?pageSize=100', 'project-office');
    expect(all.items.filter((p: { leadId?: string | null }) => p.leadId === leadId)).toHaveLength(1);
    expect((await get(registry.url, `/projects/${projectId}`, 'project-office')).version).toBe(project.version);

    // On the leadership's board: the landed project (≥ 1亿, landed) counts in the rolling reserve.
    const drill = await waitFor(
      'the project in the reserve drill-down',
      async () => {
        const body = await get(projection.url, '/dashboard/indicators/rolling-reserve/projects?asOf=2018-06-30', 'leadership');
        return (body.items ?? body.projects ?? []).some((p: { projectId: string }) => p.projectId === projectId) ? body : undefined;
      },
      60_000,
    );
    expect(drill).toBeDefined();
    const before = await get(projection.url, '/dashboard/indicators/rolling-reserve/projects?asOf=2018-06-14', 'leadership');
    expect((before.items ?? before.projects ?? []).some((p: { projectId: string }) => p.projectId === projectId)).toBe(false);
  }, 180_000);

  it('two localities courting one enterprise for one node: flagged to the project office, one kept, the other released', async () => {
    const enterprise = {
      enterpriseName: '宁德时代新能源科技股份有限公司',
      creditCode: undefined,
      categoryCode: 'nev',
      chainNode: '动力电池',
      departmentCode: 'gxj',
    };
    const first = await post('/leads', 'locality:qikai', { ...identifying(enterprise), localityCode: 'qikai', date: '2018-04-01' });
    const second = await post('/leads', 'locality:jingkai', {
      ...identifying(enterprise),
      enterpriseName: ' 宁德时代新能源科技股份有限公司 ',
      localityCode: 'jingkai',
      date: '2018-04-03',
    });
    const conflict = await waitFor(
      'the conflict on the project office list',
      async () => {
        const page = await get(promotion, '/conflicts', 'project-office');
        return page.items.find((c: { members: Array<{ leadId: string }> }) => c.members.some((m) => m.leadId === second.id));
      },
      30_000,
    );
    expect(conflict).toMatchObject({ conflictStatus: 'open', localityCodes: ['qikai', 'jingkai'], round: 1 });
    expect((await get(promotion, '/conflicts', 'locality:nanguan')).items).toEqual([]);
    const resolved = await post(`/conflicts/${conflict.courtshipId}/resolution`, 'project-office', {
      keptLeadId: first.id,
      reason: '汽开区整车配套基础更好',
      date: '2018-04-05',
    });
    expect(resolved.events[0]).toMatchObject({ type: 'LeadConflictResolved', data: { releasedLeadIds: [second.id] } });
    const released = await waitFor(
      'the other lead released',
      async () => {
        const body = await get(promotion, `/leads/${second.id}`, 'locality:jingkai');
        return body.stage === 'lost' ? body : undefined;
      },
      30_000,
    );
    expect(released.lost).toMatchObject({ conflictId: conflict.courtshipId, date: '2018-04-05' });
    expect(released.lost.reason).toContain('汽开区');
    const after = await waitFor('the conflict closed', async () => {
      const body = await get(promotion, `/conflicts/${conflict.courtshipId}`, 'project-office');
      return body.localityCodes?.length === 1 ? body : undefined;
    });
    expect(after).toMatchObject({ conflictStatus: 'none', resolutions: [{ keptLeadId: first.id, releasedLeadIds: [second.id] }] });
  }, 120_000);

  it("May 2018's bulletin: what was known at the month's end, the same document after later facts dated in May arrive", async () => {
    const clock = promotion.app.get<Clock>(CLOCK);
    const realNow = clock.now;
    const at = (day: string) => (clock.now = () => new Date(`${day}T10:00:00+08:00`));
    try {
      const officer = 'locality:lvyuan';
      at('2018-05-10');
      const body = identifying({
        localityCode: 'lvyuan',
        enterpriseName: '一汽富维汽车零部件股份有限公司',
        creditCode: undefined,
        categoryCode: 'auto',
        chainNode: '内饰件',
        intendedInvestmentWan: 60_000,
        date: '2018-05-10',
      });
      const { id: leadId } = await post('/leads', officer, body);
      at('2018-05-15');
      await post(`/leads/${leadId}/advance`, officer, { to: 'contacted', date: '2018-05-11' });
      await post(`/leads/${leadId}/advance`, officer, { to: 'negotiating', date: '2018-05-15' });
      at('2018-05-20');
      await post(`/leads/${leadId}/signing`, officer, { contractAmountWan: 55_000, date: '2018-05-20' });
      at('2018-05-25');
      const { id: activityId } = await post('/activities', officer, {
        kind: 'locality-trip',
        title: '绿园区赴长三角汽车零部件招商',
        localityCode: 'lvyuan',
        destination: '上海、宁波',
        regionCode: 'yangtze-delta',
        date: '2018-05-25',
      });
      await post(`/activities/${activityId}/results`, officer, {
        date: '2018-05-25',
        attendance: 30,
        leadIds: [leadId],
        deals: [{ enterprise: '某内饰公司', amountWan: 20_000 }],
      });

      at('2018-06-05');
      const may = await waitFor('the May bulletin with the lead, the contract and the trip', async () => {
        const b = await get(promotion, '/bulletins/2018-05', 'leadership');
        return b.signed?.items?.some((d: { leadId: string }) => d.leadId === leadId) &&
          b.activities?.items?.some((a: { activityId: string }) => a.activityId === activityId)
          ? b
          : undefined;
      });
      expect(may).toMatchObject({ month: '2018-05', final: true, knownAt: '2018-05-31T15:59:59.999Z' });
      expect(may.signed.items).toContainEqual(
        expect.objectContaining({
          leadId,
          enterprise: '一汽富维汽车零部件股份有限公司',
          localityName: '绿园区',
          amountWan: 55_000,
          date: '2018-05-20',
        }),
      );
      expect(may.leads.byChain).toContainEqual(expect.objectContaining({ categoryCode: 'auto', categoryName: '汽车', nodes: ['内饰件'] }));
      expect(may.activities.items).toContainEqual(
        expect.objectContaining({ activityId, organizer: '绿园区', attendance: 30, leads: 1, deals: 1, dealAmountWan: 20_000 }),
      );
      const lateBefore = (await get(promotion, '/bulletins/2018-05/late', 'project-office')).recordedLater as number;

      // Recorded in June: a lead back-dated to 28 May (a late report), and the landing of the signed lead (a June fact).
      at('2018-06-10');
      const { id: lateLead } = await post('/leads', officer, { ...body, enterpriseName: '迟报企业', date: '2018-05-28' });
      await post(`/leads/${leadId}/landing`, officer, { projectName: '一汽富维内饰件扩能项目', date: '2018-06-08' });
      await waitFor('both in the read model', async () => {
        const late = await get(promotion, '/bulletins/2018-05/late', 'project-office');
        const lead = await get(promotion, `/leads/${leadId}`, officer);
        return late.recordedLater === lateBefore + 1 && lead.stage === 'landed' ? late : undefined;
      });
      expect(lateLead).toBeDefined();
      at('2019-01-15');
      expect(await get(promotion, '/bulletins/2018-05', 'leadership')).toEqual(may);
      const page = await request(promotion.app.getHttpServer())
        .get('/bulletins/2018-05/print')
        .set('Authorization', await bearer('leadership'))
        .expect(200)
        .expect('Content-Type', /text\/html/);
      expect(page.text).toContain('长春市2018年5月项目谋划信息和招商动态');
      expect(page.text).toContain('绿园区赴长三角汽车零部件招商');
      expect(page.text).not.toContain('迟报企业');
    } finally {
      clock.now = realNow;
    }
  }, 60_000);

  it("the projection's promotion panel: exact for 2018, live and as of 31 May, and the landed project's history begins with its lead", async () => {
    // The leads above: 南关区 landed 15 June, 汽开区 kept, 经开区 released (lost 5 April), 绿园区 landed 8 June, 绿园区's late one identified.
    const panel = (query: string) =>
      waitFor(
        'the projection to hold every lead',
        async () => {
          const body = await get(projection.url, `/dashboard/promotion?${query}`, 'leadership');
          return body.totals?.identified === 5 && body.activities?.held === 1 ? body : undefined;
        },
        60_000,
      );
    const year = await panel('year=2018');
    expect(year).toMatchObject({ asOf: '2018-12-31', closed: true });
    expect(year.totals).toEqual({
      byStage: { identified: 2, contacted: 0, negotiating: 0, signed: 0, landed: 2, lost: 1 },
      identified: 5,
      intendedWan: 1_620_000,
      signed: { count: 2, amountWan: 505_000 },
      landed: { count: 2, investmentWan: 505_000 },
      conversion: 0.4,
    });
    expect(year.byLocality.find((r: { code: string }) => r.code === 'lvyuan')).toMatchObject({
      name: '绿园区',
      identified: 2,
      landed: { count: 1, investmentWan: 55_000 },
    });
    expect(year.activities).toMatchObject({ held: 1, attendance: 30, deals: 1, dealAmountWan: 20_000 });
    expect(year.compliance.months.find((m: { month: string }) => m.month === '2018-05').missing).not.toContain('lvyuan');
    expect(
      year.warnings.filter((w: { rule: string }) => w.rule === 'leaders-trip-missing').map((w: { period: string }) => w.period),
    ).toEqual(['2018-Q1', '2018-Q2', '2018-Q3', '2018-Q4']);
    const may = await panel('asOf=2018-05-31');
    expect(may.totals).toEqual({
      byStage: { identified: 2, contacted: 0, negotiating: 0, signed: 2, landed: 0, lost: 1 },
      identified: 5,
      intendedWan: 1_620_000,
      signed: { count: 2, amountWan: 505_000 },
      landed: { count: 0, investmentWan: 0 },
      conversion: 0,
    });
    expect(
      may.warnings.filter((w: { rule: string }) => w.rule === 'leaders-trip-missing').map((w: { period: string }) => w.period),
    ).toEqual(['2018-Q1']);

    const lead = (await get(promotion, '/leads?localityCode=nanguan', 'project-office')).items[0];
    const history = await get(projection.url, `/projects/${lead.projectId}/history`, 'leadership');
    expect(history.events.slice(0, 5).map((e: { type: string; service: string }) => `${e.service} ${e.type}`)).toEqual([
      'investment-promotion LeadIdentified',
      'investment-promotion LeadAdvanced',
      'investment-promotion LeadAdvanced',
      'investment-promotion LeadSigned',
      'investment-promotion LeadLanded',
    ]);
  }, 90_000);
});
