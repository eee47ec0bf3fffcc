/**
 * 项目入库: registering a project as a form. The service validates; its message for a field is
 * shown next to that field, and a retried submission keeps its Idempotency-Key (one project).
 */
import { Alert, App, Button, Checkbox, DatePicker, Form, Input, InputNumber, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useRef, useState } from 'react';
import { idempotencyKey, registry, unwrap } from '../../api/client';
import { showRefusal } from '../../ui/form-errors';
import type { Reference, RegisterProjectBody } from '../../api/types';

/** The form's fields: the registration body, with the date as the date picker holds it. */
type Values = Omit<RegisterProjectBody, 'registeredOn'> & { registeredOn?: Dayjs };

export function RegisterForm({
  reference,
  localities,
  onRegistered,
}: {
  reference: Reference;
  /** The localities the caller may register for (all for the project office). */
  localities: string[] | 'all';
  onRegistered: (projectId: string) => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const [error, setError] = useState<string>();
  const [submitting, setSubmitting] = useState(false);
  const key = useRef(idempotencyKey());
  const category = Form.useWatch('categoryCode', form);
  const subKinds = useMemo(() => reference.categories.find((c) => c.code === category)?.subKinds ?? [], [reference, category]);
  const localityOptions = reference.localities
    .filter((l) => localities === 'all' || localities.includes(l.code))
    .map((l) => ({ value: l.code, label: l.name }));

  const submit = async (values: Values) => {
    setSubmitting(true);
    setError(undefined);
    try {
      const body: RegisterProjectBody = {
        ...values,
        name: values.name.trim(),
        investor: values.investor?.trim() || undefined,
        nationalCode: values.nationalCode?.trim() || undefined,
        registeredOn: values.registeredOn?.format('YYYY-MM-DD'),
      };
      const created = await unwrap(registry().POST('/projects', { body, headers: { 'Idempotency-Key': key.current } }));
      key.current = idempotencyKey();
      form.resetFields();
      message.success('项目已入库');
      onRegistered(created.id);
    } catch (failure) {
      const { error: apiError, sentence } = showRefusal(form, failure, [
        ...Object.keys(values),
        'name',
        'totalInvestmentWan',
        'nationalCode',
        'registeredOn',
      ]);
      setError(sentence);
      if (apiError.status >= 400 && apiError.status < 500) key.current = idempotencyKey(); // a corrected form is a new request
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={submit}
      initialValues={{ reserveLevels: ['locality'], localityCode: localityOptions.length === 1 ? localityOptions[0]?.value : undefined }}
      aria-label="项目入库"
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="form-error" />}
      <Form.Item name="name" label="项目名称" rules={[{ required: true, message: '请填写项目名称' }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="localityCode" label="所属县（市）区/开发区" rules={[{ required: true, message: '请选择所属地区' }]}>
        <Select options={localityOptions} showSearch={{ optionFilterProp: 'label' }} />
      </Form.Item>
      <Form.Item name="departmentCode" label="责任部门" rules={[{ required: true, message: '请选择责任部门' }]}>
        <Select options={reference.departments.map((d) => ({ value: d.code, label: d.name }))} showSearch={{ optionFilterProp: 'label' }} />
      </Form.Item>
      <Form.Item name="categoryCode" label="产业类别" rules={[{ required: true, message: '请选择产业类别' }]}>
        <Select options={reference.categories.map((c) => ({ value: c.code, label: c.name }))} showSearch={{ optionFilterProp: 'label' }} />
      </Form.Item>
      {subKinds.length > 0 && (
        <Form.Item name="subKindCode" label="细分类型">
          <Select allowClear options={subKinds.map((k) => ({ value: k.code, label: k.name }))} />
        </Form.Item>
      )}
      <Form.Item name="sourceCode" label="项目生成来源" rules={[{ required: true, message: '请选择项目来源' }]}>
        <Select options={reference.sources.map((s) => ({ value: s.code, label: s.name }))} showSearch={{ optionFilterProp: 'label' }} />
      </Form.Item>
      <Form.Item name="investor" label="投资主体">
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="totalInvestmentWan" label="总投资（万元）" rules={[{ required: true, message: '请填写总投资' }]}>
        <InputNumber style={{ width: '100%' }} precision={0} />
      </Form.Item>
      <Form.Item name="nationalCode" label="国家投资项目代码（可后补）" extra="格式：2018-220102-36-03-000001">
        <Input />
      </Form.Item>
      <Form.Item name="reserveLevels" label="储备层级" rules={[{ required: true, message: '请选择储备层级' }]}>
        <Checkbox.Group options={reference.reserveLevels.map((r) => ({ value: r.code, label: r.name }))} />
      </Form.Item>
      <Form.Item name="registeredOn" label="入库日期（缺省为今天）">
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={submitting}>
        提交入库
      </Button>
    </Form>
  );
}
