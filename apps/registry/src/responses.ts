import type {
  Category,
  Department,
  Locality,
  PlanKind,
  REFERENCE_VERSION,
  ReserveLevel,
  Stage,
  THRESHOLDS,
  TodoEntry,
} from '@ccpc/contracts';
import type { StageAction } from '@ccpc/registry-domain';
import type { Labelled, Page } from '@ccpc/service-kit';
import { responsesOf } from '@ccpc/service-kit';
import type { ProjectView } from './projects/projects.view';

/** The reference data the registry checks codes against, with its edition. */
export interface Reference {
  version: typeof REFERENCE_VERSION;
  localities: readonly Locality[];
  departments: readonly Department[];
  categories: readonly Category[];
  sources: readonly Labelled[];
  stages: Array<{ code: Stage; name: string }>;
  planKinds: Array<{ code: PlanKind; name: string }>;
  reserveLevels: Array<{ code: ReserveLevel; name: string }>;
  thresholdsWan: { [K in keyof typeof THRESHOLDS]: number };
}

/** A stage step the caller may take on a project today, and the route that takes it. */
export interface ProjectAction {
  /** The domain's name of the step. */
  step: StageAction;
  /** The command's name (POST /batch) and its route: POST /projects/{id}/{path}. */
  command: string;
  path: string;
  /** The command's summary, for the button. */
  label: string;
  /** What its form asks: a date; a date and the investor (落位); a date and a reason (停缓建, 取消). */
  asks: 'date' | 'investor' | 'reason';
}

/** The stage steps the project's state allows today and the caller may take (none for read-only roles). */
export interface ProjectActions {
  projectId: string;
  /** The project's version: send it as If-Match with the step. */
  version: number;
  stage: Stage;
  actions: ProjectAction[];
}

/** Every response body of the registry (deploy/scripts/response-schemas.ts turns it into the OpenAPI's schemas). */
export interface Responses {
  Project: ProjectView;
  ProjectPage: Page<ProjectView>;
  ProjectActions: ProjectActions;
  Reference: Reference;
  /** The caller's part of the one 待办, in the shape every service answers. */
  Todo: { items: TodoEntry[]; total: number };
}

export const Responds = responsesOf<Responses>();
