/**
 * 审批案件: one project's approval items side by side (并联审批) — status, dates, the working days
 * left on each clock, the one-time notice — and the actions the caller may take on each: the
 * applicant's 区 submits and supplements, the item's department notices, approves or rejects.
 */
import { Alert, Button, Card, Descriptions, Drawer, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { approval, unwrap } from '../../api/client';
import { scopeCodes, useSession } from '../../auth/session';
import { cnDate } from '../../ui/format';
import { useApi } from '../../ui/use-api';
import type { ApprovalItem } from '../../api/types';
import { DaysLeft } from './days-left';
import { ACTION_LABELS, type ItemAction, ItemActionForm } from './item-action-form';

export function ApprovalCase() {
  const { id = '' } = useParams();
  const { session, has } = useSession();
  const [acting, setActing] = useState<{ item: ApprovalItem; action: ItemAction }>();
  const found = useApi(() => unwrap(approval().GET('/approval-cases/{id}', { params: { path: { id } } })), [id]);
  const c = found.data;
  const office = has('project-office') || has('admin');
  const applicant = office || (!!c && scopeCodes(session, 'locality').includes(c.localityCode));
  const decides = (item: ApprovalItem) => office || scopeCodes(session, 'department').includes(item.departmentCode);
  const approved = (code: string) => c?.items.find((i) => i.code === code)?.status === 'approved';

  const actionsOf = (item: ApprovalItem): ItemAction[] => {
    const out: ItemAction[] = [];
    if (applicant && (item.status === 'not-submitted' || item.status === 'rejected') && item.prerequisites.every(approved))
      out.push('submission');
    if (applicant && item.status === 'awaiting-supplements') out.push('resubmission');
    if (decides(item) && item.status === 'under-review') out.push('supplement-request', 'approval', 'rejection');
    return out;
  };

  if (found.error) return <Alert type="error" showIcon title={found.error.explain()} />;
  return (
    <Card
      size="small"
      loading={found.loading && !c}
      title={
        <Typography.Title level={2} style={{ margin: 0, fontSize: 18 }}>
          审批案件：{c?.projectName}
        </Typography.Title>
      }
    >
      {c && (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Descriptions size="small" column={4}>
            <Descriptions.Item label="立案日">{cnDate(c.openedOn)}</Descriptions.Item>
            <Descriptions.Item label="状态">
              {c.status === 'completed' ? <Tag color="green">已办结</Tag> : <Tag>办理中</Tag>}
            </Descriptions.Item>
            <Descriptions.Item label="办结日">{c.completedOn ? cnDate(c.completedOn) : '—'}</Descriptions.Item>
            <Descriptions.Item label="用时">{c.workingDays !== null ? `${c.workingDays} 个工作日` : '—'}</Descriptions.Item>
          </Descriptions>
          <Table<ApprovalItem>
            rowKey="code"
            pagination={false}
            dataSource={c.items}
            columns={[
              { title: '审批事项', dataIndex: 'name' },
              { title: '承诺时限', dataIndex: 'limitDays', render: (d: number) => `${d} 个工作日` },
              { title: '状态', dataIndex: 'statusLabel' },
              { title: '申报日', dataIndex: 'submittedOn', render: (d: string | null) => (d ? cnDate(d) : '—') },
              { title: '到期日', dataIndex: 'dueOn', render: (d: string | null) => (d ? cnDate(d) : '—') },
              { title: '剩余', key: 'left', render: (_: unknown, i) => <DaysLeft days={i.workingDaysLeft} dueUnknown={i.dueUnknown} /> },
              { title: '一次性告知', dataIndex: 'notice', render: (n: string[] | null) => (n ? n.join('、') : '—') },
              {
                title: '到访',
                key: 'visits',
                render: (_: unknown, i) => (i.visits.submission > 1 || i.visits.supplement > 1 ? <Tag color="red">多次跑</Tag> : '—'),
              },
              {
                title: '办理',
                key: 'actions',
                render: (_: unknown, item) => (
                  <Space wrap>
                    {actionsOf(item).map((action) => (
                      <Button key={action} size="small" onClick={() => setActing({ item, action })}>
                        {ACTION_LABELS[action]}
                      </Button>
                    ))}
                  </Space>
                ),
              },
            ]}
          />
        </Space>
      )}
      <Drawer
        open={!!acting}
        onClose={() => setActing(undefined)}
        title={acting ? `${acting.item.name}：${ACTION_LABELS[acting.action]}` : ''}
        size="default"
        destroyOnHidden
      >
        {acting && c && (
          <ItemActionForm
            projectId={c.projectId}
            itemCode={acting.item.code}
            action={acting.action}
            notice={acting.item.notice}
            onDone={(version) => {
              setActing(undefined);
              // The case's read model is a moment behind the command: re-read until it shows the new version, so no stale button remains.
              void found.reloadUntil((fresh) => fresh.version >= version);
            }}
          />
        )}
      </Drawer>
    </Card>
  );
}
