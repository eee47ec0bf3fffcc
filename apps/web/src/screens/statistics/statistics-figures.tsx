/**
 * 固定资产投资统计 (the statistics bureau): each month's cumulative fixed-asset investment of the
 * year and of the same period last year, as published (入统数, 万元) — the figure behind the
 * cockpit's 全社会固定资产投资增长. A month is published once; a change is a revision with its
 * reason, counted by the cockpit from its own publication day. The list is re-read after each.
 */
import { Alert, App, Button, Card, DatePicker, Drawer, Form, Input, InputNumber, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { assessment, idempotencyKey, unwrap } from '../../api/client';
import { ApiError } from '../../api/errors';
import type { FixedAssetInvestment } from '../../api/types';
import { beijingDay, cnMonth, money, percent } from '../../ui/format';
import { useApi } from '../../ui/use-api';

interface FiguresForm {
  month?: Dayjs;
  cumulativeWan: number;
  samePeriodLastYearWan: number;
  publishedOn: Dayjs;
  reason?: string;
}

export function StatisticsFigures() {
  const { message } = App.useApp();
  const [editing, setEditing] = useState<{ revise?: FixedAssetInvestment } | undefined>();
  const [form] = Form.useForm<FiguresForm>();
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<string>();
  const figures = useApi(() => unwrap(assessment().GET('/fixed-asset-investment', { params: { query: { pageSize: 100 } } })), []);

  const open = (revise?: FixedAssetInvestment) => {
    setFailure(undefined);
    form.resetFields();
    form.setFieldsValue(
      revise
        ? {
            cumulativeWan: revise.cumulativeWan,
            samePeriodLastYearWan: revise.samePeriodLastYearWan,
            publishedOn: dayjs(beijingDay(new Date())),
          }
        : { publishedOn: dayjs(beijingDay(new Date())) },
    );
    setEditing({ revise });
  };

  const send = async (values: FiguresForm) => {
    setSending(true);
    setFailure(undefined);
    const figuresOf = {
      cumulativeWan: values.cumulativeWan,
      samePeriodLastYearWan: values.samePeriodLastYearWan,
      publishedOn: values.publishedOn.format('YYYY-MM-DD'),
    };
    const headers = { 'Idempotency-Key': idempotencyKey() };
    try {
      const revise = editing?.revise;
      const result = await unwrap(
        revise
          ? assessment().POST('/fixed-asset-investment/{id}/revisions', {
              params: { path: { id: revise.month } },
              body: { ...figuresOf, reason: values.reason ?? '' },
              headers,
            })
          : assessment().POST('/fixed-asset-investment', { body: { ...figuresOf, month: values.month?.format('YYYY-MM') ?? '' }, headers }),
      );
      void message.success(revise ? `${cnMonth(revise.month)}数据已修订` : '已公布');
      setEditing(undefined);
      const month = revise?.month ?? values.month?.format('YYYY-MM');
      // The list is a read model, a moment behind the command: re-read until it shows what was just sent.
      void figures.reloadUntil((page) => page.items.some((f) => f.month === month && f.version >= result.version));
    } catch (error) {
      const e = error instanceof ApiError ? error : new ApiError(0, undefined);
      const fields = e.fieldErrors();
      form.setFields(Object.entries(fields).map(([name, errors]) => ({ name: name as keyof FiguresForm, errors: [errors] })));
      setFailure(e.explain());
    } finally {
      setSending(false);
    }
  };

  const growth = (f: FixedAssetInvestment) => (f.samePeriodLastYearWan > 0 ? f.cumulativeWan / f.samePeriodLastYearWan - 1 : null);
  return (
    <Card
      size="small"
      title={
        <Typography.Title level={2} style={{ margin: 0, fontSize: 18 }}>
          全社会固定资产投资（统计局月报）
        </Typography.Title>
      }
      extra={
        <Button type="primary" onClick={() => open()}>
          公布月度数据
        </Button>
      }
    >
      {figures.error && <Alert type="error" showIcon title={figures.error.explain()} />}
      <Typography.Paragraph type="secondary">
        本年1月至该月的累计入统数与上年同期累计（万元）。驾驶舱“全社会固定资产投资增长”自公布日起采用最新一月的数据；修订须说明理由，自修订公布日起采用。
      </Typography.Paragraph>
      <Table<FixedAssetInvestment>
        size="small"
        rowKey="month"
        loading={figures.loading}
        dataSource={figures.data?.items ?? []}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: '尚未公布任何月份的数据' }}
        columns={[
          { title: '月份', dataIndex: 'month', render: (m: string) => cnMonth(m) },
          { title: '本年累计', dataIndex: 'cumulativeWan', align: 'right', render: (v: number) => money(v) },
          { title: '上年同期', dataIndex: 'samePeriodLastYearWan', align: 'right', render: (v: number) => money(v) },
          { title: '增长', align: 'right', render: (_, f) => (growth(f) === null ? '—' : percent(growth(f) as number)) },
          { title: '公布日期', dataIndex: 'publishedOn' },
          { title: '修订次数', dataIndex: 'revisions', align: 'right' },
          {
            title: '操作',
            render: (_, f) => (
              <Button size="small" aria-label={`修订${cnMonth(f.month)}数据`} onClick={() => open(f)}>
                修订
              </Button>
            ),
          },
        ]}
      />
      <Drawer
        open={editing !== undefined}
        onClose={() => setEditing(undefined)}
        title={editing?.revise ? `修订${cnMonth(editing.revise.month)}数据` : '公布月度数据'}
        destroyOnHidden
      >
        {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} data-testid="form-error" />}
        <Form<FiguresForm> form={form} layout="vertical" onFinish={(v) => void send(v)} disabled={sending}>
          {!editing?.revise && (
            <Form.Item name="month" label="数据所属月份" rules={[{ required: true, message: '请选择月份' }]}>
              <DatePicker picker="month" style={{ width: '100%' }} />
            </Form.Item>
          )}
          <Form.Item name="cumulativeWan" label="本年累计（万元）" rules={[{ required: true, message: '请填写本年累计' }]}>
            <InputNumber min={0} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="samePeriodLastYearWan" label="上年同期累计（万元）" rules={[{ required: true, message: '请填写上年同期累计' }]}>
            <InputNumber min={0} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="publishedOn" label="公布日期" rules={[{ required: true, message: '请选择公布日期' }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          {editing?.revise && (
            <Form.Item name="reason" label="修订理由" rules={[{ required: true, message: '请填写修订理由' }]}>
              <Input.TextArea rows={2} />
            </Form.Item>
          )}
          <Button type="primary" htmlType="submit" loading={sending}>
            {editing?.revise ? '提交修订' : '公布'}
          </Button>
        </Form>
      </Drawer>
    </Card>
  );
}
