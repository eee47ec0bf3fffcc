import { cnDate, cnMonth, dayFromIndex, dayOfYear, dueMonth, indicatorValue, money, percent, wanYuan, yi } from './format';

describe('what numbers and dates read like', () => {
  it('money: 亿元 from 1亿 up, 万元 below, two decimals and thousands separators', () => {
    expect(money(250_000)).toBe('25.00亿元');
    expect(money(12_345_678)).toBe('1,234.57亿元');
    expect(money(9_999.5)).toBe('9,999.50万元');
    expect(money(0)).toBe('0.00万元');
    expect(yi(5_000)).toBe('0.50亿元');
    expect(wanYuan(1234)).toBe('1,234.00万元');
  });

  it('dates in Chinese, an instant read in Beijing time', () => {
    expect(cnDate('2018-06-30')).toBe('2018年6月30日');
    expect(cnDate('2018-06-30T17:00:00Z')).toBe('2018年7月1日');
    expect(cnMonth('2018-03')).toBe('2018年3月');
  });

  it('indicator values by kind', () => {
    expect(indicatorValue('count', 1234)).toBe('1,234个');
    expect(indicatorValue('share', 0.8123)).toBe('81.23%');
    expect(percent(1)).toBe('100.00%');
  });

  it('the slider: day index and back, leap years included', () => {
    expect(dayOfYear('2018-01-01')).toBe(0);
    expect(dayOfYear('2018-06-30')).toBe(180);
    expect(dayFromIndex(2018, 180)).toBe('2018-06-30');
    expect(dayFromIndex(2020, 365)).toBe('2020-12-31');
  });
});

describe('the month whose report is due', () => {
  it('is the previous calendar month, across a new year', () => {
    expect(dueMonth('2018-07-05')).toBe('2018-06');
    expect(dueMonth('2019-01-10')).toBe('2018-12');
  });
});
