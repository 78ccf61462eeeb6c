import { useMutation, useQuery } from '@apollo/client/react';

import {
  AdjustForecastDocument,
  DeleteForecastingAdjustmentDocument,
  ForecastGridDocument,
  ForecastingTypesDocument,
  type ForecastGridInput,
} from '@/gql/graphql';

/** The active forecasting types and the grid of the chosen one (the first of the hierarchy by default). */
export function useForecastGrid(input: ForecastGridInput) {
  const types = useQuery(ForecastingTypesDocument);
  const grid = useQuery(ForecastGridDocument, { variables: { input }, fetchPolicy: 'cache-and-network' });
  const data = grid.data ?? grid.previousData;
  return {
    types: types.data?.forecastingTypes.nodes ?? [],
    grid: data?.forecastGrid,
    loading: grid.loading && !data,
    error: grid.error,
  };
}

/** Saving or removing an adjustment refetches the grid (every row above the item changes too). */
export function useAdjustForecast() {
  const refetchQueries = [ForecastGridDocument];
  const [adjust, adjustState] = useMutation(AdjustForecastDocument, { refetchQueries, awaitRefetchQueries: true });
  const [remove, removeState] = useMutation(DeleteForecastingAdjustmentDocument, { refetchQueries, awaitRefetchQueries: true });
  return { adjust, remove, saving: adjustState.loading || removeState.loading };
}
