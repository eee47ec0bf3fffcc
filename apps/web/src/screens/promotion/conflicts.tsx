/**
 * 招商冲突协调: two or more localities courting one enterprise for one chain node (the opinions
 * forbid vicious internal competition). The project office keeps one lead; the others are closed
 * with its reason. A locality sees the conflicts it takes part in.
 */
import { Alert, Card, Space, Table } from 'antd';
import { Link } from 'react-router-dom';
import { promotion, unwrap } from '../../api/client';
import type { Courtship } from '../../api/types';
import { useSession } from '../../auth/session';
import { CommandDrawer } from '../../ui/command-drawer';
import { useReference } from '../../ui/reference';
import { useApi } from '../../ui/use-api';
import { PromotionTabs } from './promotion-tabs';

export function ConflictList() {
  const { has } = useSession();
  const { names } = useReference();
  const list = useApi(() => unwrap(promotion().GET('/conflicts', { params: { query: { pageSize: 100 } } })), []);
  const office = has('project-office') || has('admin');
  return (
    <Card size="small">
      <PromotionTabs />
      {list.error && <Alert type="error" showIcon title={list.error.explain()} />}
      <Table<Courtship>
        size="small"
        rowKey="courtshipId"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: '没有待协调的招商冲突' }}
        data-testid="conflicts"
        columns={[
          { title: '企业', dataIndex: 'enterpriseName' },
          { title: '产业链环节', dataIndex: 'chainNode', width: 140 },
          {
            title: '对接的县（市）区、开发区',
            render: (_: unknown, c) => (
              <Space split="、">
                {c.members
                  .filter((m) => m.active)
                  .map((m) => (
                    <Link key={m.leadId} to={`/promotion/leads/${m.leadId}`}>
                      {names.locality(m.localityCode)}
                    </Link>
                  ))}
              </Space>
            ),
          },
          { title: '提示日期', width: 120, render: (_: unknown, c) => c.conflict?.flaggedOn ?? '—' },
          {
            title: '',
            width: 120,
            render: (_: unknown, c) =>
              office && c.conflict ? (
                <CommandDrawer
                  title="协调"
                  done="已协调，其余线索随之终止"
                  fields={[
                    {
                      name: 'keptLeadId',
                      label: '由哪一方继续跟进',
                      kind: 'select',
                      required: true,
                      options: c.members.filter((m) => m.active).map((m) => ({ value: m.leadId, label: names.locality(m.localityCode) })),
                    },
                    { name: 'reason', label: '协调理由', kind: 'textarea', required: true, max: 500 },
                    { name: 'date', label: '协调日期', kind: 'date', required: true },
                  ]}
                  send={(body, key) =>
                    unwrap(
                      promotion().POST('/conflicts/{id}/resolution', {
                        params: { path: { id: c.courtshipId }, header: { 'Idempotency-Key': key } },
                        body: body as never,
                      }),
                    )
                  }
                  onDone={() => void list.reloadUntil((page) => !page.items.some((x) => x.courtshipId === c.courtshipId))}
                />
              ) : null,
          },
        ]}
      />
    </Card>
  );
}
