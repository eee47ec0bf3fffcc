/**
 * 市大项目办：the approval cases of the city (open or completed, by 区) and the year's
 * concentrated round (§27) — each project of 10亿 or more, what each department stated and by
 * when, and how far its case has come.
 */
import { Alert, Button, Card, Drawer, Progress, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { approval, unwrap } from '../../api/client';
import { cnDate, yi } from '../../ui/format';
import { useApi } from '../../ui/use-api';
import type { RoundProgressRow } from '../../api/types';
import { useSession } from '../../auth/session';
import { useReference } from '../../ui/reference';
import { ApprovalCaseList } from './approval-case-list';
import { RoundStatementForm } from './round-statement-form';

export function ApprovalOffice() {
  // The rounds opened so far, latest first: the page shows the latest, any other one on choice.
  const rounds = useApi(() => unwrap(approval().GET('/approval-rounds')), []);
  const [chosen, setChosen] = useState<number>();
  const years = (rounds.data?.items ?? []).map((r) => r.year);
  const year = chosen ?? years[0];
  const round = useApi(
    () =>
      year === undefined
        ? Promise.resolve(undefined) // no round opened yet, or the list still loading
        : unwrap(approval().GET('/approval-rounds/{year}', { params: { path: { year: String(year) } } })),
    [year],
  );
  const { has } = useSession();
  const { names } = useReference();
  const [stating, setStating] = useState<RoundProgressRow>();
  // The project office records the departments' statements (the leadership reads).
  const records = has('project-office') || has('admin');

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        size="small"
        title={
          <Space>
            <Typography.Title level={2} style={{ margin: 0, fontSize: 18 }}>
              {year === undefined ? '' : `${year}年度`}集中审批（第二十七条）
            </Typography.Title>
            {years.length > 1 && (
              <select aria-label="集中审批年度" value={year} onChange={(e) => setChosen(Number(e.target.value))}>
                {years.map((y) => (
                  <option key={y} value={y}>
                    {y}年
                  </option>
                ))}
              </select>
            )}
          </Space>
        }
        extra={
          round.data && (
            <Progress
              percent={Math.round((round.data.done / Math.max(1, round.data.total)) * 100)}
              style={{ width: 200 }}
              aria-label="集中审批项目手续办结进度"
              format={() => `${round.data?.done}/${round.data?.total} 个项目手续办结`}
            />
          )
        }
      >
        {rounds.data && years.length === 0 && <Alert type="info" showIcon title="尚未开启任何年度的集中审批" />}
        {(rounds.error ?? round.error) && <Alert type="error" showIcon title={(rounds.error ?? round.error)?.explain()} />}
        {round.data && (
          <Table<RoundProgressRow>
            rowKey="projectId"
            size="small"
            dataSource={round.data.projects}
            pagination={{ pageSize: 10, showSizeChanger: false }}
            columns={[
              { title: '项目', dataIndex: 'name', render: (n: string, r) => <Link to={`/approvals/${r.projectId}`}>{n}</Link> },
              { title: '总投资', dataIndex: 'totalInvestmentWan', render: (w: number) => yi(w) },
              {
                title: '各部门明确的手续与时限',
                dataIndex: 'statements',
                render: (s: RoundProgressRow['statements']) =>
                  s.length === 0
                    ? '—'
                    : s
                        .map((x) => `${names.department(x.departmentCode)}：${x.procedures.join('、') || '无'}（${cnDate(x.deadline)}前）`)
                        .join('；'),
              },
              {
                title: '审批进度',
                dataIndex: 'case',
                render: (c: RoundProgressRow['case']) =>
                  c ? (
                    c.status === 'completed' ? (
                      <Tag color="green">已办结 {cnDate(c.completedOn ?? '')}</Tag>
                    ) : (
                      `${c.approvedItems}/${c.items} 项已批`
                    )
                  ) : (
                    '未立案'
                  ),
              },
              ...(records
                ? [
                    {
                      title: '操作',
                      key: 'state',
                      render: (_: unknown, r: RoundProgressRow) => (
                        <Button size="small" aria-label={`记录${r.name}的部门意见`} onClick={() => setStating(r)}>
                          记录部门意见
                        </Button>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </Card>
      <Drawer open={!!stating} onClose={() => setStating(undefined)} title={stating ? `${stating.name}：记录部门意见` : ''} destroyOnHidden>
        {stating && round.data && (
          <RoundStatementForm
            year={round.data.year}
            projectId={stating.projectId}
            stated={stating.statements.map((x) => x.departmentCode)}
            onDone={(version) => {
              setStating(undefined);
              // The round's read model is a moment behind the command: re-read until it shows the statement.
              void round.reloadUntil((fresh) => fresh !== undefined && fresh.version >= version);
            }}
          />
        )}
      </Drawer>
      <ApprovalCaseList />
    </Space>
  );
}
