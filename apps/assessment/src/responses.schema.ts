// Generated from apps/assessment/src/responses.ts by deploy/scripts/response-schemas.ts — do not edit.
/** The OpenAPI component schemas of every response body of the assessment service. */
export const RESPONSE_SCHEMAS: Record<string, object> = {
  FixedAssetInvestment: { $ref: '#/components/schemas/FixedAssetInvestmentView' },
  FixedAssetInvestmentPage: { $ref: '#/components/schemas/Page_FixedAssetInvestmentView' },
  FixedAssetInvestmentView: {
    type: 'object',
    properties: {
      month: { type: 'string' },
      cumulativeWan: { type: 'number' },
      samePeriodLastYearWan: { type: 'number' },
      publishedOn: { type: 'string' },
      revisions: { type: 'number' },
      version: { type: 'number' },
      updatedAt: { type: 'string' },
    },
    required: ['cumulativeWan', 'month', 'publishedOn', 'revisions', 'samePeriodLastYearWan', 'updatedAt', 'version'],
  },
  Page_FixedAssetInvestmentView: {
    type: 'object',
    properties: {
      items: { type: 'array', items: { $ref: '#/components/schemas/FixedAssetInvestmentView' } },
      total: { type: 'number' },
      page: { type: 'number' },
      pageSize: { type: 'number' },
    },
    required: ['items', 'total', 'page', 'pageSize'],
  },
};
