/**
 * Issue-resolution's codes and their Chinese names (GET /reference/issues: categories, statuses,
 * levels, meeting kinds), read once per session like the registry's reference data: the screens
 * take no label of their own.
 */
import { issueResolution, unwrap } from '../api/client';
import { lookup, sharedRead } from './shared-read';
import { useApi } from './use-api';

const load = sharedRead(() => unwrap(issueResolution().GET('/reference/issues')));
type Reference = Awaited<ReturnType<typeof load>>;

export interface IssueNames {
  category: (code: string) => string;
  status: (code: string) => string;
  level: (code: string) => string;
  meetingKind: (code: string) => string;
}

export const issueNamesOf = (reference: Reference | undefined): IssueNames => ({
  category: lookup(reference?.categories),
  status: lookup(reference?.statuses),
  level: lookup(reference?.levels),
  meetingKind: lookup(reference?.meetingKinds),
});

export function useIssueReference() {
  const reference = useApi(load, []);
  return { ...reference, issueNames: issueNamesOf(reference.data) };
}
