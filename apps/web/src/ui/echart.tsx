/**
 * Apache ECharts in a React component. The library is fetched when the first chart mounts, not
 * with the screen: the screen's data is asked for while the chart code still loads.
 */
import type { EChartsCoreOption, ECharts } from 'echarts/core';
import { useEffect, useRef, useState } from 'react';

export type ChartOption = EChartsCoreOption;

export function EChart({
  option,
  height,
  label,
  onClick,
}: {
  option: ChartOption;
  height: number;
  /** What the chart shows, for screen readers (the same numbers are in the table beside it). */
  label: string;
  onClick?: (dataIndex: number) => void;
}) {
  const element = useRef<HTMLDivElement>(null);
  const [chart, setChart] = useState<ECharts>();

  useEffect(() => {
    let instance: ECharts | undefined;
    let gone = false;
    const resize = () => instance?.resize();
    void import('./echarts-core').then(({ echarts }) => {
      if (gone || !element.current) return;
      instance = echarts.init(element.current, undefined, { renderer: 'canvas' });
      window.addEventListener('resize', resize);
      setChart(instance);
    });
    return () => {
      gone = true;
      window.removeEventListener('resize', resize);
      instance?.dispose();
    };
  }, []);

  useEffect(() => {
    chart?.setOption(option, { notMerge: true });
  }, [chart, option]);

  // The height follows the rows (a ranking of 17 units is taller than the empty one it started as).
  useEffect(() => {
    chart?.resize();
  }, [chart, height]);

  useEffect(() => {
    if (!chart || !onClick) return;
    const handler = (params: { dataIndex?: number }) => params.dataIndex !== undefined && onClick(params.dataIndex);
    chart.on('click', handler);
    return () => {
      chart.off('click', handler);
    };
  }, [chart, onClick]);

  return <div ref={element} role="img" aria-label={label} style={{ width: '100%', height }} />;
}
