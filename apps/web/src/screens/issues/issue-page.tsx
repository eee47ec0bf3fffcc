/** 项目问题: one issue — what, whose, by when — its history, and the steps the caller may take on it now. */
import { Alert, Button, Card, Descriptions, Drawer, Skeleton, Space, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { issueResolution, unwrap } from '../../api/client';
import { useSession } from '../../auth/session';
import { beijingDay, cnDate } from '../../ui/format';
import { useReference } from '../../ui/reference';
import { useApi } from '../../ui/use-api';
import { useIssueReference } from '../../ui/issue-reference';
import { ownerLabel } from './labels';
import { IssueActionForm, type IssueStep, STEP_LABELS } from './issue-action-form';
import { stepsFor } from './issue-steps';

export function IssuePage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { session } = useSession();
  const { names } = useReference();
  const { issueNames } = useIssueReference();
  const issue = useApi(() => unwrap(issueResolution().GET('/issues/{id}', { params: { path: { id } } })), [id]);
  const [step, setStep] = useState<IssueStep>();
  if (issue.error)
    return <Alert type="error" showIcon title={issue.error.explain()} action={<Button onClick={() => navigate(-1)}>返回</Button>} />;
  if (!issue.data) return <Skeleton active />;
  const i = issue.data;
  const steps = stepsFor(i, session?.grants ?? []);
  const today = beijingDay(new Date());
  return (
    <Card
      title={
        <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
          {i.projectName}：{issueNames.category(i.category)}问题
        </Typography.Title>
      }
      extra={<Button onClick={() => navigate(-1)}>返回</Button>}
    >
      <Descriptions size="small" column={{ xs: 1, md: 3 }} bordered>
        <Descriptions.Item label="问题" span={3}>
          {i.description}
        </Descriptions.Item>
        <Descriptions.Item label="项目">
          <Link to={`/projects/${i.projectId}`}>{i.projectName}</Link>
        </Descriptions.Item>
        <Descriptions.Item label="上报">
          {ownerLabel({ kind: i.reporter.kind, code: i.reporter.code }, names, issueNames)}，{cnDate(i.reportedOn)}（{i.cycle} 周期）
        </Descriptions.Item>
        <Descriptions.Item label="状态">
          {issueNames.status(i.status)}
          {i.reopened > 0 && `（退回重办 ${i.reopened} 次）`}
        </Descriptions.Item>
        <Descriptions.Item label="责任层级">{issueNames.level(i.level)}</Descriptions.Item>
        <Descriptions.Item label="当前责任方">{ownerLabel(i.owner, names, issueNames)}</Descriptions.Item>
        <Descriptions.Item label="办结时限">
          {i.dueOn ? cnDate(i.dueOn) : '—'} {i.dueOn && i.dueOn < today && <Tag color="red">逾期</Tag>}
        </Descriptions.Item>
        {i.decision && (
          <Descriptions.Item label="会议决定" span={3}>
            <Link to={`/meetings/${i.decision.meetingId}`}>{cnDate(i.decision.date)}会议</Link>：
            {ownerLabel(i.decision.owner, names, issueNames)}牵头，
            {i.decision.measures}，{cnDate(i.decision.deadline)}前完成
          </Descriptions.Item>
        )}
        {i.reason && (
          <Descriptions.Item label="理由" span={3}>
            {i.reason}
          </Descriptions.Item>
        )}
      </Descriptions>
      {steps.length > 0 && (
        <Space wrap style={{ marginTop: 16 }} aria-label="可办理的操作">
          {steps.map((s, k) => (
            <Button key={s} type={k === 0 ? 'primary' : 'default'} onClick={() => setStep(s)}>
              {STEP_LABELS[s]}
            </Button>
          ))}
        </Space>
      )}
      <Typography.Title level={3} style={{ fontSize: 16, marginTop: 24 }}>
        办理记录（{i.log.length}）
      </Typography.Title>
      <Timeline
        items={i.log.map((e, k) => ({
          key: `${e.type}-${k}`,
          content: (
            <>
              <strong>{cnDate(e.date)}</strong> {e.label} {e.text && <span>：{e.text}</span>}
              {e.actor && (
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {e.actor}
                </Typography.Text>
              )}
            </>
          ),
        }))}
      />
      <Drawer
        open={step !== undefined}
        onClose={() => setStep(undefined)}
        title={step ? STEP_LABELS[step] : ''}
        size="large"
        destroyOnHidden
      >
        {step && (
          <IssueActionForm
            issueId={i.issueId}
            step={step}
            onDone={(version) => {
              setStep(undefined);
              void issue.reloadUntil((next) => next.version >= version);
            }}
          />
        )}
      </Drawer>
    </Card>
  );
}
