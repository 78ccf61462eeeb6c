import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';

import { ActivityTimelineDocument } from '@/gql/graphql';
import type { RecordRef } from '@/types/record-slots';

import { recordFilter } from '../utils/record-input';
import { fromEvent, fromTask, mergeSorted } from '../utils/timeline-items';

export const UPCOMING_PAGE = 5;
export const PAST_PAGE = 10;

/** A record's timeline: one query; "show more" asks for a longer first page of each list. */
export function useActivityTimeline(record: RecordRef) {
  const [upcomingFirst, setUpcomingFirst] = useState(UPCOMING_PAGE);
  const [pastFirst, setPastFirst] = useState(PAST_PAGE);
  // Fixed per record, so that re-renders do not change the variables (and refetch).
  const now = useMemo(() => new Date().toISOString(), [record.objectType, record.id]);

  const variables = useMemo(() => {
    const base = recordFilter(record);
    return {
      openTasks: { ...base, isClosed: { eq: false } },
      pastTasks: { ...base, isClosed: { eq: true } },
      upcomingEvents: { ...base, endDateTime: { after: now } },
      pastEvents: { ...base, endDateTime: { before: now } },
      upcomingFirst,
      pastFirst,
    };
  }, [record.objectType, record.id, now, upcomingFirst, pastFirst]);

  const query = useQuery(ActivityTimelineDocument, { variables, fetchPolicy: 'cache-and-network' });
  const data = query.data ?? query.previousData;

  const result = useMemo(() => {
    if (!data) return null;
    const upcomingTotal = data.openTasks.totalCount + data.upcomingEvents.totalCount;
    const pastTotal = data.pastTasks.totalCount + data.pastEvents.totalCount;
    const upcoming = mergeSorted(data.openTasks.nodes.map(fromTask), data.upcomingEvents.nodes.map(fromEvent), 'asc', upcomingFirst);
    const past = mergeSorted(data.pastTasks.nodes.map(fromTask), data.pastEvents.nodes.map(fromEvent), 'desc', pastFirst);
    return { upcoming, past, upcomingTotal, pastTotal };
  }, [data, upcomingFirst, pastFirst]);

  return {
    ...result,
    loading: query.loading,
    error: query.error,
    refetch: () => query.refetch(),
    moreUpcoming: () => setUpcomingFirst((n) => n + UPCOMING_PAGE * 2),
    morePast: () => setPastFirst((n) => n + PAST_PAGE),
  };
}
