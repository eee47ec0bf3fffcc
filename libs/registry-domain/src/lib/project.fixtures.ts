import type { ProjectEvent } from './project.decider';

/** A project's events as the registry records them, for the domain's tests: registered, stepped, started. */
export const registered: ProjectEvent = {
  type: 'ProjectRegistered',
  data: {
    projectId: 'p-1',
    name: '一汽解放智能工厂',
    localityCode: 'lvyuan',
    departmentCode: 'gxj',
    categoryCode: 'auto',
    subKindCode: 'tech-upgrade',
    industrial: true,
    sourceCode: 'enterprise',
    investor: '一汽解放',
    totalInvestmentWan: 250_000,
    nationalCode: null,
    leading: false,
    landmark: false,
    threeEarly: false,
    reserveLevels: ['city'],
    siteInDevelopmentZone: false,
    referenceVersion: '2018.1',
  },
};
export const inZone: ProjectEvent = {
  type: 'ProjectRegistered',
  data: { ...registered.data, localityCode: 'jingkai', siteInDevelopmentZone: true },
} as ProjectEvent;
export const advanced = (from: string, to: string, date = '2018-03-01'): ProjectEvent =>
  ({ type: 'ProjectStageAdvanced', data: { from, to, date } }) as ProjectEvent;
export const toPreparing: ProjectEvent[] = [
  registered,
  advanced('reserve', 'docking'),
  { type: 'ProjectStageAdvanced', data: { from: 'docking', to: 'landed', date: '2018-03-01', investor: '一汽解放' } },
  advanced('landed', 'preparing'),
];
export const started: ProjectEvent = {
  type: 'ProjectConstructionStarted',
  data: { date: '2018-04-16', year: 2018, plannedAsNewStart: true },
};
