/**
 * 项目工作台: an officer's projects (only those their grants cover — the registry decides), with
 * filters and search, what needs action now, and registering a project.
 */
import { Alert, Button, Card, Drawer, Input, List, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { registry, unwrap } from '../../api/client';
import type { Project, Stage } from '../../api/types';
import { scopeCodes, useSession } from '../../auth/session';
import { beijingDay, cnMonth, dueMonth, money } from '../../ui/format';
import { useApi } from '../../ui/use-api';
import { useReference } from '../../ui/reference';
import { RegisterForm } from './register-form';

export function Workbench() {
  const { session, has } = useSession();
  const [stage, setStage] = useState<Stage>();
  const [q, setQ] = useState<string>();
  const [page, setPage] = useState(1);
  const [registering, setRegistering] = useState(false);
  const reference = useReference();
  const projects = useApi(
    () => unwrap(registry().GET('/projects', { params: { query: { page, pageSize: 20, stage, q } } })),
    [page, stage, q],
  );
  const due = dueMonth(beijingDay(new Date()));
  const inbox = (projects.data?.items ?? []).filter(
    (p) => p.stage === 'under-construction' && (!p.lastReportedMonth || p.lastReportedMonth < due),
  );
  const localities = has('project-office') || has('admin') ? 'all' : scopeCodes(session, 'locality');
  const mayRegister = localities === 'all' || localities.length > 0;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small" title="待办">
        <List
          dataSource={inbox}
          locale={{ emptyText: `本页项目均已填报${cnMonth(due)}投资` }}
          renderItem={(p) => (
            <List.Item
              actions={[
                <Link key="go" to="/workbench/investments">
                  去填报
                </Link>,
              ]}
            >
              <Tag style={{ color: '#6d4600', background: '#fff4d6' }}>待填报</Tag> {p.name}：{cnMonth(due)}完成投资尚未填报
            </List.Item>
          )}
        />
      </Card>
      <Card
        size="small"
        title="我的项目"
        extra={
          mayRegister && (
            <Button type="primary" onClick={() => setRegistering(true)}>
              登记新项目
            </Button>
          )
        }
      >
        <Space wrap style={{ marginBottom: 12 }}>
          <Input.Search
            aria-label="按名称或国家项目代码搜索"
            placeholder="名称或国家项目代码"
            allowClear
            onSearch={(v) => (setQ(v.trim() || undefined), setPage(1))}
            style={{ width: 280 }}
          />
          <Select
            aria-label="阶段"
            placeholder="全部阶段"
            allowClear
            value={stage}
            onChange={(v) => (setStage(v), setPage(1))}
            style={{ width: 160 }}
            options={(reference.data?.stages ?? []).map(({ code, name }) => ({ value: code, label: name }))}
          />
        </Space>
        {projects.error && <Alert type="error" showIcon title={projects.error.explain()} />}
        <Table<Project>
          size="small"
          rowKey="projectId"
          loading={projects.loading}
          dataSource={projects.data?.items ?? []}
          locale={{ emptyText: '没有符合条件的项目' }}
          pagination={{
            current: page,
            pageSize: 20,
            total: projects.data?.total ?? 0,
            onChange: setPage,
            showTotal: (t) => `共 ${t} 个项目`,
          }}
          columns={[
            { title: '项目名称', dataIndex: 'name', render: (name: string, p) => <Link to={`/projects/${p.projectId}`}>{name}</Link> },
            { title: '阶段', dataIndex: 'stage', render: (s: Stage) => reference.names.stage(s) },
            { title: '总投资', dataIndex: 'totalInvestmentWan', render: (v: number) => money(v), align: 'right' },
            { title: '累计完成', dataIndex: 'cumulativeWan', render: (v: number) => money(v), align: 'right' },
            { title: '国家项目代码', dataIndex: 'nationalCode', render: (c: string | null) => c ?? '—' },
          ]}
        />
      </Card>
      <Drawer open={registering} onClose={() => setRegistering(false)} title="登记新项目" size="large" destroyOnHidden>
        {reference.data && (
          <RegisterForm
            reference={reference.data}
            localities={localities}
            onRegistered={() => {
              setRegistering(false);
              // The list is a read model: it shows the new project within seconds.
              setTimeout(projects.reload, 1500);
            }}
          />
        )}
      </Drawer>
    </Space>
  );
}
