/**
 * 办理: the stage steps the registry offers on this project today to this caller (GET
 * /projects/{id}/actions: the project's state and the caller's grants decide), each a button that
 * opens its small form — the date, and the investor for 落位 or the reason for 停缓建 and 取消.
 * After a step the offer and the page re-read, so that no stale button stays.
 */
import { Alert, Button, DatePicker, Form, Input, Modal, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useRef, useState } from 'react';
import { idempotencyKey, registry, unwrap } from '../../api/client';
import type { ProjectAction } from '../../api/types';
import { beijingDay } from '../../ui/format';
import { showRefusal } from '../../ui/form-errors';
import { useApi } from '../../ui/use-api';

interface Values {
  date: Dayjs;
  investor?: string;
  reason?: string;
}

/** The button's text: the command's summary up to its explanation in brackets. */
const short = (label: string) => label.split('（')[0] as string;

export function StageActions({ projectId, onDone }: { projectId: string; onDone: (version: number) => void }) {
  const offer = useApi(() => unwrap(registry().GET('/projects/{id}/actions', { params: { path: { id: projectId } } })), [projectId]);
  const [open, setOpen] = useState<ProjectAction>();
  if (!offer.data || offer.data.actions.length === 0) return null; // read-only callers see no buttons
  return (
    <section aria-label="办理" style={{ marginTop: 16 }}>
      <Space wrap>
        <Typography.Text strong>办理：</Typography.Text>
        {offer.data.actions.map((a) => (
          <Button key={a.command} title={a.label} danger={a.step === 'Cancel'} onClick={() => setOpen(a)}>
            {short(a.label)}
          </Button>
        ))}
      </Space>
      {open && (
        <StepForm
          projectId={projectId}
          version={offer.data.version}
          action={open}
          onClose={() => setOpen(undefined)}
          onDone={(version) => {
            setOpen(undefined);
            offer.reload();
            onDone(version);
          }}
        />
      )}
    </section>
  );
}

function StepForm(props: {
  projectId: string;
  version: number;
  action: ProjectAction;
  onClose: () => void;
  onDone: (version: number) => void;
}) {
  const { projectId, version, action } = props;
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string>();
  const [sending, setSending] = useState(false);
  // One key per attempt at this step: a retry after a lost answer is recognised, a corrected form is a new request.
  const key = useRef(idempotencyKey());
  const submit = async (values: Values) => {
    setSending(true);
    setError(undefined);
    const body = {
      date: values.date.format('YYYY-MM-DD'),
      ...(action.asks === 'investor' ? { investor: values.investor?.trim() } : {}),
      ...(action.asks === 'reason' ? { reason: values.reason?.trim() } : {}),
    };
    try {
      // The route is the one the registry offered (POST /projects/{id}/{path}); its body is one of the three shapes above.
      const result = await unwrap(
        registry().POST(`/projects/{id}/${action.path}` as '/projects/{id}/suspension', {
          params: { path: { id: projectId } },
          headers: { 'Idempotency-Key': key.current, 'If-Match': `"${version}"` },
          body: body as { date: string; reason: string },
        }),
      );
      props.onDone(result.version);
    } catch (failure) {
      const { error: refused, sentence } = showRefusal(form, failure, ['date', 'investor', 'reason']);
      setError(sentence); // the service's Chinese message is in it; a field's is beside the field too
      if (refused.status >= 400 && refused.status < 500) key.current = idempotencyKey();
    } finally {
      setSending(false);
    }
  };
  const today = beijingDay(new Date());
  return (
    <Modal
      open
      title={action.label}
      okText="确认办理"
      cancelText="取消"
      confirmLoading={sending}
      onOk={() => form.submit()}
      onCancel={props.onClose}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="step-error" />}
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ date: dayjs(today) }} aria-label={action.label}>
        <Form.Item name="date" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
          <DatePicker maxDate={dayjs(today)} allowClear={false} />
        </Form.Item>
        {action.asks === 'investor' && (
          <Form.Item name="investor" label="投资主体" rules={[{ required: true, whitespace: true, message: '请填写投资主体' }]}>
            <Input maxLength={100} />
          </Form.Item>
        )}
        {action.asks === 'reason' && (
          <Form.Item name="reason" label="原因" rules={[{ required: true, whitespace: true, message: '请说明原因' }]}>
            <Input.TextArea maxLength={500} rows={3} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
