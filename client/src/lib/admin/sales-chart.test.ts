import { describe, expect, test } from '@jest/globals';
import { chartLayout, chartSummary, roundStep, shortDay, type ChartPoint } from './sales-chart';

function days(values: number[], start = '2026-11-01'): ChartPoint[] {
  const first = Date.parse(`${start}T00:00:00Z`);
  return values.map((value, index) => ({
    day: new Date(first + index * 86_400_000).toISOString().slice(0, 10),
    value,
  }));
}

describe('roundStep', () => {
  test('rounds up to 1, 2 or 5 times a power of ten, never below 1', () => {
    expect([0, 0.3, 1, 1.2, 2, 3, 4.9, 7, 12, 240, 2_001, 50_000].map(roundStep)).toEqual([
      1, 1, 1, 2, 2, 5, 5, 10, 20, 500, 5_000, 50_000,
    ]);
  });
});

describe('chartLayout', () => {
  test('the scale ends on a whole number of round steps above the highest day', () => {
    const layout = chartLayout(days([0, 3, 1]));
    expect(layout.max).toBe(3);
    expect(layout.ticks.map((tick) => tick.value)).toEqual([0, 1, 2, 3]);

    const money = chartLayout(days([2550, 9800, 0]));
    expect(money.max).toBe(10_000);
    expect(money.ticks.map((tick) => tick.value)).toEqual([0, 5_000, 10_000]);
  });

  test('bars stand on the baseline, heights proportional to their values', () => {
    const layout = chartLayout(days([0, 2, 4]), { width: 400, height: 200 });
    const [empty, half, full] = layout.bars;
    expect(empty.height).toBe(0);
    expect(full.y).toBe(layout.plot.top);
    expect(full.y + full.height).toBe(layout.plot.bottom);
    expect(half.height).toBeCloseTo(full.height / 2);
    // In order from left to right, inside the plot, not overlapping.
    expect(empty.x).toBeGreaterThanOrEqual(layout.plot.left);
    expect(half.x).toBeGreaterThanOrEqual(empty.x + empty.width);
    expect(full.x + full.width).toBeLessThanOrEqual(layout.plot.right);
  });

  test('a month with no sales still has a scale (0 to 1) and flat bars', () => {
    const layout = chartLayout(days(new Array(30).fill(0)));
    expect(layout.max).toBe(1);
    expect(layout.bars.every((bar) => bar.height === 0 && bar.width > 0)).toBe(true);
  });

  test('thirty days get a few labels, always including the newest day', () => {
    const layout = chartLayout(days(new Array(30).fill(1)), { maxLabels: 6 });
    const labels = layout.bars.map((bar) => bar.label).filter(Boolean);
    expect(labels.length).toBeLessThanOrEqual(6);
    expect(layout.bars[29].label).toBe('30 Nov');
    expect(chartLayout(days([1, 2])).bars.map((bar) => bar.label)).toEqual(['1 Nov', '2 Nov']);
  });

  test('no points: no bars', () => {
    expect(chartLayout([]).bars).toEqual([]);
  });
});

describe('chartSummary', () => {
  const tickets = (value: number) => `${value} tickets`;

  test('names the span, the total and the best day', () => {
    expect(chartSummary(days([1, 5, 2], '2026-11-22'), tickets)).toBe(
      '22 Nov to 24 Nov: 8 tickets in total; the most, 5 tickets, on 23 Nov.',
    );
  });

  test('says plainly when nothing sold', () => {
    expect(chartSummary(days([0, 0]), tickets)).toBe('1 Nov to 2 Nov: nothing sold.');
    expect(chartSummary([], tickets)).toBe('No days to show.');
  });

  test('day names do not move with the viewer’s zone', () => {
    expect(shortDay('2026-03-29')).toBe('29 Mar');
  });
});
