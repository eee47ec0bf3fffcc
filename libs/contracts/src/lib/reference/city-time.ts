/** The city's clock: China Standard Time, UTC+8 all year (no daylight saving since 1991). */
export const CITY_UTC_OFFSET_HOURS = 8;

/** The calendar date (YYYY-MM-DD) in the city at an instant: the "today" of every business rule. */
export function cityDate(instant: Date | string): string {
  const t = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  return new Date(t + CITY_UTC_OFFSET_HOURS * 3_600_000).toISOString().slice(0, 10);
}

/** The last instant of a business day in the city: what a period's report is known at, once for ever. */
export const endOfCityDay = (date: string): string => new Date(`${date}T23:59:59.999+08:00`).toISOString();
