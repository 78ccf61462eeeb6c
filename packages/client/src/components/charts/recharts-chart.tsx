import { Bar, BarChart, Cell, Line, LineChart, Pie, PieChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

import { CHART_COLORS, type ChartModel, type ChartPoint } from './chart-types';

interface Props {
  model: ChartModel;
  format: (n: number) => string;
  height: number;
  onSelect?: (point: ChartPoint | null) => void;
}

/** Bar, column, line and donut with recharts (a lazy chunk, see chart.tsx). No animation: live updates redraw at once. */
export default function RechartsChart({ model, format, height, onSelect }: Props) {
  const data = model.points.map((p, i) => ({ ...p, index: i, color: CHART_COLORS[i % CHART_COLORS.length] }));
  const select = (index: unknown) => {
    if (onSelect && typeof index === 'number' && model.points[index]) onSelect(model.points[index]);
  };
  const cursor = onSelect ? 'pointer' : undefined;
  const tooltip = <Tooltip formatter={(v) => format(Number(v))} />;
  const tick = { fontSize: 12 };
  const short = (label: string) => {
    const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(label);
    if (day) {
      const d = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
      return d.toLocaleDateString(undefined, day[3] === '01' ? { month: 'short', year: '2-digit', timeZone: 'UTC' } : { month: 'short', day: 'numeric', timeZone: 'UTC' });
    }
    return label.length > 14 ? `${label.slice(0, 13)}…` : label;
  };

  let chart;
  if (model.type === 'LINE') {
    chart = (
      <LineChart data={data} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
        <XAxis dataKey="label" tick={tick} tickFormatter={short} />
        <YAxis tick={tick} tickFormatter={(v: number) => format(v)} width={56} />
        {tooltip}
        <Line type="monotone" isAnimationActive={false} dataKey="value" stroke={CHART_COLORS[0]} strokeWidth={2} dot={{ r: 3 }} activeDot={{ r: 6, cursor, onClick: (_e: unknown, p: unknown) => select((p as { index?: number })?.index) }} />
      </LineChart>
    );
  } else if (model.type === 'DONUT') {
    chart = (
      <PieChart>
        {tooltip}
        <Pie data={data} dataKey="value" nameKey="label" innerRadius="55%" outerRadius="85%" isAnimationActive={false} onClick={(_d: unknown, i: number) => select(i)} style={{ cursor }}>
          {data.map((d) => (
            <Cell key={d.index} fill={d.color} />
          ))}
        </Pie>
      </PieChart>
    );
  } else if (model.type === 'BAR') {
    // Horizontal bars: long labels read on a phone.
    chart = (
      <BarChart data={data} layout="vertical" margin={{ top: 4, right: 12, bottom: 0, left: 0 }}>
        <XAxis type="number" tick={tick} tickFormatter={(v: number) => format(v)} />
        <YAxis type="category" dataKey="label" tick={tick} tickFormatter={short} width={96} />
        {tooltip}
        <Bar dataKey="value" fill={CHART_COLORS[0]} isAnimationActive={false} onClick={(_d: unknown, i: number) => select(i)} style={{ cursor }} />
      </BarChart>
    );
  } else {
    chart = (
      <BarChart data={data} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
        <XAxis dataKey="label" tick={tick} tickFormatter={short} />
        <YAxis tick={tick} tickFormatter={(v: number) => format(v)} width={56} />
        {tooltip}
        <Bar dataKey="value" fill={CHART_COLORS[0]} isAnimationActive={false} onClick={(_d: unknown, i: number) => select(i)} style={{ cursor }} />
      </BarChart>
    );
  }
  return (
    <ResponsiveContainer width="100%" height={height}>
      {chart}
    </ResponsiveContainer>
  );
}
