import { type ProjectRecord, resumptionIn } from '@ccpc/contracts';
import type { ProjectCommand } from './project.commands';

/** The stage steps an officer takes on a project (dated; landing names the investor, suspension and cancellation give a reason). */
export type StageAction = Extract<
  ProjectCommand['type'],
  | 'StartDocking'
  | 'RecordSiteReady'
  | 'Land'
  | 'EnterPreparation'
  | 'StartConstruction'
  | 'ResumeConstruction'
  | 'Complete'
  | 'Suspend'
  | 'Reactivate'
  | 'Cancel'
>;

/**
 * The stage steps the project's state allows on `today` (city date), in the order the project
 * moves: the same preconditions the decider checks, apart from the date an officer will give
 * (a date before the last change is still refused then). What a screen offers as buttons.
 */
export function stageActions(state: ProjectRecord, today: string): StageAction[] {
  const year = Number(today.slice(0, 4));
  const actions: StageAction[] = [];
  switch (state.stage) {
    case 'cancelled':
      return [];
    case 'completed':
    case 'suspended':
      break;
    case 'reserve':
      actions.push('StartDocking');
      break;
    case 'docking':
      if (!state.siteInDevelopmentZone || state.siteReady) actions.push('Land');
      break;
    case 'landed':
      actions.push('EnterPreparation');
      break;
    case 'preparing':
      if (!state.firstStartDate) actions.push('StartConstruction');
      break;
    case 'under-construction':
      if (state.firstStartDate && Number(state.firstStartDate.slice(0, 4)) < year && resumptionIn(state, year) === undefined)
        actions.push('ResumeConstruction');
      actions.push('Complete');
      break;
  }
  // 五通一平 is recorded once (a development-zone site needs it to land, §23).
  if (!state.siteReady) actions.push('RecordSiteReady');
  if (state.stage === 'suspended') actions.push('Reactivate');
  else if (state.stage !== 'completed') actions.push('Suspend');
  if (state.stage !== 'completed') actions.push('Cancel');
  return actions;
}
