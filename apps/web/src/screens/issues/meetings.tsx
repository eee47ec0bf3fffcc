/**
 * 会议纪要: the meetings (联席, 调度, 协调对接, 现场协调会) and, for one, its minutes — each decision
 * with its owner, measures and deadline, tracked until done — and the decisions it took on
 * reported issues. Owners complete their decisions here.
 */
import { Alert, App, Button, Card, DatePicker, Descriptions, Drawer, Form, Input, Skeleton, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { idempotencyKey, issueResolution, unwrap } from '../../api/client';
import type { Meeting, MeetingMinutes } from '../../api/types';
import { useSession } from '../../auth/session';
import { beijingDay, cnDate } from '../../ui/format';
import { showRefusal } from '../../ui/form-errors';
import { useReference } from '../../ui/reference';
import { useApi } from '../../ui/use-api';
import { useIssueReference } from '../../ui/issue-reference';
import { ownerLabel } from './labels';
import { IssuesTabs } from './issues-tabs';

export function MeetingList() {
  const [page, setPage] = useState(1);
  const { issueNames } = useIssueReference();
  const meetings = useApi(() => unwrap(issueResolution().GET('/meetings', { params: { query: { page, pageSize: 20 } } })), [page]);
  return (
    <Card size="small">
      <IssuesTabs />
      {meetings.error && <Alert type="error" showIcon title={meetings.error.explain()} />}
      <Table<Meeting>
        size="small"
        rowKey="meetingId"
        loading={meetings.loading}
        dataSource={meetings.data?.items ?? []}
        pagination={{ current: page, pageSize: 20, total: meetings.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          { title: '日期', dataIndex: 'date', width: 130, render: cnDate },
          { title: '会议', dataIndex: 'title', render: (t: string, m) => <Link to={`/meetings/${m.meetingId}`}>{t}</Link> },
          { title: '类别', dataIndex: 'kind', width: 120, render: (k: string) => issueNames.meetingKind(k) },
          { title: '主持', dataIndex: 'chair', width: 200 },
          { title: '决定事项', dataIndex: 'decisions', width: 100, render: (d: Meeting['decisions']) => d.length },
          {
            title: '未办结',
            dataIndex: 'openDecisions',
            width: 90,
            render: (n: number) => (n > 0 ? <Tag color="orange">{n}</Tag> : 0),
          },
        ]}
      />
    </Card>
  );
}

type Decision = MeetingMinutes['decisions'][number];

export function MeetingPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { session } = useSession();
  const { names } = useReference();
  const { issueNames } = useIssueReference();
  const minutes = useApi(() => unwrap(issueResolution().GET('/meetings/{id}', { params: { path: { id } } })), [id]);
  const [completing, setCompleting] = useState<Decision>();
  if (minutes.error)
    return <Alert type="error" showIcon title={minutes.error.explain()} action={<Button onClick={() => navigate(-1)}>返回</Button>} />;
  if (!minutes.data) return <Skeleton active />;
  const m = minutes.data;
  const grants = session?.grants ?? [];
  const mayComplete = (d: Decision) =>
    d.status === 'open' &&
    (grants.includes('project-office') || grants.includes('admin') || grants.includes(`${d.owner.kind}:${d.owner.code}`));
  const today = beijingDay(new Date());
  return (
    <Card
      title={
        <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
          {m.title}
        </Typography.Title>
      }
      extra={<Button onClick={() => navigate(-1)}>返回</Button>}
    >
      <Descriptions size="small" column={{ xs: 1, md: 3 }} bordered>
        <Descriptions.Item label="日期">{cnDate(m.date)}</Descriptions.Item>
        <Descriptions.Item label="类别">{issueNames.meetingKind(m.kind)}</Descriptions.Item>
        <Descriptions.Item label="主持">{m.chair}</Descriptions.Item>
        <Descriptions.Item label="参会单位" span={3}>
          {m.attendees.map(names.unit).join('、') || '—'}
        </Descriptions.Item>
        {m.summary && (
          <Descriptions.Item label="纪要" span={3}>
            {m.summary}
          </Descriptions.Item>
        )}
      </Descriptions>
      <Typography.Title level={3} style={{ fontSize: 16, marginTop: 24 }}>
        决定事项（{m.decisions.length}）
      </Typography.Title>
      <Table<Decision>
        size="small"
        rowKey="decisionId"
        pagination={false}
        dataSource={m.decisions}
        columns={[
          { title: '序号', dataIndex: 'decisionId', width: 60 },
          { title: '事项', dataIndex: 'subject' },
          { title: '牵头单位', dataIndex: 'owner', width: 140, render: (o: Decision['owner']) => ownerLabel(o, names, issueNames) },
          { title: '措施', dataIndex: 'measures' },
          {
            title: '时限',
            dataIndex: 'deadline',
            width: 150,
            render: (d: string, r) => (
              <span>
                {cnDate(d)} {r.status === 'open' && d < today && <Tag color="red">逾期</Tag>}
              </span>
            ),
          },
          {
            title: '办理',
            key: 'status',
            width: 160,
            render: (_, d) =>
              d.status === 'done' ? (
                `${cnDate(d.doneOn ?? '')}办结`
              ) : mayComplete(d) ? (
                <Button size="small" onClick={() => setCompleting(d)}>
                  办结
                </Button>
              ) : (
                '办理中'
              ),
          },
        ]}
      />
      {m.issueDecisions.length > 0 && (
        <>
          <Typography.Title level={3} style={{ fontSize: 16, marginTop: 24 }}>
            对上报问题的决定（{m.issueDecisions.length}）
          </Typography.Title>
          <Table
            size="small"
            rowKey="issueId"
            pagination={false}
            dataSource={m.issueDecisions}
            columns={[
              { title: '项目', dataIndex: 'projectName', render: (n: string, r) => <Link to={`/issues/${r.issueId}`}>{n}</Link> },
              { title: '牵头单位', key: 'owner', render: (_, r) => ownerLabel(r.decision.owner, names, issueNames) },
              { title: '措施', key: 'measures', render: (_, r) => r.decision.measures },
              { title: '时限', key: 'deadline', render: (_, r) => cnDate(r.decision.deadline) },
              { title: '状态', dataIndex: 'status', render: (s: string) => issueNames.status(s) },
            ]}
          />
        </>
      )}
      <Drawer open={completing !== undefined} onClose={() => setCompleting(undefined)} title="决定事项办结" size="large" destroyOnHidden>
        {completing && (
          <CompleteDecision
            meetingId={m.meetingId}
            decisionId={completing.decisionId}
            onDone={(version) => {
              setCompleting(undefined);
              void minutes.reloadUntil((next) => next.version >= version);
            }}
          />
        )}
      </Drawer>
    </Card>
  );
}

function CompleteDecision({ meetingId, decisionId, onDone }: { meetingId: string; decisionId: string; onDone: (version: number) => void }) {
  const [form] = Form.useForm<{ date?: Dayjs; note?: string }>();
  const [error, setError] = useState<string>();
  const key = useRef(idempotencyKey());
  const { message } = App.useApp();
  const submit = async (v: { date?: Dayjs; note?: string }) => {
    try {
      const result = await unwrap(
        issueResolution().POST('/meetings/{id}/decisions/{decisionId}/completion', {
          params: { path: { id: meetingId, decisionId } },
          headers: { 'Idempotency-Key': key.current },
          body: { date: v.date?.format('YYYY-MM-DD') ?? '', note: v.note?.trim() ?? '' },
        }),
      );
      message.success('决定事项已办结');
      onDone(result.version);
    } catch (failure) {
      const { error: apiError, sentence } = showRefusal(form, failure, ['date', 'note']);
      setError(sentence);
      if (apiError.status >= 400 && apiError.status < 500) key.current = idempotencyKey();
    }
  };
  return (
    <Form form={form} layout="vertical" onFinish={submit} aria-label="决定事项办结" initialValues={{ date: dayjs() }}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form.Item name="date" label="办结日期" rules={[{ required: true, message: '请选择办结日期' }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="note" label="办结情况" rules={[{ required: true, message: '请填写办结情况' }]}>
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
      <Button type="primary" htmlType="submit">
        办结
      </Button>
    </Form>
  );
}
