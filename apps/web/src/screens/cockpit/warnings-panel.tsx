/** 预警: red and yellow lights with their reasons, worst first; a project opens its history. */
import { Card, List, Tag } from 'antd';
import { LIGHT_TAGS } from './lights';
import { Link } from 'react-router-dom';
import { projection, unwrap } from '../../api/client';
import type { Warning } from '../../api/types';
import { useApi } from '../../ui/use-api';

export function WarningsPanel({ year, asOf, refreshKey }: { year: number; asOf?: string; refreshKey?: string }) {
  const warnings = useApi(
    () => unwrap(projection().GET('/warnings', { params: { query: { year, asOf, pageSize: 8 } } })),
    [year, asOf, refreshKey],
  );
  return (
    <Card size="small" title={`预警（${warnings.data?.total ?? 0}）`}>
      <List<Warning>
        loading={warnings.loading}
        dataSource={warnings.data?.items ?? []}
        locale={{ emptyText: '暂无预警' }}
        renderItem={(w) => (
          <List.Item>
            <List.Item.Meta
              title={
                <>
                  <Tag style={{ ...LIGHT_TAGS[w.light === 'red' ? 'red' : 'yellow'], borderColor: 'transparent' }}>
                    {w.light === 'red' ? '红灯' : '黄灯'}
                  </Tag>
                  <Link to={`/projects/${w.projectId}`}>{w.name}</Link>
                </>
              }
              description={w.reasons.map((r) => r.text).join('；')}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
