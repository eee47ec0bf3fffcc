/**
 * The demo city's investment promotion through investment-promotion's batch route (POST /batch,
 * the same commands and rules as its single routes): the leads the demo projects of source
 * 招商引进 landed from (the registry registers each project from its LeadLanded), a year's
 * pipeline of leads still being courted or lost, two localities courting one enterprise (open
 * conflicts for the project office), and 2018's activities — localities' monthly trips, city
 * leaders' quarterly trips, the quarterly docking events, expos — most held with their results.
 * Deterministic and idempotent like the project seed (every command carries an Idempotency-Key).
 */
import { DOCKING_CHANNELS, ENTERPRISE_CLASSES, LOCALITIES, ORIGIN_REGIONS } from '@ccpc/contracts';
import { creditCodeCheck } from '@ccpc/investment-promotion-domain';
import { idFromKey } from '@ccpc/service-kit';
import { type BatchEntry, runPlans, type Segment } from './batch-client';
import { type LeadPlan, rng, SEED_CALLER } from './seed-projects';

export interface LeadSeedResult {
  leads: number;
  activities: number;
  commands: number;
  refused: number;
  seconds: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const day = (year: number, month: number, d: number) => `${year}-${pad(month)}-${pad(d)}`;
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A credit code of the right shape with its check character (GB 32100-2015): plausible, not a real enterprise's. */
function creditCode(r: ReturnType<typeof rng>): string {
  const body = `91${r.pick(['220101', '220102', '220104', '220105', '220106', '220112', '220171'])}${Array.from({ length: 9 }, () => ALPHABET.charAt(r.int(0, 30))).join('')}`;
  return `${body}${creditCodeCheck(body) ?? '0'}`;
}

/** The id investment-promotion gives a lead identified with this key by the seed's caller. */
export const seedLeadId = (key: string) => idFromKey(SEED_CALLER.sub, key);

const NODES = ['核心零部件', '整机制造', '关键材料', '研发中心', '区域总部', '配套服务', '智能产线', '检测认证'];
const PROSPECTS = [
  '宁德时代新能源科技股份有限公司',
  '比亚迪股份有限公司',
  '京东方科技集团股份有限公司',
  '海尔集团公司',
  '苏宁易购集团股份有限公司',
  '阿里巴巴（中国）有限公司',
  '腾讯科技（深圳）有限公司',
  '三一重工股份有限公司',
  '中国建材集团有限公司',
  '中国中车股份有限公司',
  '现代汽车（中国）投资有限公司',
  '西门子（中国）有限公司',
  '天津渤海化工集团有限责任公司',
  '杭州海康威视数字技术股份有限公司',
  '蒙牛乳业（集团）股份有限公司',
  '万达商业管理集团有限公司',
];
const OFFICERS = ['王强', '李娜', '张伟', '刘洋', '陈静', '杨帆', '赵磊', '孙丽'];

/** What one lead's commands are, in order, under its locality's grant. */
function leadCommands(key: string, identify: Record<string, unknown>, steps: Array<[string, object]>): Segment[] {
  const id = seedLeadId(`${key}-identify`);
  const entries: BatchEntry[] = [
    { command: 'identify', idempotencyKey: `${key}-identify`, body: identify },
    ...steps.map(([command, body], i) => ({ command, id, idempotencyKey: `${key}-${i}-${command}`, body })),
  ];
  return [{ grant: `locality:${identify['localityCode'] as string}`, entries }];
}

export async function seedLeads(options: {
  promotionUrl: string;
  landed: readonly LeadPlan[];
  seed?: number;
  pipeline?: number;
}): Promise<LeadSeedResult> {
  const started = performance.now();
  const seed = options.seed ?? 2018;
  const plans: Segment[][] = [];
  const about = (r: ReturnType<typeof rng>) => ({
    classCode: r.pick(ENTERPRISE_CLASSES),
    regionCode: r.pick(ORIGIN_REGIONS),
    channelCode: r.pick(DOCKING_CHANNELS),
    officer: r.pick(OFFICERS),
  });
  // The leads of the demo projects of source 招商引进: courted through the year before their landing.
  for (const p of options.landed) {
    const r = rng(seed * 7_919 + p.n);
    const y = Number(p.landingDate.slice(0, 4));
    const identify = {
      enterpriseName: p.investor,
      ...(r.chance(0.7) ? { creditCode: creditCode(r) } : {}),
      ...about(r),
      categoryCode: p.categoryCode,
      // Its own node in its locality: one investor's projects in two localities are not a courtship conflict.
      chainNode: `${r.pick(NODES)}·${p.name.slice(0, 12)}`,
      intendedInvestmentWan: Math.round((p.totalInvestmentWan * (0.8 + r.next() * 0.6)) / 100) * 100,
      localityCode: p.localityCode,
      departmentCode: p.departmentCode,
      date: day(y, r.int(1, 2), r.int(1, 28)),
    };
    plans.push(
      leadCommands(p.leadKey.replace(/-identify$/, ''), identify, [
        ['follow-up', { note: '首次拜访企业，介绍投资环境与政策', date: day(y, 3, r.int(1, 28)) }],
        ['advance', { to: 'contacted', date: day(y, 4, r.int(1, 28)) }],
        ['advance', { to: 'negotiating', date: day(y, 6, r.int(1, 28)) }],
        ['follow-up', { note: '企业来长考察选址', date: day(y, 7, r.int(1, 28)) }],
        ['sign', { contractAmountWan: p.totalInvestmentWan, date: day(y, 9, r.int(1, 28)) }],
        ['land', { projectName: p.name, departmentCode: p.departmentCode, totalInvestmentWan: p.totalInvestmentWan, date: p.landingDate }],
      ]),
    );
  }
  // 2018's pipeline: leads at every stage, some lost.
  const pipeline = options.pipeline ?? 240;
  for (let k = 0; k < pipeline; k++) {
    const r = rng(seed * 104_729 + k);
    const locality = r.pick(LOCALITIES);
    const month = r.int(1, 9);
    const identify = {
      enterpriseName: r.pick(PROSPECTS),
      ...(r.chance(0.5) ? { creditCode: creditCode(r) } : {}),
      ...about(r),
      categoryCode: r.pick([
        'auto',
        'nev',
        'biomed',
        'optoelectronics',
        'big-data',
        'logistics',
        'agri-processing',
        'advanced-equipment',
        'tourism',
      ]),
      // Distinct nodes per locality, so that the pipeline holds no accidental conflicts (the two below are deliberate).
      chainNode: `${r.pick(NODES)}·${locality.name}`,
      intendedInvestmentWan: r.int(1, 400) * 1_000,
      localityCode: locality.code,
      // The department following it for its sector (the project's department once it lands).
      departmentCode: r.pick(['gxj', 'swj', 'fgw', 'kjj']),
      date: day(2018, month, r.int(1, 28)),
    };
    const reach = r.next();
    const steps: Array<[string, object]> = [['follow-up', { note: '电话联系企业投资部', date: day(2018, month, 28) }]];
    if (reach > 0.3) steps.push(['advance', { to: 'contacted', date: day(2018, month + 1, r.int(1, 28)) }]);
    if (reach > 0.55) steps.push(['advance', { to: 'negotiating', date: day(2018, month + 2, r.int(1, 28)) }]);
    if (reach > 0.8)
      steps.push([
        'sign',
        { contractAmountWan: Math.round(identify.intendedInvestmentWan * 0.8), date: day(2018, month + 3, r.int(1, 28)) },
      ]);
    // Some of the year's contracts land within it: the registry registers their projects (source 招商引进).
    if (reach > 0.88 && month + 4 <= 12)
      steps.push([
        'land',
        {
          projectName: `${locality.name}${identify.chainNode.split('·')[0] ?? ''}项目（${identify.enterpriseName.slice(0, 8)}）`,
          date: day(2018, month + 4, r.int(1, 28)),
        },
      ]);
    if (reach < 0.12)
      steps.push([
        'lose',
        { reason: r.pick(['企业投资计划调整', '企业选择在外省落户', '用地条件不能满足']), date: day(2018, month + 1, r.int(1, 28)) },
      ]);
    plans.push(leadCommands(`seed-${seed}-pipeline-${k}`, identify, steps));
  }
  // Two localities courting one enterprise for one node (§ the opinions forbid internal competition): open for the project office.
  for (const [k, [a, b, enterprise, categoryCode, chainNode]] of (
    [
      ['qikai', 'jingkai', '博世汽车部件（长春）有限公司', 'auto', '汽车电子'],
      ['xinqu', 'jingyue', '华大基因股份有限公司', 'biomed', '基因测序'],
    ] as const
  ).entries()) {
    const r = rng(seed * 31 + k);
    for (const [i, localityCode] of [a, b].entries()) {
      const identify = {
        enterpriseName: enterprise,
        ...about(r),
        categoryCode,
        chainNode,
        intendedInvestmentWan: 200_000,
        localityCode,
        date: day(2018, 8, 10 + i * 5),
      };
      plans.push(leadCommands(`seed-${seed}-rival-${k}-${i}`, identify, [['advance', { to: 'contacted', date: day(2018, 9, 1 + i) }]]));
    }
  }
  const leads = plans.length;
  const activities = activityPlans(seed);
  plans.push(...activities);
  const run = await runPlans(options.promotionUrl, plans, { caller: SEED_CALLER, concurrency: 4 });
  return {
    leads,
    activities: activities.length,
    commands: run.commands,
    refused: run.refused,
    seconds: (performance.now() - started) / 1000,
  };
}

/** 2018's activities: each locality's monthly trip (most months), the city leaders' trips in Q1–Q3, the quarterly docking events, two expos. */
function activityPlans(seed: number): Segment[][] {
  const plans: Segment[][] = [];
  const activity = (key: string, grant: string, plan: Record<string, unknown>, held: Record<string, unknown> | null) => {
    const id = seedLeadId(`${key}-plan`);
    const entries: BatchEntry[] = [{ command: 'plan', idempotencyKey: `${key}-plan`, body: plan }];
    if (held) entries.push({ command: 'results', id, idempotencyKey: `${key}-results`, body: held });
    plans.push([{ grant, entries }]);
  };
  const results = (r: ReturnType<typeof rng>, date: string) => ({
    date,
    attendance: r.int(8, 80),
    deals: r.chance(0.5) ? [{ enterprise: r.pick(PROSPECTS), amountWan: r.int(5, 200) * 1_000 }] : [],
    note: r.pick(['与多家企业达成合作意向', '对接重点企业，形成一批线索', '现场签约并明确落地时限']),
  });
  for (const locality of LOCALITIES) {
    for (let m = 1; m <= 12; m++) {
      const r = rng(seed * 613 + m * 37 + locality.code.length * 7 + locality.code.charCodeAt(0));
      if (!r.chance(0.85)) continue; // a month without a trip: a warning on the leadership's views
      const date = day(2018, m, r.int(5, 25));
      activity(
        `seed-${seed}-trip-${locality.code}-${m}`,
        `locality:${locality.code}`,
        {
          kind: 'locality-trip',
          title: `${locality.name}赴${r.pick(['长三角', '珠三角', '京津冀', '天津', '杭州'])}招商`,
          localityCode: locality.code,
          destination: r.pick(['上海', '深圳', '北京', '天津', '杭州', '苏州', '广州']),
          regionCode: r.pick(['yangtze-delta', 'pearl-delta', 'jing-jin-ji', 'paired-tianjin', 'paired-hangzhou']),
          date,
        },
        results(r, date),
      );
    }
  }
  // The city leaders' quarterly trips (§25), led by 市商务局; Q4's is still only planned (a warning once the quarter ended).
  for (const [q, month, destination, regionCode] of [
    [1, 3, '上海、杭州', 'yangtze-delta'],
    [2, 5, '深圳、广州', 'pearl-delta'],
    [3, 8, '首尔、东京', 'japan-korea'],
    [4, 12, '法兰克福、汉诺威', 'europe-america'],
  ] as const) {
    const r = rng(seed * 17 + q);
    const date = day(2018, month, 12);
    activity(
      `seed-${seed}-leaders-${q}`,
      'department:swj',
      {
        kind: 'leaders-trip',
        title: `市领导带队赴${destination}招商（${q}季度）`,
        departmentCode: 'swj',
        leaderName: r.pick(['市长', '常务副市长', '分管工业副市长']),
        destination,
        regionCode,
        date,
        participants: ['swj', 'gxj', 'fgw', 'jingkai', 'qikai'],
      },
      q < 4 ? results(r, date) : null,
    );
  }
  // The quarterly docking events (§26): funds (金融办), talent (人社局), technology (科技局); technology missed Q2.
  for (const [kind, departmentCode, name] of [
    ['funds-docking', 'jrb', '银企对接会'],
    ['talent-docking', 'rsj', '人力资源对接会'],
    ['technology-docking', 'kjj', '技术与项目对接会'],
  ] as const) {
    for (let q = 1; q <= 4; q++) {
      if (kind === 'technology-docking' && q === 2) continue;
      const r = rng(seed * 29 + q * 3 + kind.length);
      const date = day(2018, q * 3 - 1, r.int(10, 25));
      activity(
        `seed-${seed}-${kind}-${q}`,
        `department:${departmentCode}`,
        { kind, title: `2018年第${q}季度${name}`, departmentCode, destination: '长春', regionCode: 'other', date },
        results(r, date),
      );
    }
  }
  for (const [k, title, date] of [
    [1, '第十二届中国—东北亚博览会', '2018-08-23'],
    [2, '2018长春国际汽车博览会', '2018-07-13'],
  ] as const) {
    const r = rng(seed * 43 + k);
    activity(
      `seed-${seed}-expo-${k}`,
      'department:swj',
      { kind: 'expo', title, departmentCode: 'swj', destination: '长春', regionCode: 'other', date },
      results(r, date),
    );
  }
  return plans;
}
