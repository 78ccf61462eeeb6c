import type { ComponentType } from 'react';

import type { RecordSlots } from '@/types/record-slots';

/** Gives a record page the groups feature's posts that mention the record (its `renderPosts` slot). */
export async function withRecordPosts(loadPage: () => Promise<ComponentType<RecordSlots>>): Promise<ComponentType<RecordSlots>> {
  const [Page, { RecordPosts }] = await Promise.all([loadPage(), import('@/features/groups/components/record-posts')]);
  return function PageWithRecordPosts(props: RecordSlots) {
    return <Page {...props} renderPosts={(record) => <RecordPosts record={record} />} />;
  };
}
