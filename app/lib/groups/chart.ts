// Geometry for the monitor's weekly activity chart: pure, so the SVG component stays dumb.
import { addDays, weekStart } from "~/lib/dates";

export interface WeekCount {
  week: string; // Monday, "YYYY-MM-DD"
  count: number;
}

// Fills in weeks without log entries between the first and last week, keeping at most `maxWeeks`.
export function fillWeeks(counts: WeekCount[], from: string, to: string, maxWeeks = 26): WeekCount[] {
  const byWeek = new Map(counts.map((c) => [c.week, c.count]));
  const last = weekStart(to);
  let first = weekStart(from);
  const earliest = addDays(last, -7 * (maxWeeks - 1));
  if (first < earliest) first = earliest;
  const weeks: WeekCount[] = [];
  for (let week = first; week <= last; week = addDays(week, 7)) weeks.push({ week, count: byWeek.get(week) ?? 0 });
  return weeks;
}

export interface Bar {
  week: string;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  plotTop: number;
  plotBottom: number;
  plotLeft: number;
  max: number;
  ticks: { value: number; y: number }[];
  bars: Bar[];
}

// A "nice" axis maximum: 1, 2, 5 or 10 times a power of ten, at least 1.
export function niceMax(value: number): number {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

export function layoutBars(weeks: WeekCount[], width = 640, height = 220): ChartLayout {
  const plotLeft = 36;
  const plotTop = 12;
  const plotBottom = height - 28;
  const plotWidth = width - plotLeft - 8;
  const max = niceMax(Math.max(0, ...weeks.map((w) => w.count)));
  const slot = weeks.length > 0 ? plotWidth / weeks.length : plotWidth;
  const barWidth = Math.max(2, slot * 0.7);
  const scale = (plotBottom - plotTop) / max;
  const bars = weeks.map((w, i) => {
    const h = w.count * scale;
    return { week: w.week, count: w.count, x: round(plotLeft + i * slot + (slot - barWidth) / 2), y: round(plotBottom - h), width: round(barWidth), height: round(h) };
  });
  const ticks = [0, max / 2, max].filter((v, i, all) => Number.isInteger(v) && all.indexOf(v) === i).map((value) => ({ value, y: round(plotBottom - value * scale) }));
  return { width, height, plotTop, plotBottom, plotLeft, max, ticks, bars };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
