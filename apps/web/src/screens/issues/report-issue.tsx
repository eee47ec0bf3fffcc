/**
 * 上报问题 from a project's page (§32): a 区 or a department reports what blocks the project; the
 * project office distributes it by the cycle's 15th. Reported by the 10th, it is this month's.
 */
import { Alert, App, Button, DatePicker, Drawer, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { idempotencyKey, issueResolution, unwrap } from '../../api/client';
import type { ReportIssueBody } from '../../api/types';
import { useSession } from '../../auth/session';
import { showRefusal } from '../../ui/form-errors';
import { useIssueReference } from '../../ui/issue-reference';

interface Values {
  category?: ReportIssueBody['category'];
  description?: string;
  date?: Dayjs;
}

const REPORTERS = ['locality', 'department', 'project-office', 'admin'];

export function ReportIssue({ projectId }: { projectId: string }) {
  const { has } = useSession();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string>();
  const [sending, setSending] = useState(false);
  const key = useRef(idempotencyKey());
  const navigate = useNavigate();
  const { message } = App.useApp();
  const issueReference = useIssueReference();
  if (!REPORTERS.some((k) => has(k))) return null;

  const submit = async (v: Values) => {
    setSending(true);
    setError(undefined);
    try {
      const result = await unwrap(
        issueResolution().POST('/issues', {
          headers: { 'Idempotency-Key': key.current },
          body: {
            projectId,
            category: v.category as ReportIssueBody['category'],
            description: v.description?.trim() ?? '',
            date: v.date?.format('YYYY-MM-DD') ?? '',
          },
        }),
      );
      key.current = idempotencyKey();
      message.success('问题已上报，待市大项目办分发');
      setOpen(false);
      navigate(`/issues/${result.id}`);
    } catch (failure) {
      const { error: apiError, sentence } = showRefusal(form, failure, ['category', 'description', 'date', 'projectId']);
      setError(sentence);
      if (apiError.status >= 400 && apiError.status < 500) key.current = idempotencyKey();
    } finally {
      setSending(false);
    }
  };

  return (
    <>
      <Button onClick={() => setOpen(true)}>上报问题</Button>
      <Drawer open={open} onClose={() => setOpen(false)} title="上报项目问题" size="large" destroyOnHidden>
        <Form<Values> form={form} layout="vertical" onFinish={submit} aria-label="上报项目问题" initialValues={{ date: dayjs() }}>
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="form-error" />}
          <Form.Item name="category" label="问题类别" rules={[{ required: true, message: '请选择问题类别' }]}>
            <Select
              showSearch
              optionFilterProp="label"
              options={(issueReference.data?.categories ?? []).map(({ code, name }) => ({ value: code, label: name }))}
            />
          </Form.Item>
          <Form.Item name="description" label="问题描述" rules={[{ required: true, message: '请描述问题' }]}>
            <Input.TextArea rows={4} maxLength={1000} />
          </Form.Item>
          <Form.Item
            name="date"
            label="上报日期"
            extra="每月10日前上报的属当月周期（逢非工作日顺延），之后的属下月"
            rules={[{ required: true, message: '请选择上报日期' }]}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={sending}>
            上报
          </Button>
        </Form>
      </Drawer>
    </>
  );
}
