/**
 * 线索看板: the caller's leads (a 区 its own, a department those it follows, the city offices
 * all) as a kanban by pipeline stage, filtered by locality and industry chain; a new lead is
 * registered from here.
 */
import { Alert, Card, Col, Empty, Flex, Row, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { promotion, unwrap } from '../../api/client';
import type { Lead, LeadQuery } from '../../api/types';
import { useSession } from '../../auth/session';
import { CommandDrawer } from '../../ui/command-drawer';
import { yi } from '../../ui/format';
import { optionsOf, usePromotionReference } from '../../ui/promotion-reference';
import { useReference } from '../../ui/reference';
import { useApi } from '../../ui/use-api';
import { PromotionTabs, WRITERS } from './promotion-tabs';

const STAGES = ['identified', 'contacted', 'negotiating', 'signed', 'landed', 'lost'] as const;
const COLUMN = 30;

export function LeadBoard() {
  const { has, session } = useSession();
  const [filter, setFilter] = useState<Pick<LeadQuery, 'localityCode' | 'categoryCode'>>({});
  const { names, data: reference } = useReference();
  const { promotionNames, data: promotionReference } = usePromotionReference();
  const navigate = useNavigate();
  const board = useApi(
    () =>
      Promise.all(STAGES.map((stage) => unwrap(promotion().GET('/leads', { params: { query: { ...filter, stage, pageSize: COLUMN } } })))),
    [JSON.stringify(filter)],
  );
  const ownLocality = session?.grants.find((g) => g.startsWith('locality:'))?.slice('locality:'.length);
  const ownDepartment = session?.grants.find((g) => g.startsWith('department:'))?.slice('department:'.length);
  return (
    <Card size="small">
      <PromotionTabs />
      <Flex wrap gap={8} style={{ marginBottom: 12 }} justify="space-between">
        <Space wrap>
          <Select
            aria-label="县（市）区、开发区"
            placeholder="全部地区"
            allowClear
            style={{ width: 180 }}
            value={filter.localityCode}
            onChange={(localityCode) => setFilter((f) => ({ ...f, localityCode }))}
            options={optionsOf(reference?.localities)}
          />
          <Select
            aria-label="产业链"
            placeholder="全部产业链"
            allowClear
            style={{ width: 180 }}
            value={filter.categoryCode}
            onChange={(categoryCode) => setFilter((f) => ({ ...f, categoryCode }))}
            options={optionsOf(reference?.categories)}
          />
        </Space>
        {WRITERS.some((k) => has(k)) && (
          <CommandDrawer
            title="登记招商线索"
            primary
            done="线索已登记"
            initial={{ localityCode: ownLocality, departmentCode: ownDepartment }}
            fields={[
              { name: 'enterpriseName', label: '目标企业名称（全称）', kind: 'text', required: true },
              { name: 'creditCode', label: '统一社会信用代码（18位，不知道时不填）', kind: 'text', max: 18 },
              { name: 'classCode', label: '企业类别', kind: 'select', required: true, options: optionsOf(promotionReference?.classes) },
              { name: 'regionCode', label: '来源地区', kind: 'select', required: true, options: optionsOf(promotionReference?.regions) },
              { name: 'channelCode', label: '对接渠道', kind: 'select', required: true, options: optionsOf(promotionReference?.channels) },
              { name: 'categoryCode', label: '所补产业链', kind: 'select', required: true, options: optionsOf(reference?.categories) },
              { name: 'chainNode', label: '产业链环节', kind: 'text', required: true, max: 40 },
              { name: 'intendedInvestmentWan', label: '意向投资额', kind: 'wan', required: true },
              {
                name: 'localityCode',
                label: '所属县（市）区、开发区',
                kind: 'select',
                required: true,
                options: optionsOf(reference?.localities),
              },
              { name: 'departmentCode', label: '跟进的行业主管部门', kind: 'select', options: optionsOf(reference?.departments) },
              { name: 'officer', label: '跟进人', kind: 'text', required: true, max: 40 },
              { name: 'date', label: '登记日期', kind: 'date', required: true },
            ]}
            send={(body, key) => unwrap(promotion().POST('/leads', { headers: { 'Idempotency-Key': key }, body: body as never }))}
            onDone={(result) => navigate(`/promotion/leads/${(result as { id: string }).id}`)}
          />
        )}
      </Flex>
      {board.error && <Alert type="error" showIcon title={board.error.explain()} />}
      <Row gutter={8} wrap={false} style={{ overflowX: 'auto' }} data-testid="lead-board">
        {STAGES.map((stage, i) => {
          const page = board.data?.[i];
          return (
            <Col key={stage} flex="0 0 230px">
              <Card
                size="small"
                title={
                  <span>
                    {promotionNames.stage(stage)} <Tag>{page?.total ?? 0}</Tag>
                  </span>
                }
                loading={board.loading && !page}
                styles={{ body: { padding: 8, minHeight: 120 } }}
                data-testid={`stage-${stage}`}
              >
                {page?.items.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="无" />}
                <Space direction="vertical" style={{ width: '100%' }} size={6}>
                  {page?.items.map((lead: Lead) => (
                    <Card key={lead.leadId} size="small" styles={{ body: { padding: 8 } }}>
                      <Link to={`/promotion/leads/${lead.leadId}`}>{lead.enterprise.name}</Link>
                      <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 12 }}>
                        {names.locality(lead.localityCode)} · {lead.chainNode} ·{' '}
                        {yi(lead.contract?.amountWan ?? lead.intendedInvestmentWan)}
                      </Typography.Paragraph>
                    </Card>
                  ))}
                  {page && page.total > page.items.length && (
                    <Typography.Text type="secondary">另有 {page.total - page.items.length} 条，请按地区或产业链筛选</Typography.Text>
                  )}
                </Space>
              </Card>
            </Col>
          );
        })}
      </Row>
    </Card>
  );
}
