/**
 * 我的待办: everything the signed-in person must act on, across the services — monthly investment
 * reports due (registry), approval items to submit, supplement or decide (approval), issues and
 * meeting decisions (issue-resolution) — soonest deadline first, each linking to its screen.
 */
import { Alert, Card, Empty, Flex, Segmented, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { TodoEntry } from '../../api/types';
import { cnDate } from '../../ui/format';
import { useTodo } from '../../ui/todo';

const SERVICE_LABELS: Record<string, string> = {
  registry: '月度投资',
  approval: '审批',
  'issue-resolution': '问题解决',
};

export function TodoPage() {
  const { entries, loading, failed } = useTodo();
  const [service, setService] = useState<string>('all');
  const shown = service === 'all' ? entries : entries.filter((e) => e.service === service);
  const count = (s: string) => entries.filter((e) => e.service === s).length;
  return (
    <Card
      size="small"
      title={
        <Typography.Title level={2} style={{ margin: 0, fontSize: 18 }}>
          我的待办
        </Typography.Title>
      }
      extra={
        <span>
          共 {entries.length} 项，逾期 {entries.filter((e) => e.overdue).length} 项
        </span>
      }
    >
      {failed.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={`暂时无法读取：${failed.join('、')}（列表不完整，稍后自动重试）`}
        />
      )}
      <Flex style={{ marginBottom: 12 }}>
        <Segmented
          aria-label="按来源筛选"
          value={service}
          onChange={(v) => setService(String(v))}
          options={[
            { value: 'all', label: `全部 ${entries.length}` },
            ...Object.entries(SERVICE_LABELS).map(([value, label]) => ({ value, label: `${label} ${count(value)}` })),
          ]}
        />
      </Flex>
      <Table<TodoEntry>
        size="small"
        loading={loading && entries.length === 0}
        rowKey={(e) => `${e.service}:${e.kind}:${e.id}`}
        dataSource={shown}
        scroll={{ x: 720 }}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        locale={{ emptyText: <Empty description="没有待办事项" /> }}
        columns={[
          {
            title: '期限',
            dataIndex: 'dueOn',
            width: 150,
            render: (dueOn: string | null, e) =>
              dueOn ? (
                <span>
                  {cnDate(dueOn)} {e.overdue && <Tag color="red">逾期</Tag>}
                </span>
              ) : (
                '—'
              ),
          },
          { title: '来源', dataIndex: 'service', width: 90, render: (s: string) => SERVICE_LABELS[s] ?? s },
          { title: '办理', dataIndex: 'actionLabel', width: 130 },
          {
            title: '事项',
            dataIndex: 'title',
            render: (title: string, e) => (
              <Link to={e.link} data-testid="todo-link">
                {title}
              </Link>
            ),
          },
          {
            title: '项目',
            dataIndex: 'projectName',
            render: (name: string | null, e) => (name && e.projectId ? <Link to={`/projects/${e.projectId}`}>{name}</Link> : '—'),
          },
        ]}
      />
    </Card>
  );
}
