/**
 * The registry's reference data (codes and their Chinese names), read once per session: the one
 * place the screens take stage, locality, department and category names from.
 */
import { registry, unwrap } from '../api/client';
import type { Reference } from '../api/types';
import { useApi } from './use-api';

let pending: Promise<Reference> | undefined;

const read = () => {
  pending ??= unwrap(registry().GET('/reference')).catch((error: unknown) => {
    pending = undefined; // a failed read is tried again next time
    throw error;
  });
  return pending;
};

/** Names by code, for the lists of the reference data. */
export interface Names {
  stage: (code: string) => string;
  locality: (code: string) => string;
  department: (code: string) => string;
  /** A locality's or a department's name (meeting attendees, owners). */
  unit: (code: string) => string;
}

const lookup = (list: ReadonlyArray<{ code: string; name: string }>) => {
  const names = new Map(list.map((x) => [x.code, x.name]));
  return (code: string) => names.get(code) ?? code;
};

export const namesOf = (reference: Reference | undefined): Names => ({
  stage: lookup(reference?.stages ?? []),
  locality: lookup(reference?.localities ?? []),
  department: lookup(reference?.departments ?? []),
  unit: lookup([...(reference?.localities ?? []), ...(reference?.departments ?? [])]),
});

export function useReference() {
  const reference = useApi(read, []);
  return { ...reference, names: namesOf(reference.data) };
}
