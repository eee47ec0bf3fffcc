/**
 * 招商对接 (§15–§20, §25, §26) on the cockpit, at the board's date: the pipeline by stage, the
 * year's contracts and landings with their amounts, the share of the year's leads landed, and
 * the promotion duties missed in periods that have ended.
 */
import { Alert, Card, Col, Row, Statistic, Table } from 'antd';
import { Link } from 'react-router-dom';
import { projection, unwrap } from '../../api/client';
import type { PromotionPanel as Panel } from '../../api/types';
import { percent, yi } from '../../ui/format';
import { usePromotionReference } from '../../ui/promotion-reference';
import { useApi } from '../../ui/use-api';

type Row_ = Panel['byLocality'][number];

export function PromotionPanel({ year, asOf, refreshKey }: { year: number; asOf?: string; refreshKey?: string }) {
  const panel = useApi(
    () => unwrap(projection().GET('/dashboard/promotion', { params: { query: { year, asOf } } })),
    [year, asOf, refreshKey],
  );
  const { promotionNames } = usePromotionReference();
  const p = panel.data;
  const stages = ['identified', 'contacted', 'negotiating', 'signed'] as const;
  return (
    <Card
      size="small"
      title="招商对接（第十五至二十、二十五、二十六条）"
      loading={panel.loading && !p}
      extra={<Link to="/promotion">线索看板</Link>}
    >
      {p && (
        <>
          <Row gutter={16} style={{ marginBottom: 12 }} data-testid="promotion-panel">
            {stages.map((s) => (
              <Col span={3} key={s}>
                <Statistic title={promotionNames.stage(s)} value={p.totals.byStage[s]} suffix="条" />
              </Col>
            ))}
            <Col span={4}>
              <Statistic title="本年签约" value={p.totals.signed.count} suffix={`个 · ${yi(p.totals.signed.amountWan)}`} />
            </Col>
            <Col span={4}>
              <Statistic title="本年落地" value={p.totals.landed.count} suffix={`个 · ${yi(p.totals.landed.investmentWan)}`} />
            </Col>
            <Col span={4}>
              <Statistic title="本年线索落地率" value={p.totals.conversion === null ? '—' : percent(p.totals.conversion)} />
            </Col>
          </Row>
          {p.warnings.length > 0 && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              data-testid="promotion-warnings"
              title={`集中招商、集中对接未落实 ${p.warnings.length} 项`}
              description={p.warnings
                .slice(-5)
                .map((w) => w.message)
                .join('；')}
            />
          )}
          <Table<Row_>
            size="small"
            rowKey="code"
            pagination={false}
            dataSource={[...p.byLocality].sort((a, b) => b.landed.investmentWan - a.landed.investmentWan).slice(0, 8)}
            locale={{ emptyText: <span style={{ color: '#595959' }}>本年尚无招商线索</span> }}
            columns={[
              { title: '县（市）区、开发区', dataIndex: 'name' },
              { title: '新增线索', dataIndex: 'identified' },
              { title: '签约', render: (_: unknown, r) => `${r.signed.count} · ${yi(r.signed.amountWan)}` },
              { title: '落地', render: (_: unknown, r) => `${r.landed.count} · ${yi(r.landed.investmentWan)}` },
            ]}
          />
        </>
      )}
    </Card>
  );
}
