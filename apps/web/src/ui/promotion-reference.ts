/**
 * Investment promotion's codes and their Chinese names (GET /reference/promotion: enterprise
 * classes, regions, channels, lead stages, activity kinds), read once per session: the screens
 * take no label of their own.
 */
import { promotion, unwrap } from '../api/client';
import { useApi } from './use-api';

type Reference = Awaited<ReturnType<typeof read>>;
let pending: ReturnType<typeof read> | undefined;
const read = () => unwrap(promotion().GET('/reference/promotion'));

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
