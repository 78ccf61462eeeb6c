import { registerEnumType } from 'type-graphql';

/** Visualisation of a report chart or a dashboard component. */
export enum ChartType {
  METRIC = 'METRIC',
  GAUGE = 'GAUGE',
  BAR = 'BAR',
  COLUMN = 'COLUMN',
  LINE = 'LINE',
  DONUT = 'DONUT',
  TABLE = 'TABLE',
  FUNNEL = 'FUNNEL',
  LEADERBOARD = 'LEADERBOARD',
}

registerEnumType(ChartType, {
  name: 'ChartType',
  description: 'How a report chart or dashboard component is drawn.',
  valuesConfig: {
    METRIC: { description: 'One big number.' },
    GAUGE: { description: 'One number against ranges or a target.' },
    BAR: { description: 'Horizontal bars, one per group.' },
    COLUMN: { description: 'Vertical columns, one per group (stacked when grouped across).' },
    LINE: { description: 'A line over date buckets.' },
    DONUT: { description: 'Share of each group in the total.' },
    TABLE: { description: 'Rows and columns.' },
    FUNNEL: { description: 'Stages in order, narrowing.' },
    LEADERBOARD: { description: 'Ranked list of people or groups by a measure.' },
  },
});
