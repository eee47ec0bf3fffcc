/**
 * 问题解决 (§32) on the cockpit, at the board's date: the year's issues reported, open, overdue and
 * resolved, the resolution rate and median working days to resolve, and the localities with the
 * most overdue; the supervision list one click away.
 */
import { Card, Col, Row, Statistic, Table, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { projection, unwrap } from '../../api/client';
import type { IssuePanel as Panel } from '../../api/types';
import { grouped, percent } from '../../ui/format';
import { useApi } from '../../ui/use-api';

type Row_ = Panel['byLocality'][number];

export function IssuesPanel({ year, asOf, refreshKey }: { year: number; asOf?: string; refreshKey?: string }) {
  const panel = useApi(
    () => unwrap(projection().GET('/dashboard/issues', { params: { query: { year, asOf } } })),
    [year, asOf, refreshKey],
  );
  const p = panel.data;
  return (
    <Card size="small" title="问题解决（第三十二条）" loading={panel.loading && !p} extra={<Link to="/supervision">督办清单</Link>}>
      {p && (
        <>
          <Row gutter={16} style={{ marginBottom: 12 }} data-testid="issues-panel">
            <Col span={4}>
              <Statistic title="本年上报" value={p.totals.reported} suffix="个" />
            </Col>
            <Col span={4}>
              <Statistic title="未关闭" value={p.totals.open} suffix="个" />
            </Col>
            <Col span={4}>
              <Statistic title="逾期" value={p.totals.overdue} suffix="个" />
            </Col>
            <Col span={4}>
              <Statistic title="已解决" value={p.totals.resolved} suffix="个" />
            </Col>
            <Col span={4}>
              <Statistic title="解决率" value={p.totals.resolutionRate === null ? '—' : percent(p.totals.resolutionRate)} />
            </Col>
            <Col span={4}>
              <Statistic
                title="解决用时中位数"
                value={p.totals.medianWorkingDays === null ? '—' : grouped(p.totals.medianWorkingDays, 1)}
                suffix="个工作日"
              />
            </Col>
          </Row>
          <Table<Row_>
            size="small"
            rowKey="code"
            pagination={false}
            dataSource={p.byLocality.slice(0, 8)}
            locale={{ emptyText: <span style={{ color: '#595959' }}>本年尚无上报问题</span> }}
            columns={[
              { title: '县（市）区、开发区', dataIndex: 'name' },
              { title: '上报', dataIndex: 'reported' },
              { title: '未关闭', dataIndex: 'open' },
              { title: '逾期', dataIndex: 'overdue', render: (n: number) => (n > 0 ? <Tag color="red">{n}</Tag> : 0) },
              { title: '解决率', dataIndex: 'resolutionRate', render: (r: number | null) => (r === null ? '—' : percent(r)) },
            ]}
          />
        </>
      )}
    </Card>
  );
}
