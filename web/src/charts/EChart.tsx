/**
 * One ECharts chart in a React component: only the chart types and components the app uses are
 * bundled (echarts/core), drawn as SVG (sharp when printed, readable by tests); set up on mount,
 * given each new option, resized with its box, disposed on unmount.
 */
import { BarChart, LineChart, MapChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";

echarts.use([
  BarChart,
  LineChart,
  MapChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
  SVGRenderer,
]);

export { echarts };
export type ChartOption = echarts.EChartsCoreOption;

/** What a click on a chart part gives: the data item's name (for the map, the area code). */
export interface ChartClick {
  name: string;
  dataIndex: number;
}

export function EChart({
  option,
  height,
  label,
  onClick,
  testId,
}: {
  option: ChartOption;
  height: number;
  /** What the chart shows, for screen readers (its numbers are in the table beside it). */
  label: string;
  onClick?: (click: ChartClick) => void;
  testId?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const click = useRef(onClick);
  click.current = onClick;

  useEffect(() => {
    const instance = echarts.init(box.current!, null, { renderer: "svg" });
    chart.current = instance;
    instance.on("click", (params) => click.current?.({ name: params.name, dataIndex: params.dataIndex }));
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(box.current!);
    return () => {
      resize.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <div ref={box} role="img" aria-label={label} data-testid={testId} style={{ width: "100%", height }} />
  );
}
