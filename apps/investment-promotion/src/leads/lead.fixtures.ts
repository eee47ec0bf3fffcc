/** A lead as a 区 officer identifies it over HTTP (the body of POST /leads), with what a test changes. */
export const identifying = (overrides: Record<string, unknown> = {}) => ({
  enterpriseName: '腾讯科技（深圳）有限公司',
  creditCode: '91440300708461136T',
  classCode: 'global-500',
  regionCode: 'pearl-delta',
  channelCode: 'key-enterprise',
  categoryCode: 'big-data',
  chainNode: '云计算数据中心',
  intendedInvestmentWan: 500_000,
  localityCode: 'nanguan',
  departmentCode: 'gxj',
  officer: '王强',
  date: '2018-03-01',
  ...overrides,
});
