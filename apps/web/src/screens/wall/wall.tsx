/**
 * 大屏: the cockpit for a wall screen — every target of the year, the ranking of new starts by
 * locality, the warnings and the approvals on one 1920×1080 screen without scrolling, numbers
 * large enough to read at three metres, live (re-read on every change the projection announces).
 */
import { Button, Spin, Tag } from 'antd';
import { useNavigate } from 'react-router-dom';
import { projection, unwrap } from '../../api/client';
import type { IndicatorValue } from '../../api/types';
import { cnDate, grouped, indicatorValue } from '../../ui/format';
import { useApi } from '../../ui/use-api';
import { useLiveChanges } from '../../ui/live-changes';
import { LIGHT_COLOURS, LIGHT_TAGS } from '../cockpit/lights';

const INK = '#f5f7fa';
const PANEL = { background: '#13294b', borderRadius: 8, padding: 16, minHeight: 0, overflow: 'hidden' } as const;

function Tile({ value, kind }: { value: IndicatorValue; kind: string }) {
  const { light, label } = value.standing;
  return (
    <div style={{ ...PANEL, borderTop: `6px solid ${LIGHT_COLOURS[light]}` }} data-testid={`wall-${value.code}`}>
      <div style={{ fontSize: 18, lineHeight: 1.3, height: 48, overflow: 'hidden' }}>{value.name}</div>
      <div style={{ fontSize: 46, fontWeight: 700, margin: '6px 0' }}>{indicatorValue(kind, value.actual)}</div>
      <div style={{ fontSize: 17, display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
        <span>{value.target !== null ? `目标 ${indicatorValue(kind, value.target)}` : '无目标'}</span>
        <Tag style={{ ...LIGHT_TAGS[light], borderColor: 'transparent', fontSize: 16, padding: '2px 8px', margin: 0 }}>{label}</Tag>
      </div>
    </div>
  );
}

export function Wall() {
  const navigate = useNavigate();
  const changedAt = useLiveChanges();
  const definitions = useApi(() => unwrap(projection().GET('/indicators')), []);
  const year = Math.max(...(definitions.data?.targets.map((t) => t.year) ?? [new Date().getFullYear()]));
  const ready = !!definitions.data;
  const board = useApi(
    () => (ready ? unwrap(projection().GET('/dashboard', { params: { query: { year } } })) : Promise.resolve(undefined)),
    [year, ready, changedAt],
  );
  const ranking = useApi(
    () =>
      ready
        ? unwrap(projection().GET('/dashboard/breakdown', { params: { query: { year, by: 'locality', indicator: 'new-starts' } } }))
        : Promise.resolve(undefined),
    [year, ready, changedAt],
  );
  const warnings = useApi(
    () =>
      ready
        ? unwrap(projection().GET('/warnings', { params: { query: { year, light: 'red', pageSize: 10 } } }))
        : Promise.resolve(undefined),
    [year, ready, changedAt],
  );
  const approvals = useApi(
    () => (ready ? unwrap(projection().GET('/dashboard/approvals', { params: { query: { year } } })) : Promise.resolve(undefined)),
    [year, ready, changedAt],
  );
  const leave = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    navigate('/cockpit');
  };
  const kinds = new Map((definitions.data?.indicators ?? []).map((d) => [d.code, d.kind]));
  const b = board.data;
  const top = (ranking.data?.rows ?? []).slice(0, 12);
  const most = Math.max(1, ...top.map((r) => r.actual));
  const a = approvals.data;
  return (
    <main
      data-testid="wall"
      style={{
        height: '100vh',
        boxSizing: 'border-box',
        padding: 16,
        display: 'grid',
        gridTemplateRows: 'auto auto 1fr',
        gap: 12,
        background: '#0b1f3a',
        color: INK,
        overflow: 'hidden',
      }}
    >
      <header style={{ display: 'flex', alignItems: 'center', gap: 24 }}>
        <h1 style={{ color: INK, margin: 0, fontSize: 32 }}>长春市{year}年项目建设目标</h1>
        <span style={{ fontSize: 22 }}>
          {b ? `截至${cnDate(b.asOf)}${b.closed ? '（全年）' : '（实时）'} · 纳入统计项目 ${b.projects} 个` : ''}
        </span>
        <span style={{ flex: 1 }} />
        <Button onClick={leave}>退出大屏</Button>
      </header>
      {!b ? (
        <div role="status" style={{ textAlign: 'center', paddingTop: 200 }}>
          <Spin size="large" /> 正在加载…
        </div>
      ) : (
        <section aria-label="年度目标" style={{ display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', gap: 12 }}>
          {b.indicators.map((v) => (
            <Tile key={v.code} value={v} kind={kinds.get(v.code) ?? 'count'} />
          ))}
        </section>
      )}
      <section style={{ display: 'grid', gridTemplateColumns: '2fr 2fr 1.4fr', gap: 12, minHeight: 0 }}>
        <div style={PANEL}>
          <h2 style={{ color: INK, fontSize: 22, margin: '0 0 8px' }}>新开工亿元以上项目 · 县（市）区排名</h2>
          {top.map((r) => (
            <div
              key={r.code}
              style={{
                display: 'grid',
                gridTemplateColumns: '36px 120px 1fr 56px',
                alignItems: 'center',
                gap: 8,
                fontSize: 18,
                margin: '5px 0',
              }}
            >
              <span>{r.rank}</span>
              <span>{r.name}</span>
              <span style={{ background: '#1f4b8e', height: 16, borderRadius: 4, width: `${(r.actual / most) * 100}%` }} />
              <span style={{ textAlign: 'right' }}>{grouped(r.actual, 0)}</span>
            </div>
          ))}
        </div>
        <div style={PANEL}>
          <h2 style={{ color: INK, fontSize: 22, margin: '0 0 8px' }}>预警 {warnings.data ? `· 红灯 ${warnings.data.red} 个` : ''}</h2>
          {(warnings.data?.items ?? []).map((w) => (
            <div
              key={w.projectId}
              style={{ fontSize: 17, margin: '6px 0', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}
            >
              <Tag style={{ ...LIGHT_TAGS.red, borderColor: 'transparent', fontSize: 15 }}>红灯</Tag>
              {w.name}：{w.reasons.map((r) => r.text).join('；')}
            </div>
          ))}
        </div>
        <div style={PANEL}>
          <h2 style={{ color: INK, fontSize: 22, margin: '0 0 8px' }}>审批（第二十二条）</h2>
          {a && (
            <div style={{ fontSize: 20, lineHeight: 2 }}>
              <div>本年办结 {a.completed} 个</div>
              <div>其中51个工作日以内 {a.within51} 个</div>
              <div>用时中位数 {a.medianWorkingDays === null ? '—' : `${grouped(a.medianWorkingDays, 1)} 个工作日`}</div>
              <div>未办结已超51日 {a.openOverLimit} 个</div>
              <div>未批先建 {a.startedBeforePermit.length} 个</div>
            </div>
          )}
        </div>
      </section>
    </main>
  );
}
