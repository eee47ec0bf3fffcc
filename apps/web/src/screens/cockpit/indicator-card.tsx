/** One target of the year: its actual, its target, how far along, and its standing; the definition and the standing's reason on hover. */
import { Card, Progress, Tag, Tooltip, Typography } from 'antd';
import type { IndicatorDescription, IndicatorValue } from '../../api/types';
import { indicatorValue, percent } from '../../ui/format';
import { LIGHT_COLOURS, LIGHT_TAGS } from './lights';

export function IndicatorCard({ value, kind }: { value: IndicatorValue; kind: IndicatorDescription['kind'] }) {
  const { light, label, reason } = value.standing;
  const rule = value.targetRule === 'more-than' ? '超过' : '达到';
  return (
    <Card size="small" data-testid={`indicator-${value.code}`} style={{ height: '100%', borderTop: `4px solid ${LIGHT_COLOURS[light]}` }}>
      <Tooltip title={value.definition}>
        <Typography.Text strong>{value.name}</Typography.Text>
      </Tooltip>{' '}
      <Tooltip title={reason}>
        <Tag
          style={{ ...LIGHT_TAGS[light], borderColor: LIGHT_TAGS[light].color }}
          data-testid="standing"
          tabIndex={0}
          aria-label={`${label}：${reason}`}
        >
          {label}
        </Tag>
      </Tooltip>
      <div style={{ fontSize: 28, fontWeight: 600, margin: '8px 0' }} data-testid="actual">
        {indicatorValue(kind, value.actual)}
      </div>
      {value.target !== null ? (
        <>
          <Typography.Text type="secondary">
            目标：{rule}
            {indicatorValue(kind, value.target)}
          </Typography.Text>
          <Progress
            percent={Math.round(Math.min(1, value.reached ?? 0) * 1000) / 10}
            strokeColor={LIGHT_COLOURS[light]}
            status="normal"
            format={() => percent(value.reached ?? 0)}
            aria-label={`${value.name}目标完成度`}
          />
        </>
      ) : (
        <Typography.Text type="secondary">本年度无此项目标</Typography.Text>
      )}
    </Card>
  );
}
