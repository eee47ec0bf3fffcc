/**
 * 招商对接活动 (§25, §26): the caller's activities, newest first, each planned (up to three months
 * ahead), then held with its results or cancelled; and the year's compliance — the months a
 * locality held no activity, the quarters without a city leaders' trip or a docking kind.
 */
import { Alert, Card, Flex, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { promotion, unwrap } from '../../api/client';
import type { Activity, ActivityQuery } from '../../api/types';
import { useSession } from '../../auth/session';
import { CommandDrawer } from '../../ui/command-drawer';
import { cnDate, yi } from '../../ui/format';
import { optionsOf, usePromotionReference } from '../../ui/promotion-reference';
import { useReference } from '../../ui/reference';
import { useApi } from '../../ui/use-api';
import { PromotionTabs, WRITERS } from './promotion-tabs';

const PAGE_SIZE = 20;
const STATUS = { planned: '计划', held: '已开展', cancelled: '已取消' } as const;

export function ActivityList() {
  const { has, session } = useSession();
  const [page, setPage] = useState(1);
  const [kind, setKind] = useState<ActivityQuery['kind']>();
  const { names, data: reference } = useReference();
  const { promotionNames, data: promotionReference } = usePromotionReference();
  const list = useApi(
    () => unwrap(promotion().GET('/activities', { params: { query: { page, pageSize: PAGE_SIZE, kind } } })),
    [page, kind],
  );
  const compliance = useApi(() => unwrap(promotion().GET('/activities/compliance', { params: { query: {} } })), []);
  const writer = WRITERS.some((k) => has(k));
  const ownLocality = session?.grants.find((g) => g.startsWith('locality:'))?.slice('locality:'.length);
  const ownDepartment = session?.grants.find((g) => g.startsWith('department:'))?.slice('department:'.length);
  const units = [...optionsOf(reference?.localities), ...optionsOf(reference?.departments)];
  const ended = (compliance.data?.months ?? []).filter((m) => m.status === 'ended');
  const lastMonth = ended.at(-1);
  return (
    <Card size="small">
      <PromotionTabs />
      <Flex wrap gap={8} style={{ marginBottom: 12 }} justify="space-between">
        <Select
          aria-label="活动类别"
          placeholder="全部类别"
          allowClear
          style={{ width: 220 }}
          value={kind}
          onChange={(k) => (setKind(k), setPage(1))}
          options={optionsOf(promotionReference?.activityKinds)}
        />
        {writer && (
          <CommandDrawer
            title="登记招商活动"
            primary
            done="活动已登记"
            initial={{ localityCode: ownLocality, departmentCode: ownDepartment }}
            fields={[
              { name: 'kind', label: '活动类别', kind: 'select', required: true, options: optionsOf(promotionReference?.activityKinds) },
              { name: 'title', label: '活动名称', kind: 'text', required: true },
              { name: 'localityCode', label: '组织的县（市）区、开发区', kind: 'select', options: optionsOf(reference?.localities) },
              { name: 'departmentCode', label: '组织（牵头）的市直部门', kind: 'select', options: optionsOf(reference?.departments) },
              { name: 'leaderName', label: '带队的市级领导（市级领导带队外出招商必填）', kind: 'text', max: 40 },
              { name: 'destination', label: '目的地', kind: 'text', required: true },
              {
                name: 'regionCode',
                label: '目的地所属地区',
                kind: 'select',
                required: true,
                options: optionsOf(promotionReference?.regions),
              },
              { name: 'date', label: '日期（可提前三个月计划）', kind: 'date', required: true },
              { name: 'participants', label: '参加单位', kind: 'select', multiple: true, options: units },
            ]}
            send={(body, key) => unwrap(promotion().POST('/activities', { headers: { 'Idempotency-Key': key }, body: body as never }))}
            onDone={() => list.reload()}
          />
        )}
      </Flex>
      {lastMonth && lastMonth.missing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="compliance-warning"
          title={`${lastMonth.month} 未组织招商活动的县（市）区、开发区（第二十五条：每月一次）：${lastMonth.missing.map((c) => names.locality(c)).join('、')}`}
        />
      )}
      {list.error && <Alert type="error" showIcon title={list.error.explain()} />}
      <Table<Activity>
        size="small"
        rowKey="activityId"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          { title: '活动', dataIndex: 'title' },
          { title: '类别', dataIndex: 'kind', width: 180, render: (k: string) => promotionNames.activityKind(k) },
          {
            title: '组织单位',
            width: 140,
            render: (_: unknown, a) =>
              [a.localityCode, a.departmentCode]
                .filter((c): c is string => !!c)
                .map((c) => names.unit(c))
                .join('、'),
          },
          { title: '日期', dataIndex: 'date', width: 130, render: (d: string, a) => cnDate(a.held?.date ?? d) },
          { title: '状态', dataIndex: 'status', width: 80, render: (s: keyof typeof STATUS) => <Tag>{STATUS[s]}</Tag> },
          {
            title: '成果',
            render: (_: unknown, a) =>
              a.held
                ? `${a.held.attendance} 家参加，线索 ${a.held.leadIds.length} 条，签约 ${a.held.deals.length} 个 ${yi(a.held.deals.reduce((s, d) => s + d.amountWan, 0))}`
                : '—',
          },
          {
            title: '',
            width: 220,
            render: (_: unknown, a) =>
              writer && a.status === 'planned' ? (
                <Space>
                  <CommandDrawer
                    title="登记成果"
                    done="成果已登记"
                    fields={[
                      { name: 'date', label: '实际开展日期', kind: 'date', required: true },
                      { name: 'attendance', label: '参加的企业、机构数', kind: 'integer', required: true },
                      { name: 'note', label: '成效说明', kind: 'textarea' },
                    ]}
                    send={(body, key) =>
                      unwrap(
                        promotion().POST('/activities/{id}/results', {
                          params: { path: { id: a.activityId }, header: { 'Idempotency-Key': key } },
                          body: body as never,
                        }),
                      )
                    }
                    onDone={() => list.reload()}
                  />
                  <CommandDrawer
                    title="取消"
                    done="活动已取消"
                    fields={[
                      { name: 'reason', label: '取消理由', kind: 'textarea', required: true, max: 500 },
                      { name: 'date', label: '取消日期', kind: 'date', required: true },
                    ]}
                    send={(body, key) =>
                      unwrap(
                        promotion().POST('/activities/{id}/cancellation', {
                          params: { path: { id: a.activityId }, header: { 'Idempotency-Key': key } },
                          body: body as never,
                        }),
                      )
                    }
                    onDone={() => list.reload()}
                  />
                </Space>
              ) : null,
          },
        ]}
      />
      {compliance.data && (
        <Typography.Paragraph type="secondary" data-testid="quarters">
          {compliance.data.quarters
            .map(
              (q) =>
                `${q.quarter}：市级领导带队外出招商 ${q.leadersTrips} 次${q.missingDocking.length ? `，未开展${q.missingDocking.map((k) => promotionNames.activityKind(k)).join('、')}` : ''}`,
            )
            .join('；')}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
