/**
 * 督办清单 (§35): open issues past their deadline, under a supervision notice, with the project
 * office or a city leader, or decided at a meeting, and meeting decisions not yet done — overdue
 * first — as of any day; and the month's or quarter's supervision report, ready to print.
 */
import { Alert, Button, Card, DatePicker, Flex, Select, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { projection, unwrap } from '../../api/client';
import type { SupervisionRow } from '../../api/types';
import { useSession } from '../../auth/session';
import { beijingDay, cnDate } from '../../ui/format';
import { useLiveChanges } from '../../ui/live-changes';
import { useApi } from '../../ui/use-api';
import { useIssueReference } from '../../ui/issue-reference';
import { IssuesTabs } from './issues-tabs';

const REPORT_READERS = ['project-office', 'leadership', 'admin'];

/** The periods a report can be printed for: the months and quarters of the year so far, latest first. */
function periods(today: string): Array<{ value: string; label: string }> {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const out: Array<{ value: string; label: string }> = [];
  for (let y = year; y >= year - 1; y--)
    for (let m = y === year ? month : 12; m >= 1; m--) {
      out.push({ value: `${y}-${String(m).padStart(2, '0')}`, label: `${y}年${m}月` });
      if (m % 3 === 1) out.push({ value: `${y}-Q${(m + 2) / 3}`, label: `${y}年第${['一', '二', '三', '四'][(m - 1) / 3]}季度` });
    }
  return out;
}

export function SupervisionScreen() {
  const { has } = useSession();
  const navigate = useNavigate();
  const [asOf, setAsOf] = useState<string>();
  const [page, setPage] = useState(1);
  const today = beijingDay(new Date());
  const [period, setPeriod] = useState(() => periods(today)[1]?.value ?? today.slice(0, 7));
  const changedAt = useLiveChanges(!asOf);
  const { issueNames } = useIssueReference();
  const year = Number((asOf ?? today).slice(0, 4));
  const list = useApi(
    () => unwrap(projection().GET('/dashboard/supervision', { params: { query: { year, asOf, page, pageSize: 20 } } })),
    [asOf, page, changedAt],
  );
  return (
    <Card size="small">
      <IssuesTabs />
      <Flex wrap gap={8} style={{ marginBottom: 12 }} align="center">
        <DatePicker
          aria-label="统计日"
          placeholder="今天"
          value={asOf ? dayjs(asOf) : null}
          disabledDate={(d) => d.format('YYYY-MM-DD') > today}
          onChange={(d) => (setAsOf(d ? d.format('YYYY-MM-DD') : undefined), setPage(1))}
        />
        {list.data && (
          <span>
            截至 {cnDate(list.data.asOf)}：共 {list.data.total} 项，逾期 {list.data.overdue} 项
          </span>
        )}
        {REPORT_READERS.some((k) => has(k)) && (
          <span style={{ marginLeft: 'auto' }}>
            <Select aria-label="报告期" value={period} onChange={setPeriod} options={periods(today)} style={{ width: 160 }} />{' '}
            <Button onClick={() => navigate(`/reports/supervision/${period}`)}>督查报告</Button>
          </span>
        )}
      </Flex>
      {list.error && <Alert type="error" showIcon title={list.error.explain()} />}
      <Table<SupervisionRow>
        size="small"
        rowKey="id"
        loading={list.loading && !list.data}
        dataSource={list.data?.items ?? []}
        pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          {
            title: '事项',
            dataIndex: 'subject',
            render: (s: string, r) =>
              r.kind === 'issue' ? (
                <Link to={`/issues/${r.id}`}>{s}</Link>
              ) : r.meetingId ? (
                <Link to={`/meetings/${r.meetingId}`}>{s}</Link>
              ) : (
                s
              ),
          },
          {
            title: '项目',
            dataIndex: 'projectName',
            render: (n: string | null, r) => (n && r.projectId ? <Link to={`/projects/${r.projectId}`}>{n}</Link> : '会议决定事项'),
          },
          { title: '责任方', dataIndex: 'ownerName', width: 140 },
          { title: '层级', dataIndex: 'level', width: 110, render: (l: string | null) => (l ? issueNames.level(l) : '—') },
          {
            title: '时限',
            dataIndex: 'deadline',
            width: 200,
            render: (d: string | null, r) =>
              d ? (
                <span>
                  {cnDate(d)} {r.overdue && <Tag color="red">逾期 {r.workingDaysOverdue ?? ''} 个工作日</Tag>}
                </span>
              ) : (
                '—'
              ),
          },
          { title: '督办', dataIndex: 'supervisions', width: 70, render: (n: number) => (n > 0 ? `${n} 次` : '—') },
        ]}
      />
    </Card>
  );
}
