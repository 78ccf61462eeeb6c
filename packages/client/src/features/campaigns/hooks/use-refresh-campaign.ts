import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';

import { CampaignMembersDocument, CampaignStatisticsDocument } from '@/gql/graphql';

export interface RefreshOptions {
  /** The campaign's statistics and its ancestors' roll-ups (not needed when a mutation returned them). */
  stats?: boolean;
  /** The member lists on screen (rows, total, paging). */
  members?: boolean;
}

/**
 * Brings what a change of members affects up to date. The statistics land in the normalised
 * cache, so the page and the tree (ancestors' roll-ups) both show the new numbers.
 */
export function useRefreshCampaign(campaignId: string) {
  const client = useApolloClient();
  return useCallback(
    async ({ stats = false, members = false }: RefreshOptions) => {
      const work: Promise<unknown>[] = [];
      if (stats) {
        work.push(client.query({ query: CampaignStatisticsDocument, variables: { id: campaignId }, fetchPolicy: 'network-only' }));
      }
      if (members) work.push(client.refetchQueries({ include: [CampaignMembersDocument] }));
      await Promise.allSettled(work);
    },
    [client, campaignId],
  );
}
