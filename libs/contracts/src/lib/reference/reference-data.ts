/**
 * Reference data of the 2018 opinions (docs/domain.md → Reference data). Codes are stable: events
 * carry codes, and a new edition adds a version here instead of changing what an old code meant.
 */
export const REFERENCE_VERSION = '2018.1';

export type LocalityKind = 'district' | 'county' | 'development-zone';
export interface Locality {
  code: string;
  name: string;
  kind: LocalityKind;
}

export const LOCALITIES: readonly Locality[] = [
  { code: 'nanguan', name: '南关区', kind: 'district' },
  { code: 'kuancheng', name: '宽城区', kind: 'district' },
  { code: 'chaoyang', name: '朝阳区', kind: 'district' },
  { code: 'erdao', name: '二道区', kind: 'district' },
  { code: 'lvyuan', name: '绿园区', kind: 'district' },
  { code: 'shuangyang', name: '双阳区', kind: 'district' },
  { code: 'jiutai', name: '九台区', kind: 'district' },
  { code: 'yushu', name: '榆树市', kind: 'county' },
  { code: 'dehui', name: '德惠市', kind: 'county' },
  { code: 'gongzhuling', name: '公主岭市', kind: 'county' },
  { code: 'nongan', name: '农安县', kind: 'county' },
  { code: 'xinqu', name: '长春新区', kind: 'development-zone' },
  { code: 'jingkai', name: '经开区', kind: 'development-zone' },
  { code: 'jingyue', name: '净月高新区', kind: 'development-zone' },
  { code: 'qikai', name: '汽开区', kind: 'development-zone' },
  { code: 'zhonghan', name: '中韩示范区', kind: 'development-zone' },
  { code: 'lianhuashan', name: '莲花山度假区', kind: 'development-zone' },
];

export interface Department {
  code: string;
  name: string;
}

export const DEPARTMENTS: readonly Department[] = [
  { code: 'fgw', name: '市发改委' },
  { code: 'gxj', name: '市工信局' },
  { code: 'nw', name: '市农委' },
  { code: 'kjj', name: '市科技局' },
  { code: 'jrb', name: '市金融办' },
  { code: 'rsj', name: '市人社局' },
  { code: 'swj', name: '市商务局' },
  { code: 'lyj', name: '市旅游局' },
  { code: 'wjw', name: '市卫计委' },
  { code: 'mzj', name: '市民政局' },
  { code: 'wgxj', name: '市文广新局' },
  { code: 'hbj', name: '市环保局' },
  { code: 'ghj', name: '市规划局' },
  { code: 'gtj', name: '市国土局' },
  { code: 'czj', name: '市财政局' },
  { code: 'jw', name: '市建委' },
  { code: 'xfzd', name: '市消防支队' },
  { code: 'zwgkb', name: '市政务公开办' },
  { code: 'gyj', name: '市公用局' },
  { code: 'tjj', name: '市统计局' },
  { code: 'dxmb', name: '市大项目办' },
];

export interface Category {
  code: string;
  name: string;
  group: string;
  industrial: boolean;
  subKinds: ReadonlyArray<{ code: string; name: string }>;
}

const LEADING_SUBKINDS = [
  { code: 'tech-upgrade', name: '技改' },
  { code: 'high-end-supporting', name: '高端配套' },
  { code: 'resource-conversion', name: '特色资源转化' },
];
const cat =
  (group: string, industrial: boolean, subKinds: Category['subKinds'] = []) =>
  (code: string, name: string): Category => ({ code, name, group, industrial, subKinds });
const leading = cat('三大主导产业', true, LEADING_SUBKINDS);
const emerging = cat('战略性新兴产业', true);
const services = cat('现代服务业', true);
const threeNew = cat('三新', true);

export const CATEGORIES: readonly Category[] = [
  leading('auto', '汽车'),
  leading('agri-processing', '农产品加工'),
  leading('rail', '轨道客车'),
  emerging('advanced-equipment', '先进装备制造'),
  emerging('biomed', '生物及医药健康'),
  emerging('optoelectronics', '光电信息'),
  emerging('nev', '新能源汽车'),
  emerging('new-materials', '新材料'),
  emerging('big-data', '大数据'),
  services('digital-economy', '数字经济'),
  services('platform-economy', '平台经济'),
  services('finance', '金融服务'),
  services('sci-tech-services', '科创服务'),
  services('human-resources', '人力资源'),
  services('logistics', '商贸物流'),
  services('tourism', '旅游休闲'),
  services('health-elderly', '健康养老'),
  services('culture', '文化娱乐'),
  services('green-services', '节能环保'),
  threeNew('new-tech', '新技术成果'),
  threeNew('internet-plus', '互联网+衍生'),
  threeNew('new-business', '新商业模式'),
  cat('其他', false)('infrastructure', '基础设施'),
  cat('其他', false, [
    { code: 'straw', name: '秸秆综合利用' },
    { code: 'water-pollution', name: '水污染治理' },
    { code: 'water-source', name: '水源地保护' },
  ])('ecology', '生态环境'),
  cat('其他', false, [
    { code: 'poverty', name: '产业扶贫' },
    { code: 'public-services', name: '公共服务均等化' },
    { code: 'social-security', name: '社会保障' },
  ])('livelihood', '民生'),
];

export const SOURCES: ReadonlyArray<{ code: string; name: string }> = [
  { code: 'government', name: '政府主导' },
  { code: 'enterprise', name: '重点企业' },
  { code: 'research', name: '科研院所' },
  { code: 'incubator', name: '孵化平台' },
  { code: 'think-tank', name: '借助外脑' },
  { code: 'promotion', name: '招商引进' },
];

export const STAGES = ['reserve', 'docking', 'landed', 'preparing', 'under-construction', 'completed', 'suspended', 'cancelled'] as const;
export type Stage = (typeof STAGES)[number];
export const STAGE_LABELS: Record<Stage, string> = {
  reserve: '谋划储备',
  docking: '对接中',
  landed: '已落位',
  preparing: '前期',
  'under-construction': '在建',
  completed: '竣工投产',
  suspended: '停缓建',
  cancelled: '已取消',
};

export const RESERVE_LEVELS = ['city', 'locality'] as const;
export type ReserveLevel = (typeof RESERVE_LEVELS)[number];
export const RESERVE_LEVEL_LABELS: Record<ReserveLevel, string> = { city: '市级储备', locality: '县（市）区级储备' };

export const PLAN_KINDS = ['new-start', 'continuing'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];
export const PLAN_KIND_LABELS: Record<PlanKind, string> = { 'new-start': '新开工', continuing: '续建' };

/** Money is integer 万元. */
export const WAN_PER_YI = 10_000;
export const THRESHOLDS = {
  /** §31: a project secretary for every project of at least 5,000万. */
  secretaryWan: 5_000,
  /** The unit of every target: 1亿. */
  targetUnitWan: WAN_PER_YI,
  /** §27: concentrated approval. */
  concentratedApprovalWan: 10 * WAN_PER_YI,
  /** §30: a city leader's package for every project of at least 20亿. */
  leaderPackageWan: 20 * WAN_PER_YI,
} as const;

export const localityByCode = new Map(LOCALITIES.map((l) => [l.code, l]));
export const departmentByCode = new Map(DEPARTMENTS.map((d) => [d.code, d]));
export const categoryByCode = new Map(CATEGORIES.map((c) => [c.code, c]));
export const sourceByCode = new Map(SOURCES.map((s) => [s.code, s]));

/** 国家投资项目在线审批监管平台 project code: YYYY-AAAAAA-II-TT-NNNNNN. */
export const NATIONAL_CODE = /^\d{4}-\d{6}-\d{2}-\d{2}-\d{6}$/;

/**
 * The city departments expected to plan 标志性 projects (§2: 「市直各相关部门按照职能重点谋划2个以上
 * …"标志性"项目」), versioned like all reference data. Edition 2018.1 lists the departments the
 * opinions name as 部门主体 of the sector articles §5–§8 (三大主导, 战略性新兴, 现代服务业, 三新);
 * §9 names none ("市直各相关部门"), so the infrastructure, ecology and livelihood departments join
 * only when the project office adds them in a new edition.
 */
export interface DepartmentList {
  version: string;
  source: string;
  codes: readonly string[];
}

export const LANDMARK_DEPARTMENTS: readonly DepartmentList[] = [
  {
    version: '2018.1',
    source: '第二条（"标志性"项目）；部门名单为第五至八条所列部门主体',
    codes: ['fgw', 'gxj', 'nw', 'kjj', 'jrb', 'rsj', 'swj', 'lyj', 'wjw', 'mzj', 'wgxj', 'hbj'],
  },
];

/** The edition in force for a year: the latest whose version year is not after it. */
export function landmarkDepartmentsFor(year: number): DepartmentList {
  const editions = LANDMARK_DEPARTMENTS.filter((e) => Number(e.version.slice(0, 4)) <= year);
  return editions.at(-1) ?? (LANDMARK_DEPARTMENTS[0] as DepartmentList);
}
