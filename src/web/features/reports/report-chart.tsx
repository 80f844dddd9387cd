import { useEffect, useRef, useState } from 'react';
import { FormattedMessage } from 'react-intl';

export interface ChartRow {
  /** The category, in words (a distance class). */
  label: string;
  value: number;
  /** The value as printed beside its bar or dot. */
  text: string;
}

interface ReportChartProps {
  id: string;
  /** `bar`: horizontal bars from zero; `dot`: a dot per row on a fixed scale (ratings). */
  kind: 'bar' | 'dot';
  rows: ChartRow[];
  /** What the value axis measures. */
  axisLabel: string;
  /** The chart named for a screen reader (the SVG's aria-label). */
  label: string;
  /** One sentence stating what the chart shows, built from the data. */
  finding: string;
  /** For dots: the scale's ends (1–5). */
  domain?: [number, number];
}

// High contrast on white (over 7:1) for the marks; every bar and dot also carries its value as text.
const ink = '#1f4f99';

/**
 * A chart drawn with Observable Plot, loaded only when a report chart first shows, so other pages
 * never download it. The SVG is an image named for what it plots; the figcaption states the
 * finding, and the table beside it holds every number.
 */
export function ReportChart({ id, kind, rows, axisLabel, label, finding, domain }: ReportChartProps) {
  const holder = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  const spec = JSON.stringify({ kind, rows, axisLabel, label, domain });

  useEffect(() => {
    let cancelled = false;
    import('@observablehq/plot').then(
      (Plot) => {
        if (cancelled || !holder.current) return;
        const rtl = document.documentElement.dir === 'rtl';
        const marks =
          kind === 'bar'
            ? [
                Plot.barX(rows, { x: 'value', y: 'label', fill: ink }),
                Plot.text(rows, { x: 'value', y: 'label', text: 'text', dx: rtl ? -6 : 6, textAnchor: rtl ? 'end' : 'start', fill: 'currentColor', fontWeight: 'bold' }),
                Plot.ruleX([0]),
              ]
            : [
                Plot.ruleY(rows, { y: 'label', x1: domain?.[0] ?? 0, x2: 'value', stroke: '#6b7480', strokeDasharray: '2 3' }),
                Plot.dot(rows, { x: 'value', y: 'label', r: 7, fill: ink, symbol: 'diamond' }),
                Plot.text(rows, { x: 'value', y: 'label', text: 'text', dy: -14, fill: 'currentColor', fontWeight: 'bold' }),
              ];
        const max = Math.max(1, ...rows.map((r) => r.value));
        // Drawn at the width it has (not scaled down), so its text stays readable at 320px.
        const width = Math.max(280, Math.min(640, holder.current.clientWidth || 640));
        const labels = width < 420 ? 110 : 150;
        const svg = Plot.plot({
          width,
          height: 60 + rows.length * 48,
          // Right to left: the categories on the right and the bars growing leftwards.
          marginLeft: rtl ? 50 : labels,
          marginRight: rtl ? labels : 50,
          style: { fontSize: '14px', background: 'transparent', color: '#1b1f24', overflow: 'visible' },
          x: { label: axisLabel, domain: domain ?? [0, max * 1.15], grid: true, reverse: rtl, labelAnchor: 'center' },
          y: { label: null, domain: rows.map((r) => r.label), axis: rtl ? 'right' : 'left' },
          marks,
        });
        // Plot names each mark group; inside an image those names are not allowed, and the image has one.
        for (const el of svg.querySelectorAll('[aria-label], [aria-description]')) {
          el.removeAttribute('aria-label');
          el.removeAttribute('aria-description');
        }
        svg.setAttribute('role', 'img');
        svg.setAttribute('aria-label', label);
        svg.classList.add('report-chart__svg');
        holder.current.replaceChildren(svg);
      },
      () => !cancelled && setFailed(true),
    );
    return () => {
      cancelled = true;
    };
    // `spec` stands for everything the chart is drawn from.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [spec]);

  return (
    <figure className="report-chart" aria-labelledby={`${id}-caption`}>
      <div ref={holder} className="report-chart__plot" />
      {failed ? (
        <p className="muted">
          <FormattedMessage id="report.chartFailed" />
        </p>
      ) : null}
      <figcaption id={`${id}-caption`} className="report-chart__caption">
        {finding}
      </figcaption>
    </figure>
  );
}
