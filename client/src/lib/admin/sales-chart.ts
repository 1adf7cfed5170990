/**
 * Geometry and words for the dashboard's sales chart: a bar per day on a scale with round steps,
 * drawn as plain SVG by SalesChart.svelte. Values are integers (tickets, or money in minor units), so
 * every step is a whole number and money never passes through a float division for display.
 */

export interface ChartPoint {
  /** The day, YYYY-MM-DD. */
  day: string;
  /** Integer amount: tickets, or minor units of one currency. */
  value: number;
}

export interface ChartBar {
  point: ChartPoint;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Short day label ("24 Nov"), or null where labels would crowd each other. */
  label: string | null;
}

export interface ChartTick {
  value: number;
  y: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  /** The plotting area, inside the margins left for the axis labels. */
  plot: { left: number; top: number; right: number; bottom: number };
  /** Top of the scale: a whole number of steps, at least one step. */
  max: number;
  ticks: ChartTick[];
  bars: ChartBar[];
}

export interface LayoutOptions {
  width?: number;
  height?: number;
  /** Room on the left for tick labels. */
  marginLeft?: number;
  /** About how many steps the scale should have. */
  targetSteps?: number;
  /** At most this many day labels along the bottom. */
  maxLabels?: number;
}

/** The smallest of 1, 2, 5, 10, 20, 50 … that is at least `rough` (and at least 1). */
export function roundStep(rough: number): number {
  if (!(rough > 1)) return 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  for (const factor of [1, 2, 5, 10]) {
    if (factor * power >= rough) return factor * power;
  }
  return 10 * power;
}

/** "2026-11-24" -> "24 Nov" (the day as named, whatever zone the viewer is in). */
export function shortDay(day: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

/** Lays out one bar per point, in order, on a scale from 0 with round steps. */
export function chartLayout(points: readonly ChartPoint[], options: LayoutOptions = {}): ChartLayout {
  const width = options.width ?? 480;
  const height = options.height ?? 200;
  const targetSteps = options.targetSteps ?? 4;
  const maxLabels = options.maxLabels ?? 6;
  // The right margin leaves room for half of the newest day's label, centred under its bar.
  const plot = { left: options.marginLeft ?? 72, top: 12, right: width - 24, bottom: height - 28 };

  const highest = Math.max(0, ...points.map((point) => point.value));
  const step = roundStep(highest / targetSteps);
  const max = Math.max(step, Math.ceil(highest / step) * step);
  const plotHeight = plot.bottom - plot.top;
  const yOf = (value: number) => plot.bottom - (value / max) * plotHeight;

  const ticks: ChartTick[] = [];
  for (let value = 0; value <= max; value += step) ticks.push({ value, y: yOf(value) });

  const slot = points.length ? (plot.right - plot.left) / points.length : 0;
  const gap = Math.min(4, slot * 0.2);
  // Every n-th day is labelled, counted back from the last (today) so the newest day always is.
  const every = Math.max(1, Math.ceil(points.length / maxLabels));
  const bars = points.map((point, index): ChartBar => {
    const top = yOf(Math.max(0, point.value));
    return {
      point,
      x: plot.left + index * slot + gap / 2,
      y: top,
      width: Math.max(1, slot - gap),
      height: plot.bottom - top,
      label: (points.length - 1 - index) % every === 0 ? shortDay(point.day) : null,
    };
  });
  return { width, height, plot, max, ticks, bars };
}

/** One sentence that says what the chart shows, for screen readers (the chart's description). */
export function chartSummary(points: readonly ChartPoint[], format: (value: number) => string): string {
  if (!points.length) return 'No days to show.';
  const first = shortDay(points[0].day);
  const last = shortDay(points[points.length - 1].day);
  const total = points.reduce((sum, point) => sum + point.value, 0);
  if (total === 0) return `${first} to ${last}: nothing sold.`;
  const best = points.reduce((top, point) => (point.value > top.value ? point : top));
  return `${first} to ${last}: ${format(total)} in total; the most, ${format(best.value)}, on ${shortDay(best.day)}.`;
}
