import type { ComponentType } from 'react';

import type { RecordSlots } from '@/types/record-slots';

/**
 * A lazy route for a record page with the activities feature's quick actions and timeline:
 * the page and those parts load together, and the page gets them as its slots.
 */
export async function withActivitySlots(loadPage: () => Promise<ComponentType<RecordSlots>>) {
  const [Page, { activitySlots }] = await Promise.all([
    loadPage(),
    import('@/features/activities/components/record-activity-slots'),
  ]);
  return { Component: () => <Page {...activitySlots} /> };
}
