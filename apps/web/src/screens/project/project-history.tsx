/** 项目全景: a project as it stands, and every recorded fact in business-date order. */
import { Alert, Button, Card, Descriptions, Skeleton, Timeline, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { projection, unwrap } from '../../api/client';
import { cnDate, cnMonth, money } from '../../ui/format';
import { type Names, useReference } from '../../ui/reference';
import { useApi } from '../../ui/use-api';

function describe(type: string, data: Record<string, unknown>, names: Names): string {
  if (type === 'MonthlyInvestmentReported') return `${cnMonth(String(data['month']))}累计完成 ${money(Number(data['cumulativeWan']))}`;
  if (type === 'ProjectStageAdvanced') return `${names.stage(String(data['from']))} → ${names.stage(String(data['to']))}`;
  if (type === 'ProjectRegistered') return `总投资 ${money(Number(data['totalInvestmentWan']))}`;
  if (type === 'ProjectApprovalsCompleted') return `用时 ${Number(data['workingDays'])} 个工作日`;
  if (typeof data['reason'] === 'string') return `原因：${data['reason']}`;
  return '';
}

/** Who recorded a fact, as a person reads it: the unit of the officer's grant, or the service that did it on its own. */
const ROLE_NAMES: Record<string, string> = {
  'project-office': '市大项目办',
  leadership: '市项目建设领导小组',
  statistics: '市统计局',
  admin: '平台管理员',
  leader: '市级包保领导',
  secretary: '项目秘书',
};
const SERVICE_NAMES: Record<string, string> = {
  registry: '项目储备库',
  approval: '审批服务',
  assessment: '考核服务',
  projection: '领导视图',
};
export function actorLabel(actor: { id: string; role: string; scope: string | null }, names: Names): string {
  if (actor.role === 'system') return `${SERVICE_NAMES[actor.id.replace(/-service$/, '')] ?? '系统'}（自动）`;
  if (actor.role === 'locality' && actor.scope) return names.locality(actor.scope);
  if (actor.role === 'department' && actor.scope) return names.department(actor.scope);
  return ROLE_NAMES[actor.role] ?? actor.role;
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
      extra={<Button onClick={() => navigate(-1)}>返回</Button>}
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
      <Typography.Title level={3} style={{ fontSize: 16, marginTop: 24 }}>
        全部记录（{events.length}）
      </Typography.Title>
      <Timeline
        items={events.map((e) => ({
          key: `${e.service}-${e.v}`,
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
