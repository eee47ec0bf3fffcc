/**
 * The monthly investment report (月度完成投资): a project under construction reports its cumulative
 * completed investment for each month once the month has ended. The opinions set no day for it;
 * the platform asks for it by the 5th of the following month (the statistics bureau's monthly
 * figures close soon after), so a 区 officer's 待办 shows it due on that day and overdue after.
 */
export const MONTHLY_REPORT_DAY = 5;

/** The month a report is due for on `today` (the previous calendar month) and the day it is due by. */
export function monthlyReportDue(today: string): { month: string; dueOn: string } {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const month = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
  return { month, dueOn: `${today.slice(0, 7)}-${String(MONTHLY_REPORT_DAY).padStart(2, '0')}` };
}

/** A project owes the month's report: under construction, and its last report is for an earlier month (or it has none). */
export const owesMonthlyReport = (project: { stage: string; lastReportedMonth: string | null }, month: string): boolean =>
  project.stage === 'under-construction' && (project.lastReportedMonth === null || project.lastReportedMonth < month);
