/**
 * Issue-resolution's codes and their Chinese names (GET /reference/issues: categories, statuses,
 * levels, meeting kinds), read once per session like the registry's reference data: the screens
 * take no label of their own.
 */
import { issueResolution, unwrap } from '../api/client';
import { useApi } from './use-api';

type Reference = Awaited<ReturnType<typeof read>>;
let pending: ReturnType<typeof read> | undefined;
const read = () => unwrap(issueResolution().GET('/reference/issues'));

const load = () => {
  pending ??= read().catch((error: unknown) => {
    pending = undefined; // a failed read is tried again next time
    throw error;
  });
  return pending;
};

const lookup = (list: ReadonlyArray<{ code: string; name: string }> | undefined) => {
  const names = new Map((list ?? []).map((x) => [x.code, x.name]));
  return (code: string) => names.get(code) ?? code;
};

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
