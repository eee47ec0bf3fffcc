import type { Category, Department, Locality, PlanKind, REFERENCE_VERSION, ReserveLevel, Stage, THRESHOLDS } from '@ccpc/contracts';
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

/** Every response body of the registry (deploy/scripts/response-schemas.ts turns it into the OpenAPI's schemas). */
export interface Responses {
  Project: ProjectView;
  ProjectPage: Page<ProjectView>;
  Reference: Reference;
}

export const Responds = responsesOf<Responses>();
