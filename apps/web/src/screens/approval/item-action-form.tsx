/**
 * One action on an approval item, as a form: the applicant's submission or resubmission (the
 * documents, one per line), the department's one-time notice, approval or rejection. The
 * service's refusal shows next to its field (e.g. a second notice naming a new document).
 */
import { Alert, App, Button, DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useRef, useState } from 'react';
import { approval, idempotencyKey, unwrap } from '../../api/client';
import { ApiError } from '../../api/errors';

export type ItemAction = 'submission' | 'resubmission' | 'supplement-request' | 'approval' | 'rejection';

export const ACTION_LABELS: Record<ItemAction, string> = {
  submission: '申报',
  resubmission: '补正后提交',
  'supplement-request': '一次性告知补正',
  approval: '批准',
  rejection: '不予批准',
};

interface Values {
  date?: Dayjs;
  documents?: string;
  note?: string;
  reasons?: string;
}

/** The non-empty lines of a text box: one document or procedure per line. */
export const lines = (text: string | undefined) =>
  (text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export function ItemActionForm(props: {
  projectId: string;
  itemCode: string;
  action: ItemAction;
  /** For a later notice: the documents the first one named (the only ones it may ask again). */
  notice: string[] | null;
  /** After the command: the case's version it produced (the screen re-reads until its read model shows it). */
  onDone: (version: number) => void;
}) {
  const { projectId, itemCode, action, notice, onDone } = props;
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string>();
  const [sending, setSending] = useState(false);
  const key = useRef(idempotencyKey());
  const { message } = App.useApp();
  const withDocuments = action === 'submission' || action === 'resubmission' || action === 'supplement-request';

  const submit = async (values: Values) => {
    setSending(true);
    setError(undefined);
    const options = { params: { path: { id: projectId, itemCode } }, headers: { 'Idempotency-Key': key.current } };
    const date = values.date?.format('YYYY-MM-DD') ?? '';
    const note = values.note?.trim() || undefined;
    const documents = lines(values.documents);
    const base = '/approval-cases/{id}/items/{itemCode}' as const;
    try {
      let result: { version: number };
      switch (action) {
        case 'submission':
          result = await unwrap(approval().POST(`${base}/submission`, { ...options, body: { date, documents } }));
          break;
        case 'resubmission':
          result = await unwrap(approval().POST(`${base}/resubmission`, { ...options, body: { date, documents } }));
          break;
        case 'supplement-request':
          result = await unwrap(approval().POST(`${base}/supplement-request`, { ...options, body: { date, documents, note } }));
          break;
        case 'approval':
          result = await unwrap(approval().POST(`${base}/approval`, { ...options, body: { date, note } }));
          break;
        case 'rejection':
          result = await unwrap(
            approval().POST(`${base}/rejection`, { ...options, body: { date, reasons: values.reasons?.trim() ?? '' } }),
          );
          break;
      }
      key.current = idempotencyKey();
      message.success(`${ACTION_LABELS[action]}：已办理`);
      onDone(result.version);
    } catch (failure) {
      const apiError = failure instanceof ApiError ? failure : new ApiError(0, undefined);
      const fields = apiError.fieldErrors();
      form.setFields(
        Object.entries(fields)
          .filter(([f]) => ['date', 'documents', 'note', 'reasons'].includes(f))
          .map(([f, m]) => ({ name: f as keyof Values, errors: [m] })),
      );
      setError(apiError.explain());
      if (apiError.status >= 400 && apiError.status < 500) key.current = idempotencyKey();
    } finally {
      setSending(false);
    }
  };

  return (
    <Form<Values> form={form} layout="vertical" onFinish={submit} aria-label={ACTION_LABELS[action]} initialValues={{ date: dayjs() }}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="form-error" />}
      <Form.Item name="date" label="办理日期" rules={[{ required: true, message: '请选择办理日期' }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      {withDocuments && (
        <Form.Item
          name="documents"
          label={action === 'supplement-request' ? '需补正的材料（一次列明，每行一项）' : '材料清单（每行一项）'}
          extra={action === 'supplement-request' && notice ? `首次告知已列明：${notice.join('、')}；本次只能在其中要求。` : undefined}
          rules={[{ required: true, message: '请至少填写一项材料' }]}
        >
          <Input.TextArea rows={4} />
        </Form.Item>
      )}
      {(action === 'supplement-request' || action === 'approval') && (
        <Form.Item name="note" label={action === 'approval' ? '办结意见（可选）' : '告知说明（可选）'}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      )}
      {action === 'rejection' && (
        <Form.Item name="reasons" label="不予批准的理由" rules={[{ required: true, message: '请说明理由' }]}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" loading={sending}>
        {ACTION_LABELS[action]}
      </Button>
    </Form>
  );
}
