import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../common/scalars';

export enum ServiceForecastMethod {
  AUTO = 'AUTO',
  HOLT_WINTERS = 'HOLT_WINTERS',
  SEASONAL_NAIVE = 'SEASONAL_NAIVE',
}
registerEnumType(ServiceForecastMethod, {
  name: 'ServiceForecastMethod',
  description:
    'How daily case volume is forecast. HOLT_WINTERS: additive triple exponential smoothing with a weekly season (m = 7), α/β/γ fitted by minimising the one-step-ahead squared error on the history. ' +
    'SEASONAL_NAIVE: each day repeats the same weekday of the last week (the baseline). AUTO (input only): per channel, the method with the lower backtest MAPE on the last backtestDays days; a tie or an unmeasurable backtest keeps the simpler baseline.',
  valuesConfig: {
    AUTO: { description: 'Input only: per channel, the method with the lower backtest MAPE.' },
    HOLT_WINTERS: { description: 'Additive Holt-Winters, weekly season.' },
    SEASONAL_NAIVE: { description: 'Same weekday of the last week.' },
  },
});

export enum HandleTimeSource {
  CALL_DURATIONS = 'CALL_DURATIONS',
  DEFAULT = 'DEFAULT',
}
registerEnumType(HandleTimeSource, {
  name: 'HandleTimeSource',
  description: 'Where averageHandleTimeSeconds comes from.',
  valuesConfig: {
    CALL_DURATIONS: { description: "History: per case of the channel in the history window, the sum of callDurationInSeconds of its Call tasks; averaged over the cases that have any." },
    DEFAULT: { description: 'No call time was logged on the channel\'s cases in the history window: a default per channel (Phone 360 s, Chat 420 s, Email/Web 480 s, Social 300 s).' },
  },
});

export enum ServiceForecastMethodRule {
  LOWER_BACKTEST_ERROR = 'LOWER_BACKTEST_ERROR',
  BASELINE_NOT_BEATEN = 'BASELINE_NOT_BEATEN',
  NOT_MEASURABLE = 'NOT_MEASURABLE',
  SHORT_HISTORY = 'SHORT_HISTORY',
  REQUESTED = 'REQUESTED',
}
registerEnumType(ServiceForecastMethodRule, {
  name: 'ServiceForecastMethodRule',
  description: 'The rule that chose a channel\'s method (methodReason says it in words).',
  valuesConfig: {
    LOWER_BACKTEST_ERROR: { description: 'AUTO: Holt-Winters had the lower backtest MAPE.' },
    BASELINE_NOT_BEATEN: { description: 'AUTO: Holt-Winters did not beat seasonal naive\'s backtest MAPE (a tie keeps the baseline).' },
    NOT_MEASURABLE: { description: 'AUTO: neither backtest MAPE could be measured (no non-zero day in the holdout): the simpler baseline.' },
    SHORT_HISTORY: { description: 'Fewer than 14 days of history: Holt-Winters cannot start, so seasonal naive.' },
    REQUESTED: { description: 'The method was given in the input.' },
  },
});

@InputType({ description: 'A planned spike: the forecast of the days from..to (inclusive) is multiplied by factor.' })
export class ServiceForecastSpikeInput {
  @Field(() => DateScalar, { description: 'First day of the spike (inclusive).' }) from: string;
  @Field(() => DateScalar, { description: 'Last day of the spike (inclusive).' }) to: string;
  @Field(() => String, { nullable: true, description: 'The channel (case origin) affected; null = every channel.' }) channel?: string | null;
  @Field(() => Float, { description: 'Multiplier on the forecast volume, > 0 and ≤ 10: 1.4 = +40 % (a product launch), 0.5 = half.' }) factor: number;
}

@InputType({ description: 'What to forecast and the service level to staff for.' })
export class ServiceForecastInput {
  @Field(() => Int, { nullable: true, defaultValue: 30, description: 'Days to forecast, from today: 1..90 (default 30).' }) horizonDays?: number;
  @Field(() => String, { nullable: true, description: 'One channel (case origin: Phone, Email, Web, Chat, Social); null = all.' }) channel?: string | null;
  @Field(() => ServiceForecastMethod, { nullable: true, defaultValue: ServiceForecastMethod.AUTO, description: 'Forecast method (default AUTO).' }) method?: ServiceForecastMethod;
  @Field(() => [ServiceForecastSpikeInput], { nullable: true, description: 'Planned spikes applied to the forecast (at most 20).' }) spikes?: ServiceForecastSpikeInput[] | null;
  @Field(() => Float, { nullable: true, defaultValue: 0.8, description: 'Target service level: the share of cases answered within targetAnswerSeconds, 0.01..0.999 (default 0.8).' }) serviceLevelTarget?: number;
  @Field(() => Int, { nullable: true, description: 'Answer target in seconds, 1..604800, for every channel. Default per channel: Phone 20 s, Chat 30 s, Email/Web/Social 3600 s (1 hour).' }) targetAnswerSeconds?: number | null;
  @Field(() => Float, { nullable: true, defaultValue: 8, description: "The channel's working hours per day, 0.5..24 (default 8): the day's volume arrives evenly over them." }) workingHoursPerDay?: number;
  @Field(() => Int, { nullable: true, defaultValue: 365, description: 'Days of history the model is fitted on, 28..1095 (default 365), ending yesterday.' }) historyDays?: number;
  @Field(() => Int, { nullable: true, defaultValue: 56, description: 'How many of the latest history days to return in history (0..1095, default 56).' }) historyPoints?: number;
  @Field(() => Int, { nullable: true, defaultValue: 28, description: 'Backtest holdout: the last N history days, 7..90 (default 28).' }) backtestDays?: number;
}

@ObjectType({ description: 'Cases created on one day (UTC) through one channel.' })
export class ServiceVolumePoint {
  @Field(() => DateScalar, { description: 'The day (UTC).' }) date: string;
  @Field(() => Int, { description: 'Cases created that day with this origin, among those the caller may see (0 on days without any).' }) volume: number;
}

@ObjectType({ description: 'The forecast case volume of one channel and day.' })
export class ServiceForecastPoint {
  @Field(() => DateScalar, { description: 'The day (UTC).' }) date: string;
  @Field(() => Float, { description: 'Forecast cases created that day, before spikes (never below 0).' }) volume: number;
  @Field(() => Float, { nullable: true, description: 'Lower end of the approximate 95 % prediction interval (from the one-step error spread), before spikes.' }) lower: number | null;
  @Field(() => Float, { nullable: true, description: 'Upper end of the approximate 95 % prediction interval, before spikes.' }) upper: number | null;
  @Field(() => Float, { description: 'The product of the factors of the spikes covering the day (1 = none).' }) spikeFactor: number;
  @Field(() => Float, { description: 'volume × spikeFactor: what staffing is computed for.' }) adjustedVolume: number;
}

@ObjectType({ description: 'Erlang C staffing of one channel and day.' })
export class ServiceStaffingDay {
  @Field(() => DateScalar, { description: 'The day (UTC).' }) date: string;
  @Field(() => Int, { description: 'Smallest number of agents working the channel during its working hours whose Erlang C service level reaches the target (0 when no case is expected).' }) agentsNeeded: number;
  @Field(() => Float, { description: 'Traffic in Erlangs: adjustedVolume / (workingHoursPerDay × 3600 s) × averageHandleTimeSeconds.' }) trafficErlangs: number;
  @Field(() => Float, { description: 'Achieved service level with agentsNeeded: 1 − P(wait)·e^{−(N − A)·t / AHT}, t = targetAnswerSeconds.' }) serviceLevel: number;
  @Field(() => Float, { description: 'Erlang C probability that a case waits for an agent, with agentsNeeded.' }) probabilityOfWaiting: number;
  @Field(() => Float, { description: 'Occupancy: traffic / agentsNeeded, the share of agent time spent handling cases (0 without agents).' }) occupancy: number;
}

@ObjectType({ description: 'The forecast of one channel (case origin): method, backtest error, history, forecast and staffing.' })
export class ServiceChannelForecast {
  @Field({ description: 'The channel: a case origin.' }) channel: string;
  @Field(() => ServiceForecastMethod, { description: 'The method used for this channel (never AUTO).' }) method: ServiceForecastMethod;
  @Field(() => ServiceForecastMethodRule, { description: 'The rule that chose the method.' }) methodRule: ServiceForecastMethodRule;
  @Field({ description: 'Why this method, in English: the rule applied and both backtest errors.' }) methodReason: string;
  @Field(() => Float, { nullable: true, description: 'Backtest error of the method used: MAPE in percent, 100 · mean(|actual − forecast| / actual) over the holdout days with a non-zero actual (zero days have no percentage error and are left out); null when the holdout has no non-zero day or the history is too short.' }) mape: number | null;
  @Field(() => Float, { nullable: true, description: 'Backtest MAPE (percent, non-zero days) of Holt-Winters; null when not measurable.' }) holtWintersMape: number | null;
  @Field(() => Float, { nullable: true, description: 'Backtest MAPE (percent, non-zero days) of seasonal naive; null when not measurable.' }) seasonalNaiveMape: number | null;
  @Field(() => Float, { nullable: true, description: 'Fitted Holt-Winters level smoothing α (null for seasonal naive).' }) alpha: number | null;
  @Field(() => Float, { nullable: true, description: 'Fitted Holt-Winters trend smoothing β (null for seasonal naive).' }) beta: number | null;
  @Field(() => Float, { nullable: true, description: 'Fitted Holt-Winters seasonal smoothing γ (null for seasonal naive).' }) gamma: number | null;
  @Field(() => Int, { description: 'Cases of the channel in the whole history window.' }) historyTotal: number;
  @Field(() => [ServiceVolumePoint], { description: 'The latest historyPoints days of history, oldest first, zero days included.' }) history: ServiceVolumePoint[];
  @Field(() => [ServiceForecastPoint], { description: 'One point per forecast day, from today.' }) forecast: ServiceForecastPoint[];
  @Field(() => Float, { description: 'Average handle time per case in seconds (see handleTimeSource).' }) averageHandleTimeSeconds: number;
  @Field(() => HandleTimeSource, { description: 'Where averageHandleTimeSeconds comes from: CALL_DURATIONS (history) or DEFAULT (no call time logged).' }) handleTimeSource: HandleTimeSource;
  @Field(() => Int, { description: 'Cases whose call time went into averageHandleTimeSeconds (0 with DEFAULT).' }) handleTimeSampleSize: number;
  @Field(() => Int, { description: 'The answer target (seconds) the staffing meets for this channel.' }) targetAnswerSeconds: number;
  @Field(() => [ServiceStaffingDay], { description: 'Agents needed per forecast day (Erlang C on adjustedVolume).' }) staffing: ServiceStaffingDay[];
}

@ObjectType({ description: 'Daily case volume forecast per channel with backtest error and Erlang C staffing. Scoped to the cases the caller may see (admins and executives: the whole organisation).' })
export class ServiceForecast {
  @Field(() => DateScalar, { description: 'Today: the first forecast day. History ends the day before.' }) asOfDate: string;
  @Field(() => DateScalar, { description: 'First day of the history the models were fitted on.' }) historyFrom: string;
  @Field(() => Int, { description: 'Backtest holdout length (days).' }) backtestDays: number;
  @Field(() => Float, { description: 'Target service level used (0..1).' }) serviceLevelTarget: number;
  @Field(() => Float, { description: 'Working hours per day used for the arrival rate.' }) workingHoursPerDay: number;
  @Field(() => [ServiceChannelForecast], { description: 'One entry per channel, in the order Phone, Email, Web, Chat, Social (or the one asked for).' }) channels: ServiceChannelForecast[];
}
