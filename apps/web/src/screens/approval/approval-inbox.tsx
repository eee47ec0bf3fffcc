/**
 * 审批待办: what the caller must act on, soonest deadline first — a department's items to decide,
 * a 区's items to submit or supplement — with the working days left on each clock.
 */
import { Alert, Card, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { approval, unwrap } from '../../api/client';
import { cnDate } from '../../ui/format';
import { useApi } from '../../ui/use-api';
import type { InboxQuery, InboxRow } from '../../api/types';
import { DaysLeft } from './days-left';

export function ApprovalInbox() {
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState<InboxQuery['status']>();
  const inbox = useApi(
    () => unwrap(approval().GET('/items', { params: { query: { assignedTo: 'me', page, pageSize: 20, status } } })),
    [page, status],
  );
  return (
    <Card
      size="small"
      title={
        <Typography.Title level={2} style={{ margin: 0, fontSize: 18 }}>
          审批待办
        </Typography.Title>
      }
      extra={
        <Select
          aria-label="事项状态"
          placeholder="全部状态"
          allowClear
          style={{ width: 160 }}
          value={status}
          onChange={(v) => (setStatus(v), setPage(1))}
          options={[
            { value: 'under-review', label: '审批中' },
            { value: 'awaiting-supplements', label: '待补正' },
            { value: 'not-submitted', label: '未申报' },
            { value: 'rejected', label: '不予批准' },
          ]}
        />
      }
    >
      {inbox.error && <Alert type="error" showIcon title={inbox.error.explain()} style={{ marginBottom: 12 }} />}
      <Table<InboxRow>
        rowKey={(r) => `${r.projectId}/${r.itemCode}`}
        loading={inbox.loading}
        dataSource={inbox.data?.items ?? []}
        locale={{ emptyText: '没有待办的审批事项' }}
        pagination={{ current: page, pageSize: 20, total: inbox.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          { title: '项目', dataIndex: 'projectName', render: (name: string, r) => <Link to={`/approvals/${r.projectId}`}>{name}</Link> },
          { title: '审批事项', dataIndex: 'itemName' },
          { title: '待办', dataIndex: 'actionLabel' },
          { title: '状态', dataIndex: 'statusLabel' },
          { title: '申报日', dataIndex: 'submittedOn', render: (d: string | null) => (d ? cnDate(d) : '—') },
          { title: '到期日', dataIndex: 'dueOn', render: (d: string | null) => (d ? cnDate(d) : '—') },
          { title: '剩余', dataIndex: 'workingDaysLeft', render: (d: number | null) => <DaysLeft days={d} /> },
        ]}
      />
      <Space style={{ marginTop: 8 }}>
        <Typography.Text type="secondary">时限按法定工作日计算：节假日不计，调休上班日计入；等待补正的时间不计。</Typography.Text>
      </Space>
    </Card>
  );
}
