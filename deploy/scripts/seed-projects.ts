/**
 * Demo data through the registry's batch route (POST /batch, the same commands, rules and keys as its single routes): plausible Changchun projects across all localities,
 * departments, categories and stages, each driven by the officer who would do it (the 区's
 * officer registers and reports, the project office assigns leaders and secretaries, the
 * statistics bureau records inclusion). Deterministic for a given --seed, and idempotent: every
 * command carries an Idempotency-Key, so a re-run replays instead of duplicating.
 */
import { CATEGORIES, DEPARTMENTS, LOCALITIES, THRESHOLDS } from '@ccpc/contracts';
import { idFromKey, leadProjectId } from '@ccpc/service-kit';
import { type BatchEntry, runPlans, type Segment } from './batch-client';

export interface SeedOptions {
  baseUrl: string;
  projects: number;
  seed?: number;
  concurrency?: number;
  onProgress?: (done: number, commands: number) => void;
  /** After each call to the registry, its projects as the seed meant them (what the approval seed needs of them). */
  onLanded?: (projects: readonly SeededProject[]) => void;
  /**
   * The projects of source 招商引进 come from landed leads (seed-leads.ts, run first): the registry
   * registered, docked and landed each from its LeadLanded, so the seed sends only what follows.
   * Without it (the benchmark, the browser tests) they are registered directly like the others.
   */
  fromLeads?: boolean;
}

/** A demo project that lands from a lead: what the lead seed needs to court and land it. */
export interface LeadPlan {
  n: number;
  leadKey: string;
  name: string;
  localityCode: string;
  departmentCode: string;
  categoryCode: string;
  investor: string;
  totalInvestmentWan: number;
  landingDate: string;
  zone: boolean;
}

/** A demo project as its plan has it: where it ends, and whether it entered 前期 (which opens its approval case). */
export interface SeededProject {
  projectId: string;
  localityCode: string;
  stage: string;
  firstStartDate: string | null;
  opensCase: boolean;
}

export interface SeedResult {
  projects: number;
  commands: number;
  seconds: number;
  refused: number;
}

/** mulberry32: a small seeded generator, so that the same seed gives the same city. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  return { next, pick, chance: (p: number) => next() < p, int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)) };
}

const INVESTORS = [
  '中国第一汽车集团有限公司',
  '中车长春轨道客车股份有限公司',
  '长春高新技术产业（集团）股份有限公司',
  '吉林亚泰（集团）股份有限公司',
  '修正药业集团股份有限公司',
  '长光卫星技术有限公司',
  '吉林化纤集团有限责任公司',
  '长春欧亚集团股份有限公司',
  '吉林省长影集团有限责任公司',
  '皓月集团有限公司',
  '中粮生化能源（公主岭）有限公司',
  '华为技术有限公司',
  '京东集团',
  '吉林省交通投资集团有限公司',
  '长春城投建设投资（集团）有限公司',
  '富奥汽车零部件股份有限公司',
  '一汽富维汽车零部件股份有限公司',
  '吉林敖东药业集团股份有限公司',
  '长春希达电子技术有限公司',
  '吉林省水务投资集团有限公司',
];
const WORDS: Record<string, string[]> = {
  auto: ['汽车零部件智能制造', '整车焊装车间改造', '汽车电子产业园'],
  'agri-processing': ['玉米深加工', '肉牛屠宰及精深加工', '绿色食品产业园'],
  rail: ['轨道客车检修基地', '高速动车组配套', '城轨车辆转向架'],
  'advanced-equipment': ['精密数控机床', '智能装备产业园'],
  biomed: ['生物疫苗产业化', '中药现代化生产线', '医疗器械产业园'],
  optoelectronics: ['光电子器件', '卫星遥感应用', '激光产业园'],
  nev: ['新能源汽车动力电池', '氢燃料电池'],
  'new-materials': ['碳纤维复合材料', '高性能化纤'],
  'big-data': ['大数据中心', '云计算产业基地'],
  'digital-economy': ['数字经济产业园'],
  'platform-economy': ['工业互联网平台'],
  finance: ['金融科技中心'],
  'sci-tech-services': ['科技创新综合体'],
  'human-resources': ['人力资源产业园'],
  logistics: ['国际陆港物流园', '冷链物流中心'],
  tourism: ['冰雪旅游度假区', '文旅小镇'],
  'health-elderly': ['康养中心', '医养结合示范基地'],
  culture: ['影视文化产业园', '文化创意街区'],
  'green-services': ['节能环保产业园'],
  'new-tech': ['科技成果转化基地'],
  'internet-plus': ['互联网+智慧农业'],
  'new-business': ['新零售综合体'],
  infrastructure: ['快速路工程', '地铁线路工程', '供热管网改造', '污水处理厂扩建'],
  ecology: ['秸秆综合利用', '伊通河水环境治理', '水源地保护工程'],
  livelihood: ['棚户区改造', '中小学校建设', '社区卫生服务中心'],
};
const LEADERS = [
  { id: 'leader-1', name: '市长' },
  { id: 'leader-2', name: '常务副市长' },
  { id: 'leader-3', name: '分管工业副市长' },
  { id: 'leader-4', name: '分管城建副市长' },
  { id: 'leader-5', name: '分管农业副市长' },
];

const pad = (n: number) => String(n).padStart(2, '0');
const day = (year: number, month: number, d: number) => `${year}-${pad(month)}-${pad(d)}`;

type Step = { path: string; body: object; as: 'locality' | 'office' | 'statistics' };

/** The commands that bring project n to its stage, as its officers would send them. */
function plan(n: number, r: ReturnType<typeof rng>) {
  const locality = r.pick(LOCALITIES);
  const category = r.pick(CATEGORIES);
  const department = category.industrial
    ? r.pick(DEPARTMENTS.filter((d) => ['fgw', 'gxj', 'kjj', 'swj', 'nw'].includes(d.code)))
    : r.pick(DEPARTMENTS);
  // Log-uniform between 3,000万 and 100亿: most projects small, a few very large; ~60% reach 1亿.
  const total = Math.round(Math.exp(Math.log(3_000) + r.next() * (Math.log(1_000_000) - Math.log(3_000))) / 100) * 100;
  const name = `${locality.name.replace(/(区|市|县)$/, '')}${r.pick(WORDS[category.code] ?? ['产业'])}项目${n % 7 === 0 ? '（二期）' : ''}`;
  const investor = r.pick(INVESTORS);
  const register: Record<string, unknown> = {
    name,
    localityCode: locality.code,
    departmentCode: department.code,
    categoryCode: category.code,
    ...(category.subKinds.length > 0 && r.chance(0.7) ? { subKindCode: r.pick(category.subKinds).code } : {}),
    sourceCode: r.pick(['government', 'enterprise', 'research', 'incubator', 'think-tank', 'promotion']) as string,
    investor,
    totalInvestmentWan: total,
    leading: r.chance(0.08),
    landmark: r.chance(0.06),
    threeEarly: r.chance(0.1),
    reserveLevels: total >= THRESHOLDS.targetUnitWan ? ['city', 'locality'] : ['locality'],
    ...(r.chance(0.6)
      ? {
          nationalCode: `${r.chance(0.5) ? 2017 : 2018}-2201${pad(r.int(0, 99))}-${pad(r.int(10, 99))}-${pad(r.int(1, 4))}-${String(n).padStart(6, '0')}`,
        }
      : {}),
  };
  const roll = r.next();
  const target =
    roll < 0.18
      ? 'reserve'
      : roll < 0.27
        ? 'docking'
        : roll < 0.34
          ? 'landed'
          : roll < 0.48
            ? 'preparing'
            : roll < 0.9
              ? 'under-construction'
              : roll < 0.97
                ? 'completed'
                : roll < 0.99
                  ? 'suspended'
                  : 'cancelled';
  const steps: Step[] = [];
  const order = ['docking', 'landed', 'preparing', 'under-construction', 'completed'];
  const reach = (stage: string) =>
    order.indexOf(target === 'suspended' || target === 'cancelled' ? 'preparing' : target) >= order.indexOf(stage);
  const zone = locality.kind === 'development-zone';
  // Projects begun last year went through their stages a year earlier: every stage is dated after the one before.
  const startedLastYear = reach('under-construction') && r.chance(0.45);
  const y = startedLastYear ? 2016 : 2017;
  register.registeredOn = day(y, r.int(1, 2), r.int(1, 28));
  if (reach('docking')) steps.push({ path: 'docking', body: { date: day(y, r.int(3, 8), r.int(1, 28)) }, as: 'locality' });
  if (reach('landed')) {
    if (zone) steps.push({ path: 'site-ready', body: { date: day(y, r.int(9, 10), r.int(1, 28)) }, as: 'locality' });
    steps.push({ path: 'landing', body: { date: day(y, 11, r.int(1, 28)), investor }, as: 'locality' });
  }
  if (reach('preparing')) steps.push({ path: 'preparation', body: { date: day(y, 12, r.int(1, 28)) }, as: 'locality' });
  const annual = Math.max(100, Math.round((total * (0.2 + r.next() * 0.4)) / 100) * 100);
  if (reach('preparing') && !startedLastYear) {
    const month = r.int(3, 10);
    steps.push({
      path: 'annual-plans',
      body: {
        date: day(2018, 1, r.int(5, 25)),
        year: 2018,
        kind: 'new-start',
        plannedStartMonth: `2018-${pad(month)}`,
        annualInvestmentWan: annual,
      },
      as: 'locality',
    });
    if (reach('under-construction'))
      steps.push({ path: 'start', body: { date: day(2018, Math.min(10, month + r.int(0, 1)), r.int(1, 28)) }, as: 'locality' });
  }
  if (startedLastYear) {
    steps.push({ path: 'start', body: { date: day(2017, r.int(4, 10), r.int(1, 28)) }, as: 'locality' });
    steps.push({
      path: 'annual-plans',
      body: { date: day(2018, 1, r.int(5, 25)), year: 2018, kind: 'continuing', annualInvestmentWan: annual },
      as: 'locality',
    });
    if (r.chance(0.92)) steps.push({ path: 'resumption', body: { date: day(2018, r.int(3, 5), r.int(1, 28)) }, as: 'locality' });
  }
  if (reach('under-construction')) {
    let cumulative = 0;
    for (let m = 5; m <= 10; m++) {
      cumulative += Math.round((annual / 8) * (0.5 + r.next()));
      steps.push({
        path: 'investments',
        body: {
          month: `2018-${pad(m)}`,
          cumulativeWan: Math.min(cumulative, total),
          progressNote: r.pick(['基础施工', '主体结构施工', '设备安装', '厂房封顶', '试生产准备']),
        },
        as: 'locality',
      });
    }
    if (r.chance(0.5))
      steps.push({
        path: 'statistics-inclusion',
        body: { registeredOn: day(2018, 6, r.int(1, 28)), includedAmountWan: Math.round(cumulative / 3), evidence: [`JZ-2018-${n}`] },
        as: 'statistics',
      });
  }
  if (target === 'completed') steps.push({ path: 'completion', body: { date: day(2018, 11, r.int(1, 28)) }, as: 'locality' });
  if (target === 'suspended')
    steps.push({
      path: 'suspension',
      body: { date: day(2018, 6, r.int(1, 28)), reason: r.pick(['资金未到位', '用地手续未完成', '企业经营调整']) },
      as: 'locality',
    });
  if (target === 'cancelled')
    steps.push({ path: 'cancellation', body: { date: day(2018, 7, r.int(1, 28)), reason: '投资方撤资，项目终止' }, as: 'office' });
  if (total >= THRESHOLDS.leaderPackageWan && target !== 'cancelled' && r.chance(0.85)) {
    const leader = r.pick(LEADERS);
    steps.push({ path: 'city-leader', body: { id: leader.id, name: leader.name, from: '2018-03-01' }, as: 'office' });
  }
  if (total >= THRESHOLDS.secretaryWan && target !== 'cancelled' && r.chance(0.9)) {
    steps.push({
      path: 'secretary',
      body: { id: `secretary-${r.int(1, 60)}`, name: `项目秘书${r.int(1, 60)}号`, from: '2018-03-01' },
      as: 'office',
    });
  }
  // 招商引进 means a landed lead: a project of that source that never landed is a key enterprise's (重点企业) instead.
  if (register.sourceCode === 'promotion' && !reach('landed')) register.sourceCode = 'enterprise';
  const landing = steps.find((step) => step.path === 'landing')?.body as { date: string } | undefined;
  const fromLead =
    register.sourceCode === 'promotion' && landing
      ? { landingDate: landing.date, zone, name, investor, departmentCode: department.code, categoryCode: category.code, total }
      : null;
  return { locality: locality.code, register, steps, target, fromLead };
}

/** The demo projects that come from landed leads, for seed-leads.ts (the same plans seedProjects runs). */
export function leadPlans(projects: number, seed = 2018): LeadPlan[] {
  const out: LeadPlan[] = [];
  for (let n = 0; n < projects; n++) {
    const { locality, fromLead } = plan(n, rng(seed * 100_003 + n));
    if (!fromLead) continue;
    out.push({
      n,
      leadKey: leadKeyOf(seed, n),
      name: fromLead.name,
      localityCode: locality,
      departmentCode: fromLead.departmentCode,
      categoryCode: fromLead.categoryCode,
      investor: fromLead.investor,
      totalInvestmentWan: fromLead.total,
      landingDate: fromLead.landingDate,
      zone: fromLead.zone,
    });
  }
  return out;
}

/** The Idempotency-Key of the identification of project n's lead (its id follows from it and the seed's caller). */
export const leadKeyOf = (seed: number, n: number) => `seed-${seed}-${n}-lead-identify`;

/** The demo data's caller: it holds every officer's grant and sends each command under its officer's (see runPlans). */
export const SEED_CALLER = { sub: 'seed-demo', name: '演示数据' } as const;

export async function seedProjects(options: SeedOptions): Promise<SeedResult> {
  const started = performance.now();
  const seed = options.seed ?? 2018;
  const plans: Segment[][] = [];
  const seeded: SeededProject[] = [];
  for (let n = 0; n < options.projects; n++) {
    const { locality, register, steps: planned, target, fromLead } = plan(n, rng(seed * 100_003 + n));
    const officer = `locality:${locality}`;
    const registerKey = `seed-${seed}-${n}-register`;
    const leadBased = options.fromLeads === true && fromLead !== null;
    // The registry derives a new project's id from the caller and the Idempotency-Key (a landed lead's from the lead's): known before it answers.
    const id = leadBased ? leadProjectId(idFromKey(SEED_CALLER.sub, leadKeyOf(seed, n))) : idFromKey(SEED_CALLER.sub, registerKey);
    // A landed lead's project is registered, docked and landed by the registry — in a development zone it waits for 五通一平 first.
    const steps = leadBased
      ? [
          ...(fromLead.zone
            ? [
                { path: 'site-ready', body: { date: fromLead.landingDate }, as: 'locality' as const },
                { path: 'landing', body: { date: fromLead.landingDate, investor: fromLead.investor }, as: 'locality' as const },
              ]
            : []),
          ...planned.filter((step) => !['docking', 'site-ready', 'landing'].includes(step.path)),
        ]
      : planned;
    const commands = [
      ...(leadBased ? [] : [{ grant: officer, entry: { command: 'register', idempotencyKey: registerKey, body: register } as BatchEntry }]),
      ...steps.map((step, i) => ({
        grant: step.as === 'locality' ? officer : step.as === 'office' ? 'project-office' : 'statistics',
        entry: { command: step.path, id, idempotencyKey: `seed-${seed}-${n}-${i}-${step.path}`, body: step.body },
      })),
    ];
    const startStep = steps.find((step) => step.path === 'start')?.body as { date: string } | undefined;
    seeded.push({
      projectId: id,
      localityCode: locality,
      stage: target,
      firstStartDate: startStep?.date ?? null,
      opensCase: steps.some((step) => step.path === 'preparation'),
    });
    const segments: Segment[] = [];
    for (const { grant, entry } of commands) {
      const last = segments.at(-1);
      if (last?.grant === grant) last.entries.push(entry);
      else segments.push({ grant, entries: [entry] });
    }
    plans.push(segments);
  }
  const total = plans.reduce((sum, p) => sum + p.reduce((n, s) => n + s.entries.length, 0), 0);
  const run = await runPlans(options.baseUrl, plans, {
    caller: SEED_CALLER,
    concurrency: options.concurrency ?? 4,
    onCall: (commands, landed) => {
      options.onProgress?.(Math.round((commands / total) * options.projects), commands);
      options.onLanded?.(landed.map((index) => seeded[index] as SeededProject));
    },
  });
  return { projects: options.projects, commands: run.commands, refused: run.refused, seconds: (performance.now() - started) / 1000 };
}
