import { isWorkday } from 'chinese-days';
import { DomainError } from '@ccpc/eventsourcing';
import { addWorkingDays, COVERED_YEARS, isWorkingDay, workingDaysBetween, workingDaysIn } from './working-days';

describe("the working-day clock (China's statutory holidays and make-up days)", () => {
  describe('given an item submitted on Friday 28 September 2018 with a limit of 5 working days', () => {
    it('when the limit is counted, then it is due on 10 October: 29–30 September are make-up working days, 1–7 October holidays', () => {
      expect(['2018-09-29', '2018-09-30', '2018-10-01', '2018-10-07', '2018-10-08'].map(isWorkingDay)).toEqual([
        true,
        true,
        false,
        false,
        true,
      ]);
      expect(addWorkingDays('2018-09-28', 5)).toBe('2018-10-10');
      expect(workingDaysBetween('2018-09-28', '2018-10-10')).toBe(5);
    });
  });

  describe('given a case across the Spring Festival 2018 (15–21 February off; Sunday 11 and Saturday 24 February worked)', () => {
    it('when 5 working days are counted from Friday 9 February, then day 1 is Sunday the 11th and day 5 is the 22nd', () => {
      expect(addWorkingDays('2018-02-09', 1)).toBe('2018-02-11');
      expect(addWorkingDays('2018-02-09', 5)).toBe('2018-02-22');
    });
    it('when the days from 9 to 28 February are counted, then there are 10 (11–14, 22–24, 26–28)', () => {
      expect(workingDaysBetween('2018-02-09', '2018-02-28')).toBe(10);
    });
  });

  describe('given two parallel reviews that overlap', () => {
    it('when the case counts its days, then a day on which both ran counts once', () => {
      // 10–14 Sep (5 days) and 12–21 Sep (8 days) overlap on 12–14 Sep: 10 working days in all.
      expect(
        workingDaysIn([
          { from: '2018-09-09', to: '2018-09-14' },
          { from: '2018-09-11', to: '2018-09-21' },
        ]),
      ).toBe(10);
    });
  });

  describe('given a date in a year the calendar has no data for', () => {
    it('then the library alone would call National Day 2031 a working day (the trap), and the clock refuses, naming the year', () => {
      expect(isWorkday('2031-10-01')).toBe(true);
      expect(COVERED_YEARS.has(2031)).toBe(false);
      expect(() => isWorkingDay('2031-10-01')).toThrow(DomainError);
      expect(() => addWorkingDays('2031-09-28', 5)).toThrow(/2031/);
      try {
        workingDaysBetween('2030-12-30', '2031-01-05');
      } catch (error) {
        expect(error).toMatchObject({ rule: 'calendar.year-not-covered', status: 422 });
      }
      expect.assertions(5);
    });
    it('and the covered years include every year of the 2018 plan and today', () => {
      for (const year of [2018, 2019, 2020, 2026]) expect(COVERED_YEARS.has(year)).toBe(true);
    });
  });
});

describe('the table of running counts', () => {
  // The definition, day by day: what the table must agree with everywhere (each day asked of the library once).
  const known = new Map<string, boolean>();
  const workday = (d: string) => known.get(d) ?? (known.set(d, isWorkday(d)), known.get(d) as boolean);
  const next = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const naiveBetween = (from: string, to: string) => {
    let n = 0;
    for (let d = next(from); d <= to; d = next(d)) if (workday(d)) n++;
    return n;
  };
  const naiveAdd = (date: string, n: number) => {
    let d = date;
    for (let counted = 0; counted < n;) if (workday((d = next(d)))) counted++;
    return d;
  };
  const day = (seed: number) => new Date(Date.UTC(2004, 0, 1) + (seed % 8000) * 86_400_000).toISOString().slice(0, 10);

  describe('given 2,000 spans and counts spread over the covered years', () => {
    it('when each is counted from the table, then it equals counting the days one by one', () => {
      let seed = 20180101;
      const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
      for (let k = 0; k < 2000; k++) {
        const from = day(random());
        const n = random() % 120;
        const to = naiveAdd(from, n);
        if (Number(to.slice(0, 4)) > 2026) continue;
        expect(addWorkingDays(from, n)).toBe(to);
        expect(workingDaysBetween(from, to)).toBe(naiveBetween(from, to));
        const other = naiveAdd(from, random() % 500); // a span of up to two years
        if (Number(other.slice(0, 4)) > 2026) continue;
        expect(workingDaysIn([{ from, to: other }])).toBe(naiveBetween(from, other));
      }
    });
  });

  describe('given spans that touch, nest and lie apart', () => {
    it('when their union is counted, then each working day counts once', () => {
      const spans = [
        { from: '2018-01-31', to: '2018-02-10' },
        { from: '2018-02-10', to: '2018-02-28' },
        { from: '2018-02-12', to: '2018-02-14' },
        { from: '2018-09-28', to: '2018-10-10' },
        { from: '2018-10-10', to: '2018-10-09' },
      ];
      expect(workingDaysIn(spans)).toBe(naiveBetween('2018-01-31', '2018-02-28') + naiveBetween('2018-09-28', '2018-10-10'));
    });
  });

  describe('given the first and the last covered days', () => {
    it('when the clock starts on 31 December before the first year, then it counts; past the last year it refuses', () => {
      const first = Math.min(...COVERED_YEARS);
      const last = Math.max(...COVERED_YEARS);
      expect(workingDaysBetween(`${first - 1}-12-31`, `${first}-01-10`)).toBe(naiveBetween(`${first - 1}-12-31`, `${first}-01-10`));
      expect(() => addWorkingDays(`${last}-12-20`, 30)).toThrow(new RegExp(String(last + 1)));
      expect(() => workingDaysBetween(`${last}-12-20`, `${last + 1}-01-05`)).toThrow(DomainError);
      expect(() => addWorkingDays(`${first - 1}-12-20`, 3)).toThrow(new RegExp(String(first - 1)));
    });
  });
});
