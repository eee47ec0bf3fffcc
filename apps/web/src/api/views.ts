/**
 * The shapes of the projection's views as the web app reads them (the projection's OpenAPI
 * describes these responses in words only; see GET /indicators for the definitions).
 */
export interface IndicatorValue {
  code: string;
  name: string;
  definition: string;
  actual: number;
  numerator: number;
  denominator: number | null;
  target: number | null;
  targetRule: 'more-than' | 'at-least' | null;
  reached: number | null;
  met: boolean | null;
  source?: { month: string; publishedOn: string; cumulativeWan: number; samePeriodLastYearWan: number } | null;
}

export interface IndicatorDefinition {
  code: string;
  name: string;
  article: string;
  quote: string;
  definition: string;
  kind: 'count' | 'share' | 'coverage' | 'growth';
  basis: 'projects' | 'statistics';
}

export interface Board {
  year: number;
  asOf: string;
  knownAt: string | null;
  live: boolean;
  closed?: boolean;
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
  projects: number;
}

export interface Breakdown {
  indicator: { code: string; name: string; definition: string };
  by: 'locality' | 'department';
  rows: BreakdownRow[];
}

export interface ProjectSummary {
  projectId: string;
  name: string;
  localityCode: string;
  departmentCode: string;
  categoryCode: string;
  totalInvestmentWan: number;
  stage: string;
  nationalCode: string | null;
  cumulativeWan?: number;
  lastReportedMonth?: string | null;
  version?: number;
}

export interface Page<T> {
  total: number;
  page: number;
  pageSize: number;
  items: T[];
}

export interface HistoryEntry {
  type: string;
  date: string;
  recordedAt: string;
  v: number;
  service: string;
  data: Record<string, unknown>;
  actor?: { id: string; role: string; scope: string | null };
}

export interface History {
  projectId: string;
  name: string;
  current: ProjectSummary;
  events: HistoryEntry[];
}

export interface Warning {
  projectId: string;
  name: string;
  localityCode: string;
  departmentCode: string;
  light: 'red' | 'yellow';
  reasons: Array<{ rule: string; light: 'red' | 'yellow'; text: string }>;
}

export interface Reference {
  version: string;
  localities: Array<{ code: string; name: string; kind?: string }>;
  departments: Array<{ code: string; name: string }>;
  categories: Array<{ code: string; name: string; industrial?: boolean; subKinds?: Array<{ code: string; name: string }> }>;
  sources: Array<{ code: string; name: string }>;
  stages: Array<{ code: string; name: string }>;
  reserveLevels: Array<{ code: string; name: string }>;
}
