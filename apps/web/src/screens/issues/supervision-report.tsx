/**
 * 督查报告 (§35), printable: addressed to 市委、市政府, copied to 市委组织部 and 市纪检委 — the
 * period's meetings, every decision with its owner and how it stands at the period's end, the
 * decisions carried over, and each owner's tally. A past period's report is final: the same
 * document whenever it is printed.
 */
import { Alert, Button, Skeleton, Space } from 'antd';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { projection, unwrap } from '../../api/client';
import type { SupervisionReport } from '../../api/types';
import { cnDate } from '../../ui/format';
import { useApi } from '../../ui/use-api';
import { useIssueReference } from '../../ui/issue-reference';

type Decision = SupervisionReport['carried'][number];

const cell = { border: '1px solid #000', padding: '4px 6px', textAlign: 'left' as const, verticalAlign: 'top' as const };

function Decisions({ rows }: { rows: Decision[] }) {
  return (
    <table style={{ borderCollapse: 'collapse', width: '100%', marginBottom: 12, fontSize: 14 }}>
      <thead>
        <tr>
          {['决定事项', '牵头单位', '措施', '完成时限', '办理情况'].map((h) => (
            <th key={h} style={cell}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((d) => (
          <tr key={`${d.meetingId}/${d.decisionId}`}>
            <td style={cell}>{d.subject}</td>
            <td style={cell}>{d.ownerName}</td>
            <td style={cell}>{d.measures}</td>
            <td style={cell}>{cnDate(d.deadline)}</td>
            <td style={cell}>
              {d.standingLabel}
              {d.doneOn && `（${cnDate(d.doneOn)}）`}
              {d.standing === 'overdue' && d.workingDaysOverdue ? `，逾期 ${d.workingDaysOverdue} 个工作日` : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function SupervisionReportPage() {
  const { period = '' } = useParams();
  const [params] = useSearchParams();
  const knownAt = params.get('knownAt') ?? undefined;
  const navigate = useNavigate();
  const { issueNames } = useIssueReference();
  const report = useApi(
    () => unwrap(projection().GET('/reports/supervision/{period}', { params: { path: { period }, query: { knownAt } } })),
    [period, knownAt],
  );
  if (report.error)
    return <Alert type="error" showIcon title={report.error.explain()} action={<Button onClick={() => navigate(-1)}>返回</Button>} />;
  if (!report.data) return <Skeleton active />;
  const r = report.data;
  return (
    <article
      style={{
        maxWidth: 800,
        margin: '24px auto',
        padding: 24,
        background: '#fff',
        color: '#000',
        fontFamily: '"Noto Serif CJK SC", "SimSun", serif',
      }}
    >
      <style>{'@media print { .no-print { display: none !important; } body { background: #fff; } }'}</style>
      <Space className="no-print" style={{ marginBottom: 16 }}>
        <Button onClick={() => navigate(-1)}>返回</Button>
        <Button type="primary" onClick={() => window.print()}>
          打印
        </Button>
      </Space>
      <h1 style={{ textAlign: 'center', fontSize: 24 }}>{r.title}</h1>
      {!r.final && <p style={{ textAlign: 'center', color: '#a61d24' }}>（报告期尚未结束，截至{cnDate(r.asOf)}，以期末出具的为准）</p>}
      {r.recordedLater > 0 && (
        <p className="no-print" style={{ color: '#a61d24' }}>
          另有 {r.recordedLater} 条本期记录是在{r.final && !knownAt ? '期末之后' : '所示时点之后'}补录的，未计入本报告。{' '}
          <Link to={`/reports/supervision/${r.period}?knownAt=${encodeURIComponent(new Date().toISOString())}`}>按现在所知重新出具</Link>
        </p>
      )}
      <p>
        <strong>报送：</strong>
        {r.addressedTo}
      </p>
      <p>
        报告期：{cnDate(r.from)}至{cnDate(r.to)}。依据：{r.basis}
      </p>
      <p>
        本期共有决定事项 {r.totals.decisions} 项：按期办结 {r.totals['done-on-time']} 项，逾期办结 {r.totals['done-late']} 项，正在办理{' '}
        {r.totals.open} 项，逾期未办结 {r.totals.overdue} 项。
      </p>
      {r.meetings.map((m) => (
        <section key={m.meetingId}>
          <h2 style={{ fontSize: 18 }}>
            {cnDate(m.date)} {m.title}（{issueNames.meetingKind(m.kind)}，{m.chair}主持）
          </h2>
          {m.decisions.length > 0 ? <Decisions rows={m.decisions} /> : <p>本次会议未形成决定事项。</p>}
        </section>
      ))}
      {r.meetings.length === 0 && <p>本期未召开会议。</p>}
      {r.carried.length > 0 && (
        <section>
          <h2 style={{ fontSize: 18 }}>此前会议决定、本期初仍未办结的事项</h2>
          <Decisions rows={r.carried} />
        </section>
      )}
      {r.owners.length > 0 && (
        <section>
          <h2 style={{ fontSize: 18 }}>各牵头单位办理情况</h2>
          <table style={{ borderCollapse: 'collapse', width: '100%', fontSize: 14 }}>
            <thead>
              <tr>
                {['牵头单位', '决定事项', '逾期未办结', '逾期办结'].map((h) => (
                  <th key={h} style={cell}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {r.owners.map((o) => (
                <tr key={`${o.kind}:${o.code}`}>
                  <td style={cell}>{o.ownerName}</td>
                  <td style={cell}>{o.decisions}</td>
                  <td style={cell}>{o.overdue}</td>
                  <td style={cell}>{o.doneLate}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <p style={{ marginTop: 24 }}>
        <strong>抄送：</strong>
        {r.copiesTo.join('、')}
      </p>
      <p style={{ fontSize: 12, color: '#444' }}>
        统计截至{cnDate(r.asOf)}，所含记录截至 {r.knownAt}。
      </p>
    </article>
  );
}
