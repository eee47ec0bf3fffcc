/** 项目全景: a project as it stands, and every recorded fact in business-date order. */
import { Alert, Button, Card, Descriptions, Skeleton, Space, Timeline, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { projection, unwrap } from '../../api/client';
import { cnDate, cnMonth, money } from '../../ui/format';
import { actorLabel } from '../../ui/actors';
import { type Names, useReference } from '../../ui/reference';
import { useApi } from '../../ui/use-api';
import { StageActions } from './stage-actions';
import { ReportIssue } from '../issues/report-issue';

function describe(type: string, data: Record<string, unknown>, names: Names): string {
  if (type === 'MonthlyInvestmentReported') return `${cnMonth(String(data['month']))}累计完成 ${money(Number(data['cumulativeWan']))}`;
  if (type === 'ProjectStageAdvanced') return `${names.stage(String(data['from']))} → ${names.stage(String(data['to']))}`;
  if (type === 'ProjectRegistered') return `总投资 ${money(Number(data['totalInvestmentWan']))}`;
  if (type === 'ProjectApprovalsCompleted') return `用时 ${Number(data['workingDays'])} 个工作日`;
  if (typeof data['reason'] === 'string') return `原因：${data['reason']}`;
  return '';
}

export function ProjectHistory() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const history = useApi(() => unwrap(projection().GET('/projects/{id}/history', { params: { path: { id } } })), [id]);
  const { names } = useReference();
  if (history.error)
    return <Alert type="error" showIcon title={history.error.explain()} action={<Button onClick={() => navigate(-1)}>返回</Button>} />;
  if (!history.data) return <Skeleton active />;
  const { current, events } = history.data;
  const approvals = events.find((e) => e.type === 'ProjectApprovalsCompleted');
  const caseOpened = events.some((e) => e.type === 'ApprovalCaseOpened');
  return (
    <Card
      title={
        <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
          {history.data.name}
        </Typography.Title>
      }
      extra={
        <Space>
          <ReportIssue projectId={current.projectId} />
          <Button onClick={() => navigate(-1)}>返回</Button>
        </Space>
      }
    >
      <Descriptions size="small" column={{ xs: 1, md: 3 }} bordered>
        <Descriptions.Item label="阶段">{names.stage(current.stage)}</Descriptions.Item>
        <Descriptions.Item label="总投资">{money(current.totalInvestmentWan)}</Descriptions.Item>
        <Descriptions.Item label="累计完成投资">{money(current.cumulativeWan)}</Descriptions.Item>
        <Descriptions.Item label="国家项目代码">{current.nationalCode ?? '未赋码'}</Descriptions.Item>
        <Descriptions.Item label="审批手续">
          {approvals
            ? `${cnDate(String(approvals.data['date']))}全部办结，用时 ${Number(approvals.data['workingDays'])} 个工作日`
            : caseOpened
              ? '办理中'
              : '未立案'}
          {caseOpened && (
            <>
              {' '}
              <Link to={`/approvals/${current.projectId}`}>查看审批案件</Link>
            </>
          )}
        </Descriptions.Item>
      </Descriptions>
      <StageActions
        projectId={current.projectId}
        // The history is the projection's, a moment behind the registry: re-read until it has the step.
        onDone={(version) => void history.reloadUntil((h) => h.events.some((e) => e.service === 'registry' && e.v >= version))}
      />
      <Typography.Title level={3} style={{ fontSize: 16, marginTop: 24 }}>
        全部记录（{events.length}）
      </Typography.Title>
      <Timeline
        items={events.map((e) => ({
          key: e.eventId,
          content: (
            <>
              <strong>{cnDate(e.date)}</strong> {e.label} <span>{describe(e.type, e.data, names)}</span>
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                记录于 {cnDate(e.recordedAt)}（{actorLabel(e.actor, names)}）
              </Typography.Text>
            </>
          ),
        }))}
      />
    </Card>
  );
}
