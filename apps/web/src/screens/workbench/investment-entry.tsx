/**
 * 月度投资填报: every project under construction the caller looks after, on one page — the
 * cumulative completed investment of one month per project, each row submitted on its own (a
 * refusal stays next to its row) or all at once. A figure the registry refuses as lower than the
 * last one (or for an earlier month) may be sent as a correction with its reason, from the row.
 */
import { Alert, Button, Card, DatePicker, Input, InputNumber, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { idempotencyKey, registry, unwrap } from '../../api/client';
import { ApiError } from '../../api/errors';
import type { Project } from '../../api/types';
import { beijingDay, cnMonth, dueMonth, money } from '../../ui/format';
import { useApi } from '../../ui/use-api';

type RowState =
  { status: 'saved' } | { status: 'corrected' } | { status: 'error'; message: string; correctable: boolean } | { status: 'saving' };

/** The refusals a reasoned correction answers (the registry's rules for monthly figures). */
const CORRECTABLE = new Set(['investment.decreasing', 'investment.monthOrder']);

export function InvestmentEntry() {
  const [month, setMonth] = useState(() => dueMonth(beijingDay(new Date())));
  const [amounts, setAmounts] = useState<Record<string, number | null>>({});
  const [states, setStates] = useState<Record<string, RowState>>({});
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const projects = useApi(
    () => unwrap(registry().GET('/projects', { params: { query: { stage: 'under-construction', pageSize: 100 } } })),
    [],
  );

  const send = async (p: Project, correction: boolean) => {
    const cumulativeWan = amounts[p.projectId];
    if (cumulativeWan === undefined || cumulativeWan === null) return;
    setStates((s) => ({ ...s, [p.projectId]: { status: 'saving' } }));
    const options = { params: { path: { id: p.projectId } }, headers: { 'Idempotency-Key': idempotencyKey() } };
    try {
      const result = await unwrap(
        correction
          ? registry().POST('/projects/{id}/investment-corrections', {
              ...options,
              body: { month, cumulativeWan, reason: reasons[p.projectId] ?? '' },
            })
          : registry().POST('/projects/{id}/investments', { ...options, body: { month, cumulativeWan } }),
      );
      setStates((s) => ({ ...s, [p.projectId]: { status: correction ? 'corrected' : 'saved' } }));
      // The list is a read model, a moment behind the command: re-read until the row shows the new version.
      void projects.reloadUntil((page) => page.items.some((row) => row.projectId === p.projectId && row.version >= result.version));
    } catch (failure) {
      const error = failure instanceof ApiError ? failure : new ApiError(0, undefined);
      const message = error.fieldErrors()['reason'] ?? error.body?.message ?? error.explain();
      const correctable = correction || CORRECTABLE.has(error.body?.rule ?? '');
      setStates((s) => ({ ...s, [p.projectId]: { status: 'error', message, correctable } }));
    }
  };
  const submit = (p: Project) => send(p, false);
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
              if (state.status === 'saved' || state.status === 'corrected')
                return <Tag style={{ color: '#1b5e20', background: '#e8f5e9' }}>{state.status === 'saved' ? '已提交' : '已更正'}</Tag>;
              return (
                <Space direction="vertical" size={4}>
                  <Typography.Text type="danger">{state.message}</Typography.Text>
                  {state.correctable && (
                    <Space.Compact>
                      <Input
                        aria-label={`${p.name}更正理由`}
                        placeholder="更正理由（必填，记入历史）"
                        value={reasons[p.projectId] ?? ''}
                        onChange={(e) => setReasons((r) => ({ ...r, [p.projectId]: e.target.value }))}
                        style={{ width: 220 }}
                      />
                      <Button aria-label={`提交${p.name}的更正`} onClick={() => void send(p, true)}>
                        提交更正
                      </Button>
                    </Space.Compact>
                  )}
                </Space>
              );
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
