/** Apache ECharts with only the charts and parts the screens use, loaded apart from the screens (it is half of the cockpit's code). */
import { BarChart, GaugeChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, GaugeChart, GridComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

export { echarts };
