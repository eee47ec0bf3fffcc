/** A registration body the registry's integration tests share: a 25亿 auto project of 绿园区, registered in January 2017. */
export const registration = (overrides: Record<string, unknown> = {}) => ({
  name: '长春国际汽车城零部件产业园',
  localityCode: 'lvyuan',
  departmentCode: 'gxj',
  categoryCode: 'auto',
  subKindCode: 'high-end-supporting',
  sourceCode: 'enterprise',
  investor: '一汽富维',
  totalInvestmentWan: 250_000,
  reserveLevels: ['city', 'locality'],
  registeredOn: '2017-01-05',
  ...overrides,
});
