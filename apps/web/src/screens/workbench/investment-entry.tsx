/**
 * 月度投资填报: every project under construction the caller looks after, on one page — the
 * cumulative completed investment of one month per project, each row submitted on its own (a
 * refusal stays next to its row) or all at once.
 */
import { Alert, Button, Card, DatePicker, InputNumber, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { idempotencyKey, registry, unwrap } from '../../api/client';
import { ApiError } from '../../api/errors';
import type { Project } from '../../api/types';
import { beijingDay, cnMonth, dueMonth, money } from '../../ui/format';
import { useApi } from '../../ui/use-api';

type RowState = { status: 'saved' } | { status: 'error'; message: string } | { status: 'saving' };

export function InvestmentEntry() {
  const [month, setMonth] = useState(() => dueMonth(beijingDay(new Date())));
  const [amounts, setAmounts] = useState<Record<string, number | null>>({});
  const [states, setStates] = useState<Record<string, RowState>>({});
  const projects = useApi(
    () => unwrap(registry().GET('/projects', { params: { query: { stage: 'under-construction', pageSize: 100 } } })),
    [],
  );

  const submit = async (p: Project) => {
    const cumulativeWan = amounts[p.projectId];
    if (cumulativeWan === undefined || cumulativeWan === null) return;
    setStates((s) => ({ ...s, [p.projectId]: { status: 'saving' } }));
    try {
      await unwrap(
        registry().POST('/projects/{id}/investments', {
          params: { path: { id: p.projectId } },
          body: { month, cumulativeWan },
          headers: { 'Idempotency-Key': idempotencyKey() },
        }),
      );
      setStates((s) => ({ ...s, [p.projectId]: { status: 'saved' } }));
    } catch (failure) {
      const error = failure instanceof ApiError ? failure : new ApiError(0, undefined);
      setStates((s) => ({ ...s, [p.projectId]: { status: 'error', message: error.body?.message ?? error.explain() } }));
    }
  };
  const rows = projects.data?.items ?? [];

  return (
    <Card
      size="small"
      title={
        <Typography.Title level={2} style={{ margin: 0, fontSize: 18 }}>
          月度投资填报
        </Typography.Title>
      }
      extra={
        <Space>
          <span>填报月份</span>
          <DatePicker
            picker="month"
            aria-label="填报月份"
            value={dayjs(`${month}-01`)}
            allowClear={false}
            onChange={(d) => d && setMonth(d.format('YYYY-MM'))}
          />
          <Button type="primary" onClick={() => void Promise.all(rows.filter((p) => amounts[p.projectId] != null).map(submit))}>
            全部提交
          </Button>
        </Space>
      }
    >
      {projects.error && <Alert type="error" showIcon title={projects.error.explain()} />}
      <Typography.Paragraph type="secondary">填写截至{cnMonth(month)}末的累计完成投资（万元，含以前年度）。</Typography.Paragraph>
      <Table<Project>
        size="small"
        rowKey="projectId"
        loading={projects.loading}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: '您负责的项目中没有在建项目' }}
        columns={[
          { title: '项目名称', dataIndex: 'name' },
          { title: '总投资', dataIndex: 'totalInvestmentWan', render: (v: number) => money(v), align: 'right' },
          {
            title: '上次填报',
            render: (_, p) => (p.lastReportedMonth ? `${cnMonth(p.lastReportedMonth)} · ${money(p.cumulativeWan ?? 0)}` : '尚未填报'),
          },
          {
            title: '累计完成投资（万元）',
            render: (_, p) => (
              <InputNumber
                aria-label={`${p.name}累计完成投资（万元）`}
                min={0}
                precision={0}
                value={amounts[p.projectId] ?? null}
                onChange={(v) => setAmounts((a) => ({ ...a, [p.projectId]: v }))}
                onPressEnter={() => void submit(p)}
                style={{ width: 160 }}
              />
            ),
          },
          {
            title: '状态',
            render: (_, p) => {
              const state = states[p.projectId];
              if (!state) return null;
              if (state.status === 'saving') return <Tag>提交中</Tag>;
              if (state.status === 'saved') return <Tag style={{ color: '#1b5e20', background: '#e8f5e9' }}>已提交</Tag>;
              return <Typography.Text type="danger">{state.message}</Typography.Text>;
            },
          },
          {
            title: '操作',
            render: (_, p) => (
              <Button size="small" aria-label={`提交${p.name}`} disabled={amounts[p.projectId] == null} onClick={() => void submit(p)}>
                提交
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
}
