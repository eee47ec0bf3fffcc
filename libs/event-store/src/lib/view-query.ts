/**
 * A read-model query in the read model's own terms, so that callers (controllers) never write
 * database filters: equal values, numeric ranges, a literal text to find in a field, and
 * visibility as "any of these field values".
 */
export interface ViewQuery<Doc> {
  equals?: Partial<Record<keyof Doc & string, string | number | boolean>>;
  ranges?: Partial<Record<keyof Doc & string, { min?: number; max?: number }>>;
  contains?: { field: keyof Doc & string; text: string };
  /** At least one of these (field path → allowed values) must hold; undefined means no restriction. */
  anyOf?: ReadonlyArray<Record<string, readonly string[]>>;
  sort?: Partial<Record<keyof Doc & string, 1 | -1>>;
  skip: number;
  limit: number;
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The database filter of a query; a field the store keeps packed as a string cannot be queried (a programming error). */
export function filterOf<Doc>(query: ViewQuery<Doc>, packed: readonly string[] = []): Record<string, unknown> {
  const asked = [
    ...Object.keys(query.equals ?? {}),
    ...Object.keys(query.ranges ?? {}),
    ...(query.contains ? [query.contains.field] : []),
    ...(query.anyOf ?? []).flatMap((clause) => Object.keys(clause)),
    ...Object.keys(query.sort ?? {}),
  ];
  const unqueryable = asked.find((path) => packed.includes(path.split('.')[0] as string));
  if (unqueryable) throw new Error(`read model query on ${unqueryable}: the store keeps that field packed as one string`);
  const filter: Record<string, unknown> = { _deleted: { $ne: true } };
  for (const [field, value] of Object.entries(query.equals ?? {})) if (value !== undefined) filter[field] = value;
  for (const [field, range] of Object.entries(query.ranges ?? {}) as Array<[string, { min?: number; max?: number } | undefined]>) {
    if (!range || (range.min === undefined && range.max === undefined)) continue;
    filter[field] = { ...(range.min !== undefined ? { $gte: range.min } : {}), ...(range.max !== undefined ? { $lte: range.max } : {}) };
  }
  if (query.contains) filter[query.contains.field] = { $regex: escapeRegex(query.contains.text) };
  if (query.anyOf?.length === 0) filter['_id'] = { $in: [] };
  else if (query.anyOf)
    filter['$or'] = query.anyOf.map((clause) =>
      Object.fromEntries(Object.entries(clause).map(([path, values]) => [path, { $in: [...values] }])),
    );
  return filter;
}
