/**
 * 市大项目办：the approval cases of the city (open or completed, by 区) and the year's
 * concentrated round (§27) — each project of 10亿 or more, what each department stated and by
 * when, and how far its case has come.
 */
import { Alert, Card, Progress, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { approval, unwrap } from '../../api/client';
import { cnDate, yi } from '../../ui/format';
import { useApi } from '../../ui/use-api';
import type { RoundProgressRow } from '../../api/types';
import { ApprovalCaseList } from './approval-case-list';

export function ApprovalOffice() {
  const round = useApi(() => unwrap(approval().GET('/approval-rounds/{year}', { params: { path: { year: '2018' } } })), []);

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        size="small"
        title={
          <Typography.Title level={2} style={{ margin: 0, fontSize: 18 }}>
            2018年度集中审批（第二十七条）
          </Typography.Title>
        }
        extra={
          round.data && (
            <Progress
              percent={Math.round((round.data.done / Math.max(1, round.data.total)) * 100)}
              style={{ width: 200 }}
              format={() => `${round.data?.done}/${round.data?.total} 个项目手续办结`}
            />
          )
        }
      >
        {round.error && (
          <Alert
            type={round.error.status === 404 ? 'info' : 'error'}
            showIcon
            title={round.error.status === 404 ? '本年度集中审批尚未开启' : round.error.explain()}
          />
        )}
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
                    : s.map((x) => `${x.departmentCode}：${x.procedures.join('、') || '无'}（${cnDate(x.deadline)}前）`).join('；'),
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
            ]}
          />
        )}
      </Card>
      <ApprovalCaseList />
    </Space>
  );
}
