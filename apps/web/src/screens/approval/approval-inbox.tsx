/**
 * 审批待办: what the caller must act on — a department's items to decide, a 区's items to submit or
 * supplement — served by the approval service page by page, searched, filtered (区, 部门, 事项,
 * 状态, 超期) and sorted (soonest deadline, or latest submitted) there, with the working days left
 * on each clock. 超期 is one rule everywhere: today is past the due date.
 */
import { Alert, Card, Checkbox, Flex, Input, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { approval, unwrap } from '../../api/client';
import type { InboxQuery, InboxRow } from '../../api/types';
import { scopeCodes, useSession } from '../../auth/session';
import { cnDate } from '../../ui/format';
import { OnlyCheckbox, SearchBox, UnitSelect } from '../../ui/list-filters';
import { useApi } from '../../ui/use-api';
import { DaysLeft } from './days-left';

const PAGE_SIZE = 20;

export function ApprovalInbox() {
  const { session, has } = useSession();
  const [page, setPage] = useState(1);
  const [filter, setFilter] = useState<Omit<InboxQuery, 'page' | 'pageSize' | 'assignedTo'>>({ sort: 'due' });
  const inbox = useApi(
    () => unwrap(approval().GET('/items', { params: { query: { assignedTo: 'me', page, pageSize: PAGE_SIZE, ...filter } } })),
    [page, JSON.stringify(filter)],
  );
  const change = (next: Partial<typeof filter>) => (setFilter((f) => ({ ...f, ...next })), setPage(1));
  // A 区 officer's inbox holds its own 区 only, a department's its own items: each filters by the other.
  const city = has('project-office') || has('admin');
  const byLocality = city || scopeCodes(session, 'department').length > 0;
  const byDepartment = city || scopeCodes(session, 'locality').length > 0;
  const items = inbox.data?.items ?? [];
  return (
    <Card
      size="small"
      title={
        <Typography.Title level={2} style={{ margin: 0, fontSize: 18 }}>
          审批待办
        </Typography.Title>
      }
    >
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <SearchBox label="搜索项目或事项" placeholder="搜索项目名称或审批事项" onSearch={(q) => change({ q })} />
        {byLocality && (
          <UnitSelect<NonNullable<typeof filter.localityCode>>
            of="locality"
            value={filter.localityCode}
            onChange={(localityCode) => change({ localityCode })}
          />
        )}
        {byDepartment && (
          <UnitSelect<NonNullable<typeof filter.departmentCode>>
            of="department"
            value={filter.departmentCode}
            onChange={(departmentCode) => change({ departmentCode })}
          />
        )}
        <Select
          aria-label="事项状态"
          placeholder="全部状态"
          allowClear
          style={{ width: 130 }}
          value={filter.status}
          onChange={(status) => change({ status })}
          options={[
            { value: 'under-review', label: '审批中' },
            { value: 'awaiting-supplements', label: '待补正' },
            { value: 'not-submitted', label: '未申报' },
            { value: 'rejected', label: '不予批准' },
          ]}
        />
        <OnlyCheckbox label="只看超期" value={filter.overdue} onChange={(overdue) => change({ overdue })} />
        <Select
          aria-label="排序"
          style={{ width: 150 }}
          value={filter.sort}
          onChange={(sort) => change({ sort })}
          options={[
            { value: 'due', label: '到期日最早在前' },
            { value: 'newest', label: '最近申报在前' },
          ]}
        />
      </Flex>
      {inbox.error && <Alert type="error" showIcon title={inbox.error.explain()} style={{ marginBottom: 12 }} />}
      {/* A table wider than a phone scrolls in its own region (reachable by keyboard), not the page. */}
      <div role="region" aria-label="待办列表" tabIndex={0} style={{ overflowX: 'auto' }}>
        <Table<InboxRow>
          size="small"
          rowKey={(r) => `${r.projectId}/${r.itemCode}`}
          loading={inbox.loading}
          dataSource={items}
          locale={{
            emptyText: (
              <span style={{ color: '#595959' }}>
                {filter.q || filter.localityCode || filter.departmentCode ? '没有符合条件的待办事项' : '没有待办的审批事项'}
              </span>
            ),
          }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: inbox.data?.total ?? 0,
            onChange: setPage,
            showSizeChanger: false,
            showTotal: (total) => `共 ${total} 项`,
          }}
          columns={[
            { title: '项目', dataIndex: 'projectName', render: (name: string, r) => <Link to={`/approvals/${r.projectId}`}>{name}</Link> },
            { title: '县（市）区', dataIndex: 'localityName' },
            { title: '审批事项', dataIndex: 'itemName' },
            { title: '部门', dataIndex: 'departmentName' },
            { title: '待办', dataIndex: 'actionLabel' },
            { title: '状态', dataIndex: 'statusLabel' },
            { title: '申报日', dataIndex: 'submittedOn', render: (d: string | null) => (d ? cnDate(d) : '—') },
            { title: '到期日', dataIndex: 'dueOn', render: (d: string | null) => (d ? cnDate(d) : '—') },
            { title: '剩余', dataIndex: 'workingDaysLeft', render: (d: number | null) => <DaysLeft days={d} /> },
          ]}
        />
      </div>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        时限按法定工作日计算：节假日不计，调休上班日计入；等待补正的时间不计。超期：今天已过到期日。
      </Typography.Paragraph>
    </Card>
  );
}
