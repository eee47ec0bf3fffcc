/**
 * A lead's page: the enterprise, where it comes from and by which channel, the chain node it
 * fills, its stage, the follow-up log, and the next steps its locality or department may take —
 * one stage at a time, signing with the contract amount, landing as a project of the reserve.
 */
import { Alert, Card, Descriptions, Space, Tag, Timeline, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { promotion, unwrap } from '../../api/client';
import type { Lead } from '../../api/types';
import { useSession } from '../../auth/session';
import { CommandDrawer, type Field } from '../../ui/command-drawer';
import { cnDate, yi } from '../../ui/format';
import { usePromotionReference } from '../../ui/promotion-reference';
import { useReference } from '../../ui/reference';
import { useApi } from '../../ui/use-api';
import { PromotionTabs, WRITERS } from './promotion-tabs';

type Path = '/leads/{id}/follow-ups' | '/leads/{id}/advance' | '/leads/{id}/signing' | '/leads/{id}/landing' | '/leads/{id}/loss';

/** The steps open to a lead at its stage: the service refuses any other (409 lead.stage). */
function stepsOf(lead: Lead): Array<{ title: string; path: Path; done: string; fields: Field[]; initial?: Record<string, unknown> }> {
  const date: Field = { name: 'date', label: '日期', kind: 'date', required: true };
  if (lead.stage === 'landed' || lead.stage === 'lost') return [];
  const steps: ReturnType<typeof stepsOf> = [
    {
      title: '记录跟进',
      path: '/leads/{id}/follow-ups',
      done: '跟进已记录',
      fields: [{ name: 'note', label: '跟进情况', kind: 'textarea', required: true }, date],
    },
  ];
  if (lead.stage === 'identified' || lead.stage === 'contacted') {
    const to = lead.stage === 'identified' ? 'contacted' : 'negotiating';
    steps.push({
      title: to === 'contacted' ? '推进到已接触' : '推进到洽谈中',
      path: '/leads/{id}/advance',
      done: '阶段已推进',
      fields: [date],
      initial: { to },
    });
  }
  if (lead.stage === 'negotiating')
    steps.push({
      title: '签约',
      path: '/leads/{id}/signing',
      done: '已签约',
      fields: [{ name: 'contractAmountWan', label: '合同（协议）投资额', kind: 'wan', required: true, min: 1 }, date],
    });
  if (lead.stage === 'signed')
    steps.push({
      title: '项目落地',
      path: '/leads/{id}/landing',
      done: '已落地，项目储备库随之登记项目',
      fields: [
        { name: 'projectName', label: '落地项目名称', kind: 'text', required: true },
        { name: 'totalInvestmentWan', label: '项目总投资（缺省为合同投资额）', kind: 'wan', min: 1 },
        { name: 'siteInDevelopmentZone', label: '选址在开发区内（须先完成"五通一平"）', kind: 'switch' },
        date,
      ],
    });
  steps.push({
    title: '终止线索',
    path: '/leads/{id}/loss',
    done: '线索已终止',
    fields: [{ name: 'reason', label: '终止理由', kind: 'textarea', required: true, max: 500 }, date],
  });
  return steps;
}

export function LeadPage() {
  const { id = '' } = useParams();
  const { has } = useSession();
  const { names, data: reference } = useReference();
  const { promotionNames } = usePromotionReference();
  const lead = useApi(() => unwrap(promotion().GET('/leads/{id}', { params: { path: { id } } })), [id]);
  const l = lead.data;
  return (
    <Card size="small">
      <PromotionTabs />
      {lead.error && <Alert type="error" showIcon title={lead.error.explain()} />}
      {l && (
        <>
          <Typography.Title level={2} style={{ fontSize: 20 }}>
            {l.enterprise.name} <Tag color={l.stage === 'lost' ? 'default' : 'blue'}>{promotionNames.stage(l.stage)}</Tag>
          </Typography.Title>
          <Descriptions size="small" column={{ xs: 1, md: 3 }} bordered data-testid="lead-details">
            <Descriptions.Item label="统一社会信用代码">{l.enterprise.creditCode ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="企业类别">{promotionNames.enterpriseClass(l.classCode)}</Descriptions.Item>
            <Descriptions.Item label="来源地区">{promotionNames.region(l.regionCode)}</Descriptions.Item>
            <Descriptions.Item label="对接渠道">{promotionNames.channel(l.channelCode)}</Descriptions.Item>
            <Descriptions.Item label="产业链 · 环节">
              {`${reference?.categories.find((c) => c.code === l.categoryCode)?.name ?? l.categoryCode} · ${l.chainNode}`}
            </Descriptions.Item>
            <Descriptions.Item label="意向投资">{yi(l.intendedInvestmentWan)}</Descriptions.Item>
            <Descriptions.Item label="所属地区">{names.locality(l.localityCode)}</Descriptions.Item>
            <Descriptions.Item label="跟进部门">{l.departmentCode ? names.department(l.departmentCode) : '—'}</Descriptions.Item>
            <Descriptions.Item label="跟进人">{l.officer}</Descriptions.Item>
            {l.contract && <Descriptions.Item label="签约">{`${cnDate(l.contract.date)}，${yi(l.contract.amountWan)}`}</Descriptions.Item>}
            {l.landing && <Descriptions.Item label="落地项目">{`${l.landing.projectName}（${cnDate(l.landing.date)}）`}</Descriptions.Item>}
            {l.projectId && (
              <Descriptions.Item label="储备库项目">
                <Link to={`/projects/${l.projectId}`}>查看项目</Link>
              </Descriptions.Item>
            )}
            {l.lost && <Descriptions.Item label="终止理由">{l.lost.reason}</Descriptions.Item>}
          </Descriptions>
          {WRITERS.some((k) => has(k)) && (
            <Space wrap style={{ margin: '12px 0' }} data-testid="lead-actions">
              {stepsOf(l).map((step) => (
                <CommandDrawer
                  key={step.title}
                  title={step.title}
                  fields={step.fields}
                  done={step.done}
                  send={(body, key) =>
                    unwrap(
                      promotion().POST(step.path, {
                        params: { path: { id }, header: { 'Idempotency-Key': key, 'If-Match': `"${l.version}"` } },
                        body: { ...step.initial, ...body } as never,
                      }),
                    )
                  }
                  onDone={() => void lead.reloadUntil((next) => next.version > l.version)}
                />
              ))}
            </Space>
          )}
          <Typography.Title level={3} style={{ fontSize: 16 }}>
            跟进日志
          </Typography.Title>
          <Timeline
            data-testid="lead-log"
            items={l.timeline.map((f, i) => ({
              key: `${f.type}-${i}`,
              children: (
                <span>
                  {cnDate(f.date)} {factLabel(f.type, l, promotionNames.stage)}
                  {f.type === 'LeadFollowedUp' &&
                    `：${l.followUps[l.timeline.slice(0, i).filter((x) => x.type === 'LeadFollowedUp').length]?.note ?? ''}`}
                </span>
              ),
            }))}
          />
        </>
      )}
    </Card>
  );
}

function factLabel(type: string, l: Lead, stage: (code: string) => string): string {
  switch (type) {
    case 'LeadIdentified':
      return '登记线索';
    case 'LeadFollowedUp':
      return '跟进';
    case 'LeadAdvanced':
      return '阶段推进';
    case 'LeadSigned':
      return `签约（${l.contract ? yi(l.contract.amountWan) : ''}）`;
    case 'LeadLanded':
      return '项目落地';
    case 'LeadProjectRegistered':
      return '项目储备库已登记';
    case 'LeadLost':
      return stage('lost');
    default:
      return type;
  }
}
