/**
 * One command as a form in a drawer: its fields, the button that opens it, the refusal shown
 * beside the fields the service names, an Idempotency-Key per attempt (a retry after a lost
 * answer is the same request; a refused one gets a new key). The screens declare only fields
 * and the call.
 */
import { Alert, App, Button, DatePicker, Drawer, Form, Input, InputNumber, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { type ReactNode, useRef, useState } from 'react';
import { idempotencyKey } from '../api/client';
import { showRefusal } from './form-errors';

export type Field =
  | { name: string; label: string; kind: 'text' | 'textarea'; required?: boolean; max?: number }
  | { name: string; label: string; kind: 'date'; required?: boolean }
  | { name: string; label: string; kind: 'wan'; required?: boolean; min?: number }
  | { name: string; label: string; kind: 'integer'; required?: boolean }
  | {
      name: string;
      label: string;
      kind: 'select';
      required?: boolean;
      options: Array<{ value: string; label: string }>;
      multiple?: boolean;
    }
  | { name: string; label: string; kind: 'switch' };

/** The form's values as the command's body: dates as YYYY-MM-DD, empty fields left out. */
function bodyOf(fields: readonly Field[], values: Record<string, unknown>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const f of fields) {
    const value = values[f.name];
    if (value === undefined || value === null || value === '') continue;
    body[f.name] = f.kind === 'date' ? (value as Dayjs).format('YYYY-MM-DD') : typeof value === 'string' ? value.trim() : value;
  }
  return body;
}

export function CommandDrawer(props: {
  /** The button's text and the drawer's title. */
  title: string;
  fields: readonly Field[];
  /** Sends the command with the body and its Idempotency-Key. */
  send: (body: Record<string, unknown>, key: string) => Promise<unknown>;
  /** Said when it was done, then called (e.g. to re-read the page). */
  done: string;
  onDone?: (result: unknown) => void;
  initial?: Record<string, unknown>;
  primary?: boolean;
  extra?: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Record<string, unknown>>();
  const [error, setError] = useState<string>();
  const [sending, setSending] = useState(false);
  const key = useRef(idempotencyKey());
  const { message } = App.useApp();
  const submit = async (values: Record<string, unknown>) => {
    setSending(true);
    setError(undefined);
    try {
      const result = await props.send(bodyOf(props.fields, values), key.current);
      key.current = idempotencyKey();
      message.success(props.done);
      setOpen(false);
      props.onDone?.(result);
    } catch (failure) {
      const { error: apiError, sentence } = showRefusal(
        form,
        failure,
        props.fields.map((f) => f.name),
      );
      setError(sentence);
      if (apiError.status >= 400 && apiError.status < 500) key.current = idempotencyKey();
    } finally {
      setSending(false);
    }
  };
  const dated = Object.fromEntries(props.fields.filter((f) => f.kind === 'date').map((f) => [f.name, dayjs()]));
  return (
    <>
      <Button type={props.primary ? 'primary' : 'default'} onClick={() => setOpen(true)}>
        {props.title}
      </Button>
      <Drawer open={open} onClose={() => setOpen(false)} title={props.title} size="large" destroyOnHidden>
        <Form form={form} layout="vertical" onFinish={submit} aria-label={props.title} initialValues={{ ...dated, ...props.initial }}>
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="form-error" />}
          {props.extra}
          {props.fields.map((f) => (
            <Form.Item
              key={f.name}
              name={f.name}
              label={f.label}
              valuePropName={f.kind === 'switch' ? 'checked' : 'value'}
              rules={'required' in f && f.required ? [{ required: true, message: `请填写${f.label}` }] : []}
            >
              {f.kind === 'text' ? (
                <Input maxLength={f.max ?? 100} />
              ) : f.kind === 'textarea' ? (
                <Input.TextArea rows={3} maxLength={f.max ?? 1000} />
              ) : f.kind === 'date' ? (
                <DatePicker style={{ width: '100%' }} />
              ) : f.kind === 'wan' ? (
                <InputNumber style={{ width: '100%' }} min={f.min ?? 0} precision={0} addonAfter="万元" />
              ) : f.kind === 'integer' ? (
                <InputNumber style={{ width: '100%' }} min={0} precision={0} />
              ) : f.kind === 'select' ? (
                <Select showSearch optionFilterProp="label" options={f.options} mode={f.multiple ? 'multiple' : undefined} allowClear />
              ) : (
                <Switch />
              )}
            </Form.Item>
          ))}
          <Button type="primary" htmlType="submit" loading={sending}>
            提交
          </Button>
        </Form>
      </Drawer>
    </>
  );
}
