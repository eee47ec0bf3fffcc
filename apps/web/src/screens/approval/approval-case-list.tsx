/**
 * The city's approval cases (市大项目办), served by the approval service page by page: searched by
 * project name, filtered by 区, 部门, status and 超期 there, the latest opened first — with each
 * case's 区, total investment, items approved and items past their due date today.
 */
import { Alert, Card, Checkbox, Flex, Input, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { approval, unwrap } from '../../api/client';
import type { ApprovalCase, ApprovalCaseQuery } from '../../api/types';
import { cnDate, yi } from '../../ui/format';
import { OnlyCheckbox, SearchBox, UnitSelect } from '../../ui/list-filters';
import { useReference } from '../../ui/reference';
import { useApi } from '../../ui/use-api';

const PAGE_SIZE = 20;

export function ApprovalCaseList() {
  const reference = useReference();
  const [page, setPage] = useState(1);
  const [filter, setFilter] = useState<Omit<ApprovalCaseQuery, 'page' | 'pageSize'>>({});
  const cases = useApi(
    () => unwrap(approval().GET('/approval-cases', { params: { query: { page, pageSize: PAGE_SIZE, ...filter } } })),
    [page, JSON.stringify(filter)],
  );
  const change = (next: Partial<typeof filter>) => (setFilter((f) => ({ ...f, ...next })), setPage(1));
  const overdueItems = (c: ApprovalCase) => c.items.filter((i) => i.workingDaysLeft !== null && i.workingDaysLeft < 0).length;
  return (
    <Card size="small" title="审批案件">
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <SearchBox label="搜索项目" placeholder="搜索项目名称" onSearch={(q) => change({ q })} />
        <UnitSelect<NonNullable<typeof filter.localityCode>>
          of="locality"
          value={filter.localityCode}
          onChange={(localityCode) => change({ localityCode })}
        />
        <UnitSelect<NonNullable<typeof filter.departmentCode>>
          of="department"
          value={filter.departmentCode}
          onChange={(departmentCode) => change({ departmentCode })}
        />
        <Select
          aria-label="案件状态"
          placeholder="全部状态"
          allowClear
          style={{ width: 130 }}
          value={filter.status}
          onChange={(status) => change({ status })}
          options={[
            { value: 'open', label: '办理中' },
            { value: 'completed', label: '已办结' },
          ]}
        />
        <OnlyCheckbox label="只看有超期事项" value={filter.overdue} onChange={(overdue) => change({ overdue })} />
      </Flex>
      {cases.error && <Alert type="error" showIcon title={cases.error.explain()} />}
      <div role="region" aria-label="审批案件列表" tabIndex={0} style={{ overflowX: 'auto' }}>
        <Table<ApprovalCase>
          size="small"
          rowKey="projectId"
          loading={cases.loading}
          dataSource={cases.data?.items ?? []}
          locale={{ emptyText: <span style={{ color: '#595959' }}>没有符合条件的审批案件</span> }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: cases.data?.total ?? 0,
            onChange: setPage,
            showSizeChanger: false,
            showTotal: (total) => `共 ${total} 个案件`,
          }}
          columns={[
            { title: '项目', dataIndex: 'projectName', render: (n: string, r) => <Link to={`/approvals/${r.projectId}`}>{n}</Link> },
            { title: '县（市）区', dataIndex: 'localityCode', render: (code: string) => reference.names.locality(code) },
            { title: '总投资', dataIndex: 'totalInvestmentWan', align: 'right', render: (w: number) => yi(w) },
            { title: '立案日', dataIndex: 'openedOn', render: (d: string) => cnDate(d) },
            {
              title: '已批事项',
              key: 'approved',
              render: (_: unknown, r) => `${r.items.filter((i) => i.status === 'approved').length}/${r.items.length}`,
            },
            {
              title: '超期事项',
              key: 'overdue',
              render: (_: unknown, r) => (overdueItems(r) > 0 ? <Tag color="red">{overdueItems(r)}</Tag> : 0),
            },
            {
              title: '用时',
              dataIndex: 'workingDays',
              render: (d: number | null) => (d === null ? '—' : d <= 51 ? `${d} 个工作日` : <Tag color="red">{d} 个工作日</Tag>),
            },
          ]}
        />
      </div>
    </Card>
  );
}
