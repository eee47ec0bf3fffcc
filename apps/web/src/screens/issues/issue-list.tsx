/**
 * 问题清单: the issues the caller sees (a 区 its projects', a department those it reported or owns,
 * the city offices all), filtered by status, category and cycle, the soonest due first.
 */
import { Alert, Card, Flex, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { issueResolution, unwrap } from '../../api/client';
import type { IssueQuery, IssueSummary } from '../../api/types';
import { beijingDay, cnDate } from '../../ui/format';
import { OnlyCheckbox } from '../../ui/list-filters';
import { useReference } from '../../ui/reference';
import { useApi } from '../../ui/use-api';
import { useIssueReference } from '../../ui/issue-reference';
import { ownerLabel } from './labels';
import { IssuesTabs } from './issues-tabs';

const PAGE_SIZE = 20;

export function IssueList() {
  const [page, setPage] = useState(1);
  const [filter, setFilter] = useState<Omit<IssueQuery, 'page' | 'pageSize'>>({ open: true });
  const { names } = useReference();
  const issueReference = useIssueReference();
  const { issueNames } = issueReference;
  const issues = useApi(
    () => unwrap(issueResolution().GET('/issues', { params: { query: { page, pageSize: PAGE_SIZE, ...filter } } })),
    [page, JSON.stringify(filter)],
  );
  const change = (next: Partial<typeof filter>) => (setFilter((f) => ({ ...f, ...next })), setPage(1));
  const today = beijingDay(new Date());
  return (
    <Card size="small">
      <IssuesTabs />
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <Select
          aria-label="状态"
          placeholder="全部状态"
          allowClear
          style={{ width: 160 }}
          value={filter.status}
          onChange={(status) => change({ status })}
          options={(issueReference.data?.statuses ?? []).map(({ code, name }) => ({ value: code, label: name }))}
        />
        <Select
          aria-label="类别"
          placeholder="全部类别"
          allowClear
          style={{ width: 140 }}
          value={filter.category}
          onChange={(category) => change({ category })}
          options={(issueReference.data?.categories ?? []).map(({ code, name }) => ({ value: code, label: name }))}
        />
        <OnlyCheckbox label="只看未关闭" value={filter.open} onChange={(open) => change({ open })} />
      </Flex>
      {issues.error && <Alert type="error" showIcon title={issues.error.explain()} />}
      <Table<IssueSummary>
        size="small"
        rowKey="issueId"
        loading={issues.loading}
        dataSource={issues.data?.items ?? []}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: issues.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          { title: '项目', dataIndex: 'projectName', render: (name: string, i) => <Link to={`/issues/${i.issueId}`}>{name}</Link> },
          { title: '类别', dataIndex: 'category', width: 70, render: (c: string) => issueNames.category(c) },
          { title: '问题', dataIndex: 'description', ellipsis: true },
          { title: '周期', dataIndex: 'cycle', width: 90 },
          { title: '状态', dataIndex: 'status', width: 120, render: (s: string) => issueNames.status(s) },
          { title: '责任方', dataIndex: 'owner', width: 140, render: (o: IssueSummary['owner']) => ownerLabel(o, names, issueNames) },
          {
            title: '办结时限',
            dataIndex: 'dueOn',
            width: 150,
            render: (d: string | null) =>
              d ? (
                <span>
                  {cnDate(d)} {d < today && <Tag color="red">逾期</Tag>}
                </span>
              ) : (
                '—'
              ),
          },
        ]}
      />
    </Card>
  );
}
