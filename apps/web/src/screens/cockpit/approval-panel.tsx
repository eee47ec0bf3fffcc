/**
 * 审批 (§22, §27) on the cockpit, at the board's date: cases completed this year and their median
 * working days, the items with each department and those past their limit (most overdue first),
 * projects started in the year before their construction permit (未批先建, red), the concentrated round.
 */
import { Card, Col, List, Row, Statistic, Table, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { approval, projection, unwrap } from '../../api/client';
import { ApiError } from '../../api/errors';
import { useSession } from '../../auth/session';
import { cnDate, grouped } from '../../ui/format';
import { useApi } from '../../ui/use-api';
import { LIGHT_TAGS } from './lights';

/** Who may read the concentrated rounds (the approval service's GET /approval-rounds): others are not shown the tile, nor is it asked for. */
const ROUND_READERS = ['department', 'project-office', 'leader', 'leadership', 'admin'] as const;

export function ApprovalPanel({ year, asOf, refreshKey }: { year: number; asOf?: string; refreshKey?: string }) {
  const { has } = useSession();
  const readsRounds = ROUND_READERS.some((kind) => has(kind));
  const panel = useApi(
    () => unwrap(projection().GET('/dashboard/approvals', { params: { query: { year, asOf } } })),
    [year, asOf, refreshKey],
  );
  // A year without a round has none to show (404: null); a caller who may not read rounds (403) does not see the tile.
  const round = useApi(
    () =>
      !readsRounds
        ? Promise.resolve(null)
        : unwrap(approval().GET('/approval-rounds/{year}', { params: { path: { year: String(year) } } })).catch((error: unknown) => {
            if (error instanceof ApiError && error.status === 404) return null;
            throw error;
          }),
    [year, refreshKey, readsRounds],
  );
  const showsRound = readsRounds && !(round.error && round.error.status === 403);
  const p = panel.data;
  return (
    <Card size="small" title="审批（第二十二条、第二十七条）" loading={panel.loading && !p}>
      {p && (
        <>
          <Row gutter={16} style={{ marginBottom: 12 }}>
            <Col span={6}>
              <Statistic title="本年办结案件" value={p.completed} suffix="个" />
            </Col>
            <Col span={6}>
              <Statistic title="51个工作日以内" value={p.within51} suffix={`个（另有 ${p.openOverLimit} 个未办结已超51日）`} />
            </Col>
            <Col span={6}>
              <Statistic
                title="用时中位数"
                value={p.medianWorkingDays === null ? '—' : grouped(p.medianWorkingDays, 1)}
                suffix="个工作日"
              />
            </Col>
            {showsRound && (
              <Col span={6}>
                <Statistic
                  title="集中审批手续办结"
                  loading={round.loading && round.data === undefined}
                  value={round.data ? `${round.data.done}/${round.data.total}` : round.data === null ? '本年度未开启' : '—'}
                  suffix={round.data ? '个项目' : undefined}
                />
              </Col>
            )}
          </Row>
          <Table
            size="small"
            rowKey="code"
            pagination={false}
            dataSource={p.departments.slice(0, 8)}
            locale={{ emptyText: <span style={{ color: '#595959' }}>各部门均无在办事项</span> }}
            columns={[
              { title: '部门', dataIndex: 'name' },
              { title: '部门在办', dataIndex: 'open' },
              {
                title: '超期',
                dataIndex: 'overdue',
                render: (n: number) => (n > 0 ? <Tag style={{ ...LIGHT_TAGS.red, borderColor: 'transparent' }}>{n}</Tag> : 0),
              },
              { title: '待申请人补正', dataIndex: 'waiting' },
            ]}
          />
          <List
            size="small"
            header={`本年未批先建（施工许可批准前开工）：${p.startedBeforePermit.length} 个`}
            dataSource={p.startedBeforePermit.slice(0, 5)}
            renderItem={(x) => (
              <List.Item>
                <Tag style={{ ...LIGHT_TAGS.red, borderColor: 'transparent' }}>红灯</Tag>
                <Link to={`/projects/${x.projectId}`} style={{ textDecoration: 'underline' }}>
                  {x.name}
                </Link>
                ：{cnDate(x.startedOn)}开工，
                {x.permitOn ? `${cnDate(x.permitOn)}才批准施工许可` : '施工许可尚未批准'}
              </List.Item>
            )}
          />
        </>
      )}
    </Card>
  );
}
