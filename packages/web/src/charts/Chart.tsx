// One chart: a figure whose picture ECharts draws once its module has loaded (lazily), with a caption and
// the same numbers as a table for screen readers and for anyone who wants them exactly.

import type { EChartsCoreOption } from 'echarts/core';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../i18n.js';

export interface ChartProps {
  /** data-chart on the figure, to find it (tests, the bench). */
  readonly name: string;
  readonly title: string;
  readonly option: EChartsCoreOption;
  readonly height?: number;
  /** The numbers behind the picture, shown as a table (collapsed). */
  readonly table?: ComponentChildren;
}

export function Chart(props: ChartProps) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState(false);
  const option = JSON.stringify(props.option);
  useEffect(() => {
    let live = true;
    let dispose = () => {};
    import('./echarts.js').then(({ echarts }) => {
      if (!live || !ref.current) return;
      const chart = echarts.init(ref.current, null, { renderer: 'canvas' });
      chart.setOption({ animation: false, aria: { enabled: true }, ...props.option });
      const resize = () => chart.resize();
      window.addEventListener('resize', resize);
      dispose = () => {
        window.removeEventListener('resize', resize);
        chart.dispose();
      };
      setDrawn(true);
    });
    return () => {
      live = false;
      dispose();
    };
  }, [option]);
  return (
    <figure class="chart card" data-chart={props.name} data-drawn={drawn ? 'yes' : 'no'}>
      <figcaption>{props.title}</figcaption>
      {!drawn && <p class="hint">{t('chartLoading')}</p>}
      <div
        ref={ref}
        class="chart-canvas"
        role="img"
        aria-label={props.title}
        style={{ height: `${props.height ?? 260}px` }}
      />
      {props.table && (
        <details>
          <summary>{t('chartData')}</summary>
          {props.table}
        </details>
      )}
    </figure>
  );
}
