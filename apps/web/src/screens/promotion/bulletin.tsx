/**
 * 月度谋划信息和招商动态 (四(二)): a month's new projects in the reserve by industry, new leads by
 * chain, contracts signed and projects landed, activities held — as known at the month's end
 * once it is over (the same document whenever it is opened), with its printable page.
 */
import { Alert, Button, Card, Col, DatePicker, Flex, Row, Statistic, Switch, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useSession } from '../../auth/session';
import { useNavigate, useParams } from 'react-router-dom';
import { config } from '../../api/config';
import { promotion, unwrap, currentToken } from '../../api/client';
import type { Bulletin } from '../../api/types';
import { cnMonth, yi } from '../../ui/format';
import { usePromotionReference } from '../../ui/promotion-reference';
import { useApi } from '../../ui/use-api';
import { PromotionTabs } from './promotion-tabs';

/** Opens the printable page with the caller's token (a new window cannot send the Authorization header itself). */
async function openPrintable(month: string, knownAt: string | undefined) {
  const query = knownAt ? `?knownAt=${encodeURIComponent(knownAt)}` : '';
  const response = await fetch(`${config().services['investment-promotion']}/bulletins/${month}/print${query}`, {
    headers: { Authorization: `Bearer ${currentToken() ?? ''}` },
  });
  const page = window.open('', '_blank');
  if (page) {
    page.document.write(await response.text());
    page.document.close();
  }
}

export function BulletinPage() {
  const { month = dayjs().subtract(1, 'month').format('YYYY-MM') } = useParams();
  const navigate = useNavigate();
  const { promotionNames } = usePromotionReference();
  const { has } = useSession();
  // Re-issued as known now: what was recorded for the month after its end (late reports, or the demo year entered in one go) counts too.
  const [reissued, setReissued] = useState<string>();
  const bulletin = useApi(
    () => unwrap(promotion().GET('/bulletins/{month}', { params: { path: { month }, query: { knownAt: reissued } } })),
    [month, reissued],
  );
  const office = has('project-office') || has('leadership') || has('admin');
  const late = useApi(
    () => (office ? unwrap(promotion().GET('/bulletins/{month}/late', { params: { path: { month } } })) : Promise.resolve(undefined)),
    [month, office],
  );
  const b: Bulletin | undefined = bulletin.data;
  return (
    <Card size="small">
      <PromotionTabs />
      <Flex gap={8} style={{ marginBottom: 12 }} align="center">
        <DatePicker
          picker="month"
          aria-label="月份"
          allowClear={false}
          value={dayjs(`${month}-01`)}
          disabledDate={(d) => d.isAfter(dayjs(), 'month')}
          onChange={(d) => d && navigate(`/promotion/bulletin/${d.format('YYYY-MM')}`)}
        />
        <Button onClick={() => void openPrintable(month, reissued)}>打印版</Button>
        {b?.final && (late.data?.recordedLater ?? 0) > 0 && (
          <span data-testid="reissue">
            本期截止后补录 {late.data?.recordedLater} 项{' '}
            <Switch
              size="small"
              checked={reissued !== undefined}
              onChange={(on) => setReissued(on ? new Date().toISOString() : undefined)}
              aria-label="按现在所知重新出具"
            />{' '}
            按现在所知重新出具
          </span>
        )}
        {b && (
          <Tag color={b.final ? 'blue' : 'default'}>
            {!b.final
              ? '本月尚未结束'
              : reissued
                ? `按 ${dayjs(reissued).format('YYYY-MM-DD HH:mm')} 所知重新出具`
                : `${cnMonth(month)}已结束，本期内容不再变动`}
          </Tag>
        )}
      </Flex>
      {bulletin.error && <Alert type="error" showIcon title={bulletin.error.explain()} />}
      {b && (
        <div data-testid="bulletin">
          <Row gutter={16} style={{ marginBottom: 12 }}>
            <Col span={4}>
              <Statistic title="新入库项目" value={b.planning.projects} suffix="个" />
            </Col>
            <Col span={4}>
              <Statistic title="新增线索" value={b.leads.identified} suffix="条" />
            </Col>
            <Col span={4}>
              <Statistic title="签约项目" value={b.signed.count} suffix={`个 · ${yi(b.signed.amountWan)}`} />
            </Col>
            <Col span={4}>
              <Statistic title="落地项目" value={b.landed.count} suffix={`个 · ${yi(b.landed.investmentWan)}`} />
            </Col>
            <Col span={4}>
              <Statistic title="招商对接活动" value={b.activities.held} suffix="次" />
            </Col>
          </Row>
          <Table
            size="small"
            rowKey="categoryCode"
            pagination={false}
            title={() => '新增线索（按产业链）'}
            dataSource={b.leads.byChain}
            columns={[
              { title: '产业链', dataIndex: 'categoryName' },
              { title: '线索', dataIndex: 'count', width: 80 },
              { title: '意向投资', dataIndex: 'amountWan', width: 140, render: (w: number) => yi(w) },
              { title: '环节', dataIndex: 'nodes', render: (n: string[]) => n.join('、') },
            ]}
          />
          <Table
            size="small"
            rowKey="leadId"
            pagination={false}
            title={() => '签约与落地项目'}
            dataSource={[...b.signed.items.map((d) => ({ ...d, what: '签约' })), ...b.landed.items.map((d) => ({ ...d, what: '落地' }))]}
            columns={[
              { title: '', dataIndex: 'what', width: 60 },
              { title: '企业 / 项目', render: (_: unknown, d) => d.projectName ?? d.enterprise },
              { title: '地区', dataIndex: 'localityName', width: 120 },
              { title: '金额', dataIndex: 'amountWan', width: 140, render: (w: number) => yi(w) },
              { title: '日期', dataIndex: 'date', width: 120 },
            ]}
          />
          <Table
            size="small"
            rowKey="activityId"
            pagination={false}
            title={() => '招商对接活动'}
            dataSource={b.activities.items}
            columns={[
              { title: '活动', dataIndex: 'title' },
              { title: '类别', dataIndex: 'kind', width: 180, render: (k: string) => promotionNames.activityKind(k) },
              { title: '组织单位', dataIndex: 'organizer', width: 120 },
              { title: '签约', dataIndex: 'dealAmountWan', width: 120, render: (w: number) => yi(w) },
              { title: '日期', dataIndex: 'date', width: 120 },
            ]}
          />
        </div>
      )}
    </Card>
  );
}
