/**
 * One step on an issue, as a form: the project office distributes (department and deadline),
 * rejects, supervises (督办) or records a meeting's decision; the owner accepts, notes progress,
 * asks to escalate, resolves; the reporter confirms or reopens. The service's refusal shows next
 * to its field; a retried submission keeps its Idempotency-Key.
 */
import { Alert, App, Button, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useRef, useState } from 'react';
import { idempotencyKey, issueResolution, unwrap } from '../../api/client';
import type { DecideIssueBody, DistributeIssueBody } from '../../api/types';
import { showRefusal } from '../../ui/form-errors';
import { useReference } from '../../ui/reference';
import { useApi } from '../../ui/use-api';

export type IssueStep =
  | 'distribution'
  | 'rejection'
  | 'acceptance'
  | 'progress'
  | 'escalation'
  | 'decision'
  | 'supervision'
  | 'resolution'
  | 'confirmation'
  | 'reopening';

export const STEP_LABELS: Record<IssueStep, string> = {
  distribution: '分发',
  rejection: '不予受理',
  acceptance: '受理',
  progress: '记录进展',
  escalation: '申请升级',
  decision: '登记会议决定',
  supervision: '督办',
  resolution: '报告已解决',
  confirmation: '确认销号',
  reopening: '不认可，退回重办',
};

interface Values {
  date?: Dayjs;
  deadline?: Dayjs;
  departmentCode?: string;
  note?: string;
  reason?: string;
  resolution?: string;
  meetingId?: string;
  owner?: string;
  measures?: string;
  noticeId?: string;
}

const FIELDS = [
  'date',
  'deadline',
  'departmentCode',
  'note',
  'reason',
  'resolution',
  'meetingId',
  'ownerCode',
  'ownerKind',
  'measures',
  'noticeId',
];

export function IssueActionForm({ issueId, step, onDone }: { issueId: string; step: IssueStep; onDone: (version: number) => void }) {
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string>();
  const [sending, setSending] = useState(false);
  const key = useRef(idempotencyKey());
  const { message } = App.useApp();
  const reference = useReference();
  const meetings = useApi(
    () =>
      step === 'decision'
        ? unwrap(issueResolution().GET('/meetings', { params: { query: { page: 1, pageSize: 50 } } }))
        : Promise.resolve(null),
    [step],
  );
  const units = [
    ...(reference.data?.departments ?? []).map((d) => ({ value: `department:${d.code}`, label: d.name })),
    ...(reference.data?.localities ?? []).map((l) => ({ value: `locality:${l.code}`, label: l.name })),
  ];

  const submit = async (v: Values) => {
    setSending(true);
    setError(undefined);
    const options = { params: { path: { id: issueId } }, headers: { 'Idempotency-Key': key.current } };
    const date = v.date?.format('YYYY-MM-DD') ?? '';
    const deadline = v.deadline?.format('YYYY-MM-DD') ?? '';
    const api = issueResolution();
    try {
      let result: { version: number };
      switch (step) {
        case 'distribution':
          result = await unwrap(
            api.POST('/issues/{id}/distribution', {
              ...options,
              body: {
                date,
                deadline,
                departmentCode: v.departmentCode as DistributeIssueBody['departmentCode'],
                note: v.note?.trim() || undefined,
              },
            }),
          );
          break;
        case 'rejection':
          result = await unwrap(api.POST('/issues/{id}/rejection', { ...options, body: { date, reason: v.reason?.trim() ?? '' } }));
          break;
        case 'acceptance':
          result = await unwrap(api.POST('/issues/{id}/acceptance', { ...options, body: { date } }));
          break;
        case 'progress':
          result = await unwrap(api.POST('/issues/{id}/progress', { ...options, body: { date, note: v.note?.trim() ?? '' } }));
          break;
        case 'escalation':
          result = await unwrap(api.POST('/issues/{id}/escalation', { ...options, body: { date, reason: v.reason?.trim() ?? '' } }));
          break;
        case 'decision': {
          const [ownerKind, ownerCode] = (v.owner ?? ':').split(':') as [DecideIssueBody['ownerKind'], DecideIssueBody['ownerCode']];
          result = await unwrap(
            api.POST('/issues/{id}/decision', {
              ...options,
              body: { date, deadline, meetingId: v.meetingId ?? '', ownerKind, ownerCode, measures: v.measures?.trim() ?? '' },
            }),
          );
          break;
        }
        case 'supervision':
          result = await unwrap(
            api.POST('/issues/{id}/supervision', {
              ...options,
              body: { date, deadline, noticeId: v.noticeId?.trim() ?? '', note: v.note?.trim() ?? '' },
            }),
          );
          break;
        case 'resolution':
          result = await unwrap(
            api.POST('/issues/{id}/resolution', { ...options, body: { date, resolution: v.resolution?.trim() ?? '' } }),
          );
          break;
        case 'confirmation':
          result = await unwrap(api.POST('/issues/{id}/confirmation', { ...options, body: { date } }));
          break;
        case 'reopening':
          result = await unwrap(api.POST('/issues/{id}/reopening', { ...options, body: { date, reason: v.reason?.trim() ?? '' } }));
          break;
      }
      key.current = idempotencyKey();
      message.success(`${STEP_LABELS[step]}：已办理`);
      onDone(result.version);
    } catch (failure) {
      const { error: apiError, sentence } = showRefusal(form, failure, FIELDS);
      setError(sentence);
      if (apiError.status >= 400 && apiError.status < 500) key.current = idempotencyKey();
    } finally {
      setSending(false);
    }
  };

  const required = (label: string) => [{ required: true, message: `请填写${label}` }];
  return (
    <Form<Values> form={form} layout="vertical" onFinish={submit} aria-label={STEP_LABELS[step]} initialValues={{ date: dayjs() }}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="form-error" />}
      <Form.Item name="date" label="办理日期" rules={required('办理日期')}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      {step === 'distribution' && (
        <Form.Item name="departmentCode" label="责任部门" rules={required('责任部门')}>
          <Select
            showSearch
            optionFilterProp="label"
            options={(reference.data?.departments ?? []).map((d) => ({ value: d.code, label: d.name }))}
          />
        </Form.Item>
      )}
      {step === 'decision' && (
        <>
          <Form.Item name="meetingId" label="会议" rules={required('会议')}>
            <Select options={(meetings.data?.items ?? []).map((m) => ({ value: m.meetingId, label: `${m.date} ${m.title}` }))} />
          </Form.Item>
          <Form.Item name="owner" label="牵头单位" rules={required('牵头单位')}>
            <Select showSearch optionFilterProp="label" options={units} />
          </Form.Item>
          <Form.Item name="measures" label="解决措施" rules={required('解决措施')}>
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
        </>
      )}
      {step === 'supervision' && (
        <Form.Item name="noticeId" label="督办通知编号" rules={required('督办通知编号')}>
          <Input maxLength={60} placeholder="如 督办〔2018〕12号" />
        </Form.Item>
      )}
      {(step === 'distribution' || step === 'decision' || step === 'supervision') && (
        <Form.Item name="deadline" label="办结时限" rules={required('办结时限')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      )}
      {(step === 'progress' || step === 'supervision' || step === 'distribution') && (
        <Form.Item
          name="note"
          label={step === 'distribution' ? '分发说明（可选）' : step === 'supervision' ? '督办要求' : '进展情况'}
          rules={step === 'distribution' ? [] : required('说明')}
        >
          <Input.TextArea rows={3} maxLength={step === 'progress' ? 1000 : 500} />
        </Form.Item>
      )}
      {(step === 'rejection' || step === 'escalation' || step === 'reopening') && (
        <Form.Item name="reason" label="理由" rules={required('理由')}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      )}
      {step === 'resolution' && (
        <Form.Item name="resolution" label="解决情况" rules={required('解决情况')}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" loading={sending}>
        {STEP_LABELS[step]}
      </Button>
    </Form>
  );
}
