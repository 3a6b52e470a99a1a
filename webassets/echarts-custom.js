// The parts of Apache ECharts the pages use, and nothing else: maps (geo) with lines and points, bars, lines and
// the force-directed graph, on canvas. Bundled by esbuild at build time into dist/echarts.min.js, which defines the
// global `echarts` as the full build does. About half the size of the full build, so pages start drawing sooner.
import * as echarts from 'echarts/core';
import { BarChart, GraphChart, LineChart, LinesChart, ScatterChart } from 'echarts/charts';
import { GeoComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, GraphChart, LineChart, LinesChart, ScatterChart, GeoComponent, GridComponent,
  LegendComponent, TooltipComponent, CanvasRenderer]);
window.echarts = echarts;
