import type { DepartmentList, IssueCategory, MeetingKind, ProjectRecord, Stage } from '@ccpc/contracts';
import type {
  AnnualTargets,
  DecisionStanding,
  DepartmentLoad,
  IssueFigures,
  IssueStanding,
  ReportDecision,
  SupervisionItem,
  IndicatorKind,
  IndicatorValue,
  Period,
  Progress,
  TargetRule,
  UnitList,
  Warning,
  WarningRule,
} from '@ccpc/projection-domain';
import type { Page } from '@ccpc/service-kit';
import { responsesOf } from '@ccpc/service-kit';
import type { PromotionPanel } from './promotion-responses';

/** What every view starts with: the target year, the business date and recording instant it is taken at. */
export interface ViewHeader {
  year: number;
  /** The business date (YYYY-MM-DD) the view counts facts up to. */
  asOf: string;
  /** The recording instant the view counts facts up to. */
  knownAt: string;
  /** No asOf and no knownAt asked: today, as known now. */
  live: boolean;
  /** The view's date is the year's last day and it has passed: the figures are final. */
  closed: boolean;
}

/** The city board: every target of the year with its actual figure. */
export interface Board extends ViewHeader {
  /** Projects of the target year at the view's date. */
  projects: number;
  targets: { year: number; version: string; source: string } | null;
  indicators: IndicatorValue[];
}

export interface BreakdownRow {
  rank: number;
  code: string;
  name: string;
  actual: number;
  numerator: number;
  denominator: number | null;
  /** The unit's projects the indicator counts. */
  projects: number;
}

/** One indicator per locality or department, ranked. */
export interface Breakdown extends ViewHeader {
  indicator: { code: string; name: string; definition: string };
  by: 'locality' | 'department';
  /** A coverage indicator's units, and how many counted projects each needs. */
  units?: UnitList;
  minimum?: number;
  rows: BreakdownRow[];
}

/** The projects behind a number, as they stood on the view's date. */
export interface DrillDown extends ViewHeader, Page<ProjectRecord> {
  indicator: string;
}

export interface DepartmentLoadRow extends DepartmentLoad {
  code: string;
  name: string;
}

/** A project started in the year before its construction permit was approved (未批先建). */
export interface StartedBeforePermit {
  projectId: string;
  name: string;
  localityCode: string;
  startedOn: string;
  permitOn: string | null;
}

/** The approval panel (§22): completions, the 51-working-day share, each department's load, 未批先建. */
export interface ApprovalPanel extends ViewHeader {
  completed: number;
  within51: number;
  /** Cases still open past 51 working days on the view's date: counted as not within. */
  openOverLimit: number;
  medianWorkingDays: number | null;
  departments: DepartmentLoadRow[];
  startedBeforePermit: StartedBeforePermit[];
}

/** The early warnings the caller may see, red first. */
export interface Warnings extends ViewHeader, Page<Warning> {
  /** How many of all the warnings are red. */
  red: number;
}

/** One event of a project's history, from the service that recorded it. */
export interface HistoryEntry {
  v: number;
  type: string;
  /** What the fact is called on screen (its contract's label). */
  label: string;
  /** Business date YYYY-MM-DD. */
  date: string;
  recordedAt: string;
  data: Record<string, unknown>;
  /** Who recorded it: the account, the grant it acted under, and the person's name when the token carried one. */
  actor: { id: string; role: string; scope: string | null; name?: string };
  eventId: string;
  service: 'investment-promotion' | 'registry' | 'approval' | 'issue-resolution';
}

/** A project's 360° history: its current record and every event, in business-date order. */
export interface ProjectHistory {
  projectId: string;
  name: string;
  current: ProjectRecord;
  events: HistoryEntry[];
}

/** An indicator's definition: the article it implements, quoted, and how it is counted. */
export interface IndicatorDescription {
  code: string;
  name: string;
  article: string;
  quote: string;
  definition: string;
  kind: IndicatorKind;
  period: Period | 'date';
  /**
   * How it is judged while its period runs: cumulative against the share of the period gone by
   * (进行中按时间进度衡量), level against the target itself (时点数、比例、增速、覆盖直接与目标比较).
   */
  progress: Progress;
  targetRule: TargetRule | null;
  removedBy: string;
  basis: 'projects' | 'statistics';
  /** Coverage indicators: the units that count this year, and the projects each needs. */
  units?: UnitList;
  minimum?: number;
}

export interface Indicators {
  indicators: IndicatorDescription[];
  landmarkDepartments: readonly DepartmentList[];
  /** How each fact is dated on the board. */
  businessDates: string;
  targets: readonly AnnualTargets[];
  warningRules: readonly WarningRule[];
}

export interface IssueFiguresRow extends IssueFigures {
  code: string;
  name: string;
}

export interface IssueMonthRow extends IssueFigures {
  /** The monthly cycle (YYYY-MM) the issues belong to (§32: reported by the 10th, that month's). */
  cycle: string;
}

/** The problem-solving panel (§32): the year's figures, per locality, per responsible department and per monthly cycle. */
export interface IssuePanel extends ViewHeader {
  totals: IssueFigures;
  byLocality: IssueFiguresRow[];
  /** Issues distributed to each department (those not yet distributed are the project office's). */
  byDepartment: IssueFiguresRow[];
  byMonth: IssueMonthRow[];
}

export interface SupervisionRow extends SupervisionItem {
  ownerName: string;
}

/** The supervision list (督办清单, §35): what is past its deadline or under supervision, overdue first. */
export interface SupervisionList extends ViewHeader, Page<SupervisionRow> {
  overdue: number;
}

export interface LeaderIssueRow {
  issueId: string;
  category: IssueCategory;
  description: string;
  status: IssueStanding;
  ownerName: string;
  dueOn: string | null;
  overdue: boolean;
}

export interface LeaderProjectRow {
  projectId: string;
  name: string;
  localityCode: string;
  localityName: string;
  stage: Stage;
  totalInvestmentWan: number;
  cumulativeWan: number;
  openIssues: LeaderIssueRow[];
}

export interface LeaderPackage {
  leaderId: string;
  leaderName: string;
  projects: LeaderProjectRow[];
  openIssues: number;
  overdueIssues: number;
}

/** Each city leader's packaged projects (§30, ≥ 20亿) and their open issues: the body of the quarterly 领导包保情况专报. */
export interface LeaderPackages extends ViewHeader {
  leaders: LeaderPackage[];
}

export interface NamedDecision extends ReportDecision {
  ownerName: string;
  /** How it stands, in words (按期办结, 逾期办结, 正在办理, 逾期未办结). */
  standingLabel: string;
}

export interface NamedReportMeeting {
  meetingId: string;
  kind: MeetingKind;
  title: string;
  date: string;
  chair: string;
  decisions: NamedDecision[];
}

export interface OwnerTallyRow {
  kind: 'locality' | 'department';
  code: string;
  ownerName: string;
  decisions: number;
  overdue: number;
  doneLate: number;
}

/** The supervision report (§35) of a month or a quarter, addressed to 市委、市政府 with copies to 市委组织部 and 市纪检委. */
export interface SupervisionReport {
  period: string;
  kind: 'month' | 'quarter';
  from: string;
  to: string;
  /** The business date and recording instant it is taken at: the period's last day and that day's end, once the period has ended. */
  asOf: string;
  knownAt: string;
  /** The period has ended: the report is final and the same whenever it is asked for. */
  final: boolean;
  /** Facts dated within the period but recorded after `knownAt` (entered late or back-dated): left out, and counted. */
  recordedLater: number;
  title: string;
  addressedTo: string;
  copiesTo: string[];
  /** The article it answers, quoted. */
  basis: string;
  meetings: NamedReportMeeting[];
  /** Decisions of earlier meetings still open when the period began. */
  carried: NamedDecision[];
  totals: { decisions: number } & Record<DecisionStanding, number>;
  owners: OwnerTallyRow[];
}

/** Every response body of the projection (deploy/scripts/response-schemas.ts turns it into the OpenAPI's schemas). */
export interface Responses {
  Indicators: Indicators;
  WarningRules: { rules: readonly WarningRule[] };
  Board: Board;
  Breakdown: Breakdown;
  DrillDown: DrillDown;
  ApprovalPanel: ApprovalPanel;
  Warnings: Warnings;
  ProjectHistory: ProjectHistory;
  IssuePanel: IssuePanel;
  SupervisionList: SupervisionList;
  LeaderPackages: LeaderPackages;
  SupervisionReport: SupervisionReport;
  PromotionPanel: PromotionPanel;
}

export const Responds = responsesOf<Responses>();
