/**
 * 领导驾驶舱: every target of the year against its actual, as of any day of the year (the slider
 * replays it), live while it shows today — numbers re-read within a second of each event the
 * projection applies — with rankings, click-through to the projects behind a number, and warnings.
 */
import { Alert, Badge, Button, Card, Col, DatePicker, Row, Skeleton, Slider, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { projection, unwrap } from '../../api/client';
import type { Indicators } from '../../api/types';
import { beijingDay, cnDate, dayFromIndex, dayOfYear } from '../../ui/format';
import { useApi } from '../../ui/use-api';
import { useLiveChanges } from '../../ui/live-changes';
import { IndicatorCard } from './indicator-card';
import { Ranking } from './ranking';
import { WarningsPanel } from './warnings-panel';
import { ApprovalPanel } from './approval-panel';
import { IssuesPanel } from './issues-panel';
import { PromotionPanel } from './promotion-panel';

export function Cockpit() {
  const definitions = useApi(() => unwrap(projection().GET('/indicators')), []);
  if (definitions.error)
    return <Alert type="error" showIcon title={definitions.error.explain()} action={<Button onClick={definitions.reload}>重试</Button>} />;
  if (!definitions.data) return <Skeleton active paragraph={{ rows: 8 }} />;
  return <YearBoard definitions={definitions.data} />;
}

/** The board of one year; the year with targets closest to today first. */
function YearBoard({ definitions }: { definitions: Indicators }) {
  const today = beijingDay(new Date());
  const thisYear = Number(today.slice(0, 4));
  const targetYears = definitions.targets.map((t) => t.year).filter((y) => y <= thisYear);
  const years = [...new Set([...targetYears, thisYear])].sort((a, b) => a - b);
  const [year, setYear] = useState(() => (targetYears.length > 0 ? Math.max(...targetYears) : thisYear));
  /** undefined: live (today, or the year's last day once it has ended). */
  const [asOf, setAsOf] = useState<string>();
  const [sliderDay, setSliderDay] = useState<number>();
  const navigate = useNavigate();
  // Live: re-read on every change the projection announces, as long as the board shows the present.
  const changedAt = useLiveChanges(!asOf);
  const board = useApi(() => unwrap(projection().GET('/dashboard', { params: { query: { year, asOf } } })), [year, asOf, changedAt]);

  const lastDay = year < thisYear ? `${year}-12-31` : today;
  const shownDay = asOf ?? board.data?.asOf ?? lastDay;
  const kinds = useMemo(() => new Map(definitions.indicators.map((d) => [d.code, d])), [definitions]);
  const pick = (day: string | undefined) => setAsOf(day && day < lastDay ? day : undefined);

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small">
        <Row gutter={16} align="middle">
          <Col flex="none">
            <Space>
              <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
                {year}年项目建设目标
              </Typography.Title>
              <select aria-label="年度" value={year} onChange={(e) => (setYear(Number(e.target.value)), setAsOf(undefined))}>
                {years.map((y) => (
                  <option key={y} value={y}>
                    {y}年
                  </option>
                ))}
              </select>
            </Space>
          </Col>
          <Col flex="none">
            <span data-testid="as-of">截至{cnDate(shownDay)}</span>{' '}
            {asOf ? (
              <Badge status="default" text="历史回放" />
            ) : board.data?.closed ? (
              <Badge status="success" text="全年（补录即时更新）" />
            ) : (
              <Badge status="processing" text="实时" />
            )}
          </Col>
          <Col flex="auto">
            <Slider
              aria-label="统计截止日期"
              ariaLabelForHandle="统计截止日期"
              min={0}
              max={dayOfYear(lastDay)}
              value={sliderDay ?? dayOfYear(shownDay)}
              tooltip={{ formatter: (v) => (v === undefined ? '' : cnDate(dayFromIndex(year, v))) }}
              onChange={(v) => setSliderDay(v)}
              onChangeComplete={(v) => {
                setSliderDay(undefined);
                pick(dayFromIndex(year, v));
              }}
            />
          </Col>
          <Col flex="none">
            <DatePicker
              aria-label="跳到日期"
              placeholder="跳到日期"
              value={asOf ? dayjs(asOf) : null}
              minDate={dayjs(`${year}-01-01`)}
              maxDate={dayjs(lastDay)}
              onChange={(d) => pick(d ? d.format('YYYY-MM-DD') : undefined)}
            />
          </Col>
          <Col flex="none">
            <Space>
              <Button disabled={!asOf} onClick={() => setAsOf(undefined)}>
                回到实时
              </Button>
              <Button
                onClick={() => {
                  // The wall screen: full screen where the browser allows it, the layout fits 1920×1080 either way.
                  void document.documentElement.requestFullscreen?.().catch(() => undefined);
                  navigate('/wall');
                }}
              >
                大屏模式
              </Button>
            </Space>
          </Col>
        </Row>
      </Card>

      <div style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
        {board.error && <Alert type="error" showIcon title={board.error.explain()} action={<Button onClick={board.reload}>重试</Button>} />}
        {!board.data && board.loading && <Skeleton active paragraph={{ rows: 8 }} />}
        {board.data && (
          <>
            <Typography.Text type="secondary">
              纳入统计项目 {board.data.projects} 个{board.data.targets ? `；目标依据：${board.data.targets.source}` : '；本年度未设目标'}
            </Typography.Text>
            <Row gutter={[16, 16]} data-testid="indicators">
              {board.data.indicators.map((value) => (
                <Col key={value.code} xs={24} sm={12} lg={8} xxl={6}>
                  <IndicatorCard value={value} kind={kinds.get(value.code)?.kind ?? 'count'} />
                </Col>
              ))}
            </Row>
          </>
        )}
      </div>
      {/* Each panel reads its own figures at once, with its own skeleton: none waits for the board (the board
          sits in one element, so that its arrival does not shift — and remount — the panels among Space's items). */}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Ranking year={year} asOf={asOf} definitions={definitions.indicators} refreshKey={changedAt} />
        </Col>
        <Col xs={24} xl={10}>
          <WarningsPanel year={year} asOf={asOf} refreshKey={changedAt} />
        </Col>
        <Col xs={24}>
          <ApprovalPanel year={year} asOf={asOf} refreshKey={changedAt} />
        </Col>
        <Col xs={24}>
          <IssuesPanel year={year} asOf={asOf} refreshKey={changedAt} />
        </Col>
        <Col xs={24}>
          <PromotionPanel year={year} asOf={asOf} refreshKey={changedAt} />
        </Col>
      </Row>
    </Space>
  );
}
