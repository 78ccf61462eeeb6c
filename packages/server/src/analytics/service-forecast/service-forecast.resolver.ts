import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../api/request-context';
import { serviceForecast } from './service-forecast.service';
import { ServiceForecast, ServiceForecastInput } from './service-forecast.types';

@Resolver()
export class ServiceForecastResolver {
  @Query(() => ServiceForecast, {
    description:
      'Service forecasting: daily case volume per channel (case origin) for the next horizonDays from the history of the cases the caller may see, ' +
      'by Holt-Winters or seasonal naive (AUTO: the lower backtest MAPE per channel), planned spikes applied, and the agents needed per channel and day (Erlang C) for the target service level.',
  })
  serviceForecast(@Arg('input', () => ServiceForecastInput, { nullable: true }) input: ServiceForecastInput | null, @Ctx() ctx: RequestContext): Promise<ServiceForecast> {
    return serviceForecast(ctx, input ?? {});
  }
}

/** Registered in api/resolvers.ts. */
export const serviceForecastResolvers: Function[] = [ServiceForecastResolver];
