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

export function filterOf<Doc>(query: ViewQuery<Doc>): Record<string, unknown> {
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
