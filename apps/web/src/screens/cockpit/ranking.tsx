/** Rankings by locality or department for one indicator; a unit opens the projects behind its number. */
import { Card, Drawer, Radio, Select, Space, Table } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { projection, unwrap } from '../../api/client';
import type { BreakdownQuery, BreakdownRow, DrillQuery, IndicatorDescription, ProjectAt } from '../../api/types';
import { EChart } from '../../ui/echart';
import { indicatorValue, money } from '../../ui/format';
import { useReference } from '../../ui/reference';
import { useApi } from '../../ui/use-api';

export function Ranking({
  year,
  asOf,
  definitions,
  refreshKey,
}: {
  year: number;
  asOf: string | undefined;
  definitions: IndicatorDescription[];
  refreshKey: string | undefined;
}) {
  const [indicator, setIndicator] = useState<NonNullable<BreakdownQuery['indicator']>>('new-starts');
  const [by, setBy] = useState<'locality' | 'department'>('locality');
  const [unit, setUnit] = useState<BreakdownRow>();
  const breakdown = useApi(
    () => unwrap(projection().GET('/dashboard/breakdown', { params: { query: { year, asOf, by, indicator } } })),
    [year, asOf, by, indicator, refreshKey],
  );
  const kind = definitions.find((d) => d.code === indicator)?.kind ?? 'count';
  const rows = breakdown.data?.rows ?? [];
  // A coverage target (每个县区至少 N 个龙头项目): a unit reaches it or not; the chart and the column show its projects against N.
  const minimum = breakdown.data?.minimum;
  const shown = (row: BreakdownRow) =>
    minimum === undefined
      ? indicatorValue(kind, row.actual)
      : row.actual === 1
        ? `已达到（${row.projects}个）`
        : `未达到（${row.projects}/${minimum}个）`;
  const option = useMemo(
    () => ({
      grid: { left: 90, right: 24, top: 8, bottom: 24 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.name) },
      series: [
        {
          type: 'bar',
          data: rows.map((r) => (minimum === undefined ? r.actual : r.projects)),
          itemStyle: { color: '#b5121b' },
          cursor: 'pointer',
          ...(minimum === undefined
            ? {}
            : { markLine: { symbol: 'none', label: { formatter: `至少${minimum}个` }, data: [{ xAxis: minimum }] } }),
        },
      ],
    }),
    [rows, minimum],
  );

  return (
    <Card
      size="small"
      title="排名"
      extra={
        <Space wrap>
          <Select
            aria-label="排名指标"
            // A dozen indicators: every option in the page (a virtual list renders only those in view).
            virtual={false}
            value={indicator}
            onChange={setIndicator}
            style={{ width: 220 }}
            options={definitions.filter((d) => d.basis === 'projects').map((d) => ({ value: d.code, label: d.name }))}
          />
          <Radio.Group value={by} onChange={(e) => setBy(e.target.value)} optionType="button">
            <Radio.Button value="locality">按县（市）区</Radio.Button>
            <Radio.Button value="department">按部门</Radio.Button>
          </Radio.Group>
        </Space>
      }
    >
      <EChart option={option} height={Math.max(200, rows.length * 22)} label="排名柱状图，数字见下表" onClick={(i) => setUnit(rows[i])} />
      <Table<BreakdownRow>
        size="small"
        rowKey="code"
        loading={breakdown.loading}
        dataSource={rows}
        pagination={false}
        onRow={(row) => ({ onClick: () => setUnit(row), style: { cursor: 'pointer' } })}
        columns={[
          { title: '名次', dataIndex: 'rank', width: 64 },
          {
            title: by === 'locality' ? '县（市）区' : '部门',
            dataIndex: 'name',
            render: (name: string, row) => <a data-testid={`unit-${row.code}`}>{name}</a>,
          },
          {
            title: minimum === undefined ? '完成' : `达到（至少${minimum}个）`,
            dataIndex: 'actual',
            render: (_: number, row) => shown(row),
          },
          { title: '项目数', dataIndex: 'projects' },
        ]}
      />
      <Drawer
        open={!!unit}
        onClose={() => setUnit(undefined)}
        title={`${unit?.name ?? ''} · ${breakdown.data?.indicator.name ?? ''}`}
        size="large"
      >
        {unit && <UnitProjects year={year} asOf={asOf} indicator={indicator} by={by} code={unit.code} />}
      </Drawer>
    </Card>
  );
}

function UnitProjects({ year, asOf, indicator, by, code }: { year: number; asOf?: string; indicator: string; by: string; code: string }) {
  const { names } = useReference();
  const [page, setPage] = useState(1);
  // A breakdown row's code is one of the units the drill-down filters by (GET /reference).
  const unit: Pick<DrillQuery, 'localityCode' | 'departmentCode'> =
    by === 'locality' ? { localityCode: code as DrillQuery['localityCode'] } : { departmentCode: code as DrillQuery['departmentCode'] };
  const projects = useApi(
    () =>
      unwrap(
        projection().GET('/dashboard/indicators/{code}/projects', {
          params: { path: { code: indicator }, query: { year, asOf, page, pageSize: 20, ...unit } },
        }),
      ),
    [year, asOf, indicator, by, code, page],
  );
  return (
    <Table<ProjectAt>
      size="small"
      rowKey="projectId"
      loading={projects.loading}
      dataSource={projects.data?.items ?? []}
      locale={{ emptyText: '没有构成此数字的项目' }}
      pagination={{ current: page, pageSize: 20, total: projects.data?.total ?? 0, onChange: setPage, showTotal: (t) => `共 ${t} 个项目` }}
      columns={[
        { title: '项目名称', dataIndex: 'name', render: (name: string, p) => <Link to={`/projects/${p.projectId}`}>{name}</Link> },
        // Two projects of one name are told apart by their code and place.
        { title: '国家项目代码', dataIndex: 'nationalCode', render: (c: string | null) => c ?? '未赋码' },
        { title: '县（市）区', dataIndex: 'localityCode', render: (c: string) => names.locality(c) },
        { title: '阶段', dataIndex: 'stage', render: (s: string) => names.stage(s) },
        { title: '总投资', dataIndex: 'totalInvestmentWan', render: (v: number) => money(v), align: 'right' },
      ]}
    />
  );
}
