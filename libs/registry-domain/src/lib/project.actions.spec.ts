import type { ProjectRecord } from '@ccpc/contracts';
import { fold } from '@ccpc/eventsourcing';
import { type StageAction, stageActions } from './project.actions';
import type { ProjectCommand } from './project.commands';
import { type ProjectEvent, projectDecider } from './project.decider';
import { advanced, inZone, registered, started, toPreparing } from './project.fixtures';

const registeredIn = (zone: boolean): ProjectEvent => (zone ? inZone : registered);

const ALL: StageAction[] = [
  'StartDocking',
  'RecordSiteReady',
  'Land',
  'EnterPreparation',
  'StartConstruction',
  'ResumeConstruction',
  'Complete',
  'Suspend',
  'Reactivate',
  'Cancel',
];
const commandOf = (type: StageAction, date: string): ProjectCommand =>
  (type === 'Land'
    ? { type, date, investor: '一汽解放' }
    : type === 'Suspend'
      ? { type, date, reason: '资金未到位' }
      : { type, date }) as ProjectCommand;
const accepts = (state: ProjectRecord, type: StageAction, date: string) => {
  try {
    projectDecider.decide(commandOf(type, date), state);
    return true;
  } catch {
    return false;
  }
};

/** Each case: the project's events, the day the officer looks, the steps the screen should offer. */
const CASES: Array<[string, ProjectEvent[], string, StageAction[]]> = [
  ['in the reserve', [registeredIn(false)], '2018-05-02', ['StartDocking', 'RecordSiteReady', 'Suspend', 'Cancel']],
  [
    'docking, outside a development zone',
    [registeredIn(false), advanced('reserve', 'docking')],
    '2018-05-02',
    ['Land', 'RecordSiteReady', 'Suspend', 'Cancel'],
  ],
  [
    'docking in a development zone without 五通一平',
    [registeredIn(true), advanced('reserve', 'docking')],
    '2018-05-02',
    ['RecordSiteReady', 'Suspend', 'Cancel'],
  ],
  [
    'docking in a development zone, the site ready',
    [registeredIn(true), advanced('reserve', 'docking'), { type: 'ProjectSiteReadied', data: { date: '2018-03-05' } } as ProjectEvent],
    '2018-05-02',
    ['Land', 'Suspend', 'Cancel'],
  ],
  ['landed', toPreparing.slice(0, 3), '2018-05-02', ['EnterPreparation', 'RecordSiteReady', 'Suspend', 'Cancel']],
  ['preparing', toPreparing, '2018-05-02', ['StartConstruction', 'RecordSiteReady', 'Suspend', 'Cancel']],
  ['started this year', [...toPreparing, started], '2018-09-01', ['Complete', 'RecordSiteReady', 'Suspend', 'Cancel']],
  [
    'started last year, not yet resumed this year',
    [...toPreparing, started],
    '2019-03-01',
    ['ResumeConstruction', 'Complete', 'RecordSiteReady', 'Suspend', 'Cancel'],
  ],
  [
    'suspended',
    [...toPreparing, { type: 'ProjectSuspended', data: { date: '2018-05-01', reason: '资金', stageBefore: 'preparing' } } as ProjectEvent],
    '2018-06-01',
    ['RecordSiteReady', 'Reactivate', 'Cancel'],
  ],
  [
    'completed',
    [...toPreparing, started, { type: 'ProjectCompleted', data: { date: '2018-11-30' } } as ProjectEvent],
    '2018-12-10',
    ['RecordSiteReady'],
  ],
];

describe('the stage steps a project offers', () => {
  it.each(CASES)(
    'given a project %s, when an officer looks on the day, then the screen offers exactly the steps the decider accepts',
    (_what, events, today, offered) => {
      const state = fold(projectDecider, events) as ProjectRecord;
      expect(stageActions(state, today)).toEqual(offered);
      // The offer and the decider agree on every step: each offered one is accepted dated today, each other one refused.
      for (const action of ALL) expect([action, accepts(state, action, today)]).toEqual([action, offered.includes(action)]);
    },
  );
});
