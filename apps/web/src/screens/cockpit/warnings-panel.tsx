/** 预警: red and yellow lights with their reasons, worst first, page by page from the projection, filtered by colour; a project opens its history. */
import { Card, List, Segmented, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { projection, unwrap } from '../../api/client';
import type { Warning } from '../../api/types';
import { useApi } from '../../ui/use-api';
import { LIGHT_TAGS } from './lights';

const PAGE_SIZE = 8;

export function WarningsPanel({ year, asOf, refreshKey }: { year: number; asOf?: string; refreshKey?: string }) {
  const [page, setPage] = useState(1);
  const [light, setLight] = useState<'red' | 'yellow' | undefined>();
  const warnings = useApi(
    () => unwrap(projection().GET('/warnings', { params: { query: { year, asOf, page, pageSize: PAGE_SIZE, light } } })),
    [year, asOf, refreshKey, page, light],
  );
  const data = warnings.data;
  return (
    <Card
      size="small"
      data-testid="warnings"
      title={`预警（${data?.total ?? 0}${data && light === undefined ? `，其中红灯 ${data.red}` : ''}）`}
      extra={
        <Segmented<'all' | 'red' | 'yellow'>
          aria-label="预警颜色"
          size="small"
          value={light ?? 'all'}
          onChange={(v) => (setLight(v === 'all' ? undefined : v), setPage(1))}
          options={[
            { value: 'all', label: '全部' },
            { value: 'red', label: '红灯' },
            { value: 'yellow', label: '黄灯' },
          ]}
        />
      }
    >
      <List<Warning>
        loading={warnings.loading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: '暂无预警' }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: data?.total ?? 0,
          onChange: setPage,
          size: 'small',
          showSizeChanger: false,
        }}
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
