/**
 * 集中审批（§27）: a department's statement on one project of the round — the procedures still
 * missing, all at once, and the deadline by which it decides — recorded by the project office
 * (or the department itself). Each department states once per project (一次性明确).
 */
import { Alert, Button, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useRef, useState } from 'react';
import { approval, idempotencyKey, unwrap } from '../../api/client';
import { ApiError } from '../../api/errors';
import type { RoundStatementBody } from '../../api/types';
import { useReference } from '../../ui/reference';
import { lines } from './item-action-form';

interface Values {
  departmentCode: RoundStatementBody['departmentCode'];
  procedures?: string;
  deadline: Dayjs;
  date: Dayjs;
}

export function RoundStatementForm(props: {
  year: number;
  projectId: string;
  /** Departments that have stated already (each states once). */
  stated: readonly string[];
  /** After the command: the round's version it produced. */
  onDone: (version: number) => void;
}) {
  const reference = useReference();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string>();
  const [sending, setSending] = useState(false);
  const key = useRef(idempotencyKey());

  const submit = async (values: Values) => {
    setSending(true);
    setError(undefined);
    try {
      const result = await unwrap(
        approval().POST('/approval-rounds/{year}/statements', {
          params: { path: { year: String(props.year) } },
          headers: { 'Idempotency-Key': key.current },
          body: {
            projectId: props.projectId,
            departmentCode: values.departmentCode,
            procedures: lines(values.procedures),
            deadline: values.deadline.format('YYYY-MM-DD'),
            date: values.date.format('YYYY-MM-DD'),
          },
        }),
      );
      key.current = idempotencyKey();
      props.onDone(result.version);
    } catch (failure) {
      const apiError = failure instanceof ApiError ? failure : new ApiError(0, undefined);
      const fields = apiError.fieldErrors();
      form.setFields(
        Object.entries(fields)
          .filter(([f]) => ['departmentCode', 'procedures', 'deadline', 'date'].includes(f))
          .map(([name, message]) => ({ name: name as keyof Values, errors: [message] })),
      );
      setError(apiError.explain());
    } finally {
      setSending(false);
    }
  };

  const departments = (reference.data?.departments ?? []).filter((d) => !props.stated.includes(d.code));
  return (
    <Form<Values> form={form} layout="vertical" onFinish={(v) => void submit(v)} disabled={sending}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="form-error" />}
      <Form.Item name="departmentCode" label="审批职能部门" rules={[{ required: true, message: '请选择部门' }]}>
        <Select showSearch={{ optionFilterProp: 'label' }} options={departments.map((d) => ({ value: d.code, label: d.name }))} />
      </Form.Item>
      <Form.Item name="procedures" label="需补充完善的手续（每行一项，一次列明；无则留空）">
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item name="deadline" label="审批时限（办结期限）" rules={[{ required: true, message: '请选择办结期限' }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="date" label="明确之日" rules={[{ required: true, message: '请选择明确之日' }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={sending}>
        记录部门意见
      </Button>
    </Form>
  );
}
