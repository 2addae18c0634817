// Apache ECharts, only the parts the dashboard draws (bars, lines, gauges on a canvas), imported from
// echarts/core so the rest of the library stays out of the bundle. This module is loaded lazily by
// Chart.tsx: the first page's JavaScript does not carry it, and the report table never waits for it.
import { BarChart, GaugeChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  LineChart,
  GaugeChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  AriaComponent,
  CanvasRenderer,
]);

export { echarts };
