/**
 * How numbers and dates read on every screen: money in 亿元 (≥ 1亿) or 万元 with two decimals,
 * dates as 2018年6月30日, shares as percentages. Amounts travel in 万元 (the API's unit).
 */

export const grouped = (value: number, digits: number) =>
  value.toLocaleString('zh-CN', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** 250000 → "25.00亿元"; 1234 → "1,234.00万元". */
export function money(wan: number): string {
  return Math.abs(wan) >= 10_000 ? `${grouped(wan / 10_000, 2)}亿元` : `${grouped(wan, 2)}万元`;
}

/** Always in 亿元: 250000 → "25.00亿元". */
export const yi = (wan: number): string => `${grouped(wan / 10_000, 2)}亿元`;

/** 1234 → "1,234.00万元". */
export const wanYuan = (wan: number): string => `${grouped(wan, 2)}万元`;

/** 0.8123 → "81.23%". */
export const percent = (fraction: number): string => `${grouped(fraction * 100, 2)}%`;

/** "2018-06-30" (or an ISO date-time, read in Beijing time) → "2018年6月30日". */
export function cnDate(value: string): string {
  const day = value.length > 10 ? beijingDay(value) : value;
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** "2018-06" → "2018年6月". */
export function cnMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return `${y}年${m}月`;
}

/** The Beijing calendar day of an instant, YYYY-MM-DD. */
export function beijingDay(iso: string | Date): string {
  const t = typeof iso === 'string' ? Date.parse(iso) : iso.getTime();
  return new Date(t + 8 * 3600_000).toISOString().slice(0, 10);
}

/** An indicator's value as its kind reads: counts as "1,234个", shares and growth as percentages. */
export function indicatorValue(kind: string, value: number): string {
  return kind === 'count' ? `${grouped(value, 0)}个` : percent(value);
}

/** Days from 1 January of `year` to `day` (0-based), and back: the cockpit's slider works in days. */
export function dayOfYear(day: string): number {
  const year = Number(day.slice(0, 4));
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${year}-01-01T00:00:00Z`)) / 86_400_000);
}

export function dayFromIndex(year: number, index: number): string {
  return new Date(Date.parse(`${year}-01-01T00:00:00Z`) + index * 86_400_000).toISOString().slice(0, 10);
}

/** The month whose report is due: the previous calendar month (reports are made after a month ends). */
export const dueMonth = (today: string) => {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
};
