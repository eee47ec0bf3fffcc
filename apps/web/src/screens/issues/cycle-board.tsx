/**
 * 月度周期: the project office's board of one monthly cycle (§32) — its three milestones (lists by
 * the 10th, distributed by the 15th, the joint meeting by the 25th, each moved to a working day)
 * and the cycle's issues by where they stand: reported, being handled, for the joint meeting,
 * with a city leader, resolved, rejected.
 */
import { Alert, Card, Col, DatePicker, List, Row, Statistic, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { issueResolution, unwrap } from '../../api/client';
import { beijingDay, cnDate, cnMonth } from '../../ui/format';
import { useApi } from '../../ui/use-api';
import { useIssueReference } from '../../ui/issue-reference';
import { IssuesTabs } from './issues-tabs';

export function CycleBoardScreen() {
  const [params] = useSearchParams();
  const [month, setMonth] = useState(() => params.get('month') ?? beijingDay(new Date()).slice(0, 7));
  const board = useApi(() => unwrap(issueResolution().GET('/cycles/{month}', { params: { path: { month } } })), [month]);
  const { issueNames } = useIssueReference();
  const b = board.data;
  return (
    <Card size="small">
      <IssuesTabs />
      <DatePicker
        picker="month"
        aria-label="周期月份"
        allowClear={false}
        value={dayjs(`${month}-01`)}
        onChange={(d) => d && setMonth(d.format('YYYY-MM'))}
        style={{ marginBottom: 12 }}
      />
      {board.error && <Alert type="error" showIcon title={board.error.explain()} />}
      {b && (
        <>
          <Row gutter={16} style={{ marginBottom: 16 }}>
            <Col span={6}>
              <Statistic title={`${cnMonth(b.cycle)}周期问题`} value={b.total} suffix="个" />
            </Col>
            {b.milestones.map((m) => (
              <Col span={6} key={m.milestone}>
                <Statistic
                  title={m.label}
                  value={cnDate(m.deadline)}
                  suffix={
                    m.passed ? (
                      <Tag color={m.passed.pending > 0 ? 'red' : 'green'}>到期时未完成 {m.passed.pending} 个</Tag>
                    ) : (
                      <Tag>未到期</Tag>
                    )
                  }
                />
              </Col>
            ))}
          </Row>
          <Row gutter={[12, 12]}>
            {b.columns.map((c) => (
              <Col xs={24} md={12} xl={8} key={c.column}>
                <Card size="small" title={`${c.label}（${c.count}）`} data-testid={`cycle-${c.column}`}>
                  <List
                    size="small"
                    dataSource={c.issues.slice(0, 8)}
                    locale={{ emptyText: '无' }}
                    renderItem={(i) => (
                      <List.Item>
                        <Link to={`/issues/${i.issueId}`}>{i.projectName}</Link>：{issueNames.category(i.category)}
                        {i.dueOn && `，${cnDate(i.dueOn)}前`}
                      </List.Item>
                    )}
                  />
                  {c.count > 8 && <Link to={`/issues?cycle=${b.cycle}`}>另有 {c.count - 8} 个…</Link>}
                </Card>
              </Col>
            ))}
          </Row>
        </>
      )}
    </Card>
  );
}
