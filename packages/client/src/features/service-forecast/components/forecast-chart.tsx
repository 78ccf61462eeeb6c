// Loaded lazily (React.lazy in the route): recharts must stay out of the first-load bundle.
import { Area, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

import { useServiceForecastT } from '../i18n';
import type { ChartRow } from '../utils/forecast-data';

const shortDate = (iso: string) => iso.slice(5);

/** History (solid), forecast (dashed), forecast with spikes and the 95 % interval of one channel. */
export default function ForecastChart({ rows, adjusted, label }: { rows: ChartRow[]; adjusted: boolean; label: string }) {
  const t = useServiceForecastT();
  return (
    <div style={{ width: '100%', height: 280 }} role="img" aria-label={label} data-testid="service-forecast-chart">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e5e7eb" />
          <XAxis dataKey="date" tickFormatter={shortDate} minTickGap={24} fontSize={12} />
          <YAxis allowDecimals={false} fontSize={12} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Area dataKey="range" name={t('chart.interval')} stroke="none" fill="#93c5fd" fillOpacity={0.35} isAnimationActive={false} />
          <Line dataKey="actual" name={t('chart.history')} stroke="#1f2937" dot={false} strokeWidth={1.5} isAnimationActive={false} />
          <Line dataKey="forecast" name={t('chart.forecast')} stroke="#2563eb" strokeDasharray="5 3" dot={false} strokeWidth={2} isAnimationActive={false} />
          {adjusted && <Line dataKey="adjusted" name={t('chart.adjusted')} stroke="#dc2626" dot={false} strokeWidth={2} isAnimationActive={false} />}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
