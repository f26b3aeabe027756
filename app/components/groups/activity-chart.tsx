import { nl } from "~/i18n/nl";
import { layoutBars, type WeekCount } from "~/lib/groups/chart";
import { formatShortDay } from "~/lib/dates";

// Log entries per week as a server-rendered SVG bar chart; the same figures follow as a table.
export function ActivityChart({ weeks }: { weeks: WeekCount[] }) {
  const t = nl.groups.monitor;
  const total = weeks.reduce((sum, w) => sum + w.count, 0);
  if (total === 0) return <p>{t.noActivity}</p>;
  // A narrow drawing keeps the labels readable when a phone scales it down.
  const chart = layoutBars(weeks, 480, 200);
  const busiest = weeks.reduce((best, w) => (w.count > best.count ? w : best), weeks[0] ?? { week: "", count: 0 });
  const labelEvery = Math.max(1, Math.ceil(weeks.length / 6));
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${chart.width} ${chart.height}`} role="img" aria-labelledby="activiteit-titel activiteit-beschrijving" className="chart__svg">
        <title id="activiteit-titel">{t.activity}</title>
        <desc id="activiteit-beschrijving">{t.activityDesc(weeks.length, total, t.busiest(formatShortDay(busiest.week), busiest.count))}</desc>
        {chart.ticks.map((tick) => (
          <g key={tick.value}>
            <line x1={chart.plotLeft} x2={chart.width - 8} y1={tick.y} y2={tick.y} stroke="#c9d1d6" strokeWidth="1" />
            <text x={chart.plotLeft - 6} y={tick.y + 4} textAnchor="end" fontSize="14" fill="#4a5560">
              {tick.value}
            </text>
          </g>
        ))}
        {chart.bars.map((bar, i) => (
          <g key={bar.week}>
            <rect x={bar.x} y={bar.y} width={bar.width} height={bar.height} fill="#1d5c63" />
            {i % labelEvery === 0 ? (
              <text x={bar.x + bar.width / 2} y={chart.height - 10} textAnchor="middle" fontSize="13" fill="#4a5560">
                {formatShortDay(bar.week)}
              </text>
            ) : null}
          </g>
        ))}
      </svg>
      <details className="chart__table">
        <summary>{t.tableSummary}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.week}</th>
              <th scope="col">{t.logEntries}</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.week}>
                <td>{formatShortDay(w.week)}</td>
                <td>{w.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
