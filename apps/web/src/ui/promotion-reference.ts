/**
 * Investment promotion's codes and their Chinese names (GET /reference/promotion: enterprise
 * classes, regions, channels, lead stages, activity kinds), read once per session: the screens
 * take no label of their own.
 */
import { promotion, unwrap } from '../api/client';
import { lookup, sharedRead } from './shared-read';
import { useApi } from './use-api';

const load = sharedRead(() => unwrap(promotion().GET('/reference/promotion')));
type Reference = Awaited<ReturnType<typeof load>>;

export interface PromotionNames {
  enterpriseClass: (code: string) => string;
  region: (code: string) => string;
  channel: (code: string) => string;
  stage: (code: string) => string;
  activityKind: (code: string) => string;
}

export const promotionNamesOf = (reference: Reference | undefined): PromotionNames => ({
  enterpriseClass: lookup(reference?.classes),
  region: lookup(reference?.regions),
  channel: lookup(reference?.channels),
  stage: lookup(reference?.stages),
  activityKind: lookup(reference?.activityKinds),
});

/** The options of a select over one of the reference lists. */
export const optionsOf = (list: ReadonlyArray<{ code: string; name: string }> | undefined) =>
  (list ?? []).map(({ code, name }) => ({ value: code, label: name }));

export function usePromotionReference() {
  const reference = useApi(load, []);
  return { ...reference, promotionNames: promotionNamesOf(reference.data) };
}
