import type { RecordSlots } from '@/types/record-slots';

import { ActivityTimeline } from './activity-timeline';
import { RecordQuickActions } from './record-quick-actions';

/** What the router passes to record pages: this feature's quick actions and timeline. */
export const activitySlots: Required<Pick<RecordSlots, 'renderQuickActions' | 'renderTimeline'>> = {
  renderQuickActions: (record) => <RecordQuickActions key={`${record.objectType}:${record.id}`} record={record} />,
  renderTimeline: (record) => <ActivityTimeline key={`${record.objectType}:${record.id}`} record={record} />,
};
