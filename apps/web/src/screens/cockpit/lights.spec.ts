import { lightOf, yearElapsed } from './lights';

describe('red, yellow, green on the cockpit', () => {
  it('given 30 June, about half the year has gone by', () => {
    expect(yearElapsed('2018-06-30')).toBeCloseTo(181 / 365, 6);
    expect(yearElapsed('2018-12-31')).toBe(1);
  });

  it('counts are measured against the pace of the year', () => {
    const asOf = '2018-06-30'; // pace ≈ 0.496
    expect(lightOf({ kind: 'count', reached: 0.5, met: false }, asOf)).toBe('green');
    expect(lightOf({ kind: 'count', reached: 0.42, met: false }, asOf)).toBe('yellow');
    expect(lightOf({ kind: 'count', reached: 0.3, met: false }, asOf)).toBe('red');
    expect(lightOf({ kind: 'count', reached: 1.01, met: true }, asOf)).toBe('green');
  });

  it('shares against their target, whatever the date', () => {
    expect(lightOf({ kind: 'share', reached: 0.95, met: false }, '2018-12-31')).toBe('yellow');
    expect(lightOf({ kind: 'share', reached: 0.7, met: false }, '2018-02-01')).toBe('red');
    expect(lightOf({ kind: 'coverage', reached: 1, met: true }, '2018-02-01')).toBe('green');
  });

  it('without a target there is no light', () => {
    expect(lightOf({ kind: 'count', reached: null, met: null }, '2018-06-30')).toBe('none');
  });
});
