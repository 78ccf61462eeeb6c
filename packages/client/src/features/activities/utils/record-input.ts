import type { EventFilter, TaskFilter } from '@/gql/graphql';
import type { RecordRef } from '@/types/record-slots';

/** Who/what ids of a new task on this record (a lead allows no related record). */
export interface ActivityLinks {
  contactId?: string;
  leadId?: string;
  accountId?: string;
  opportunityId?: string;
  caseId?: string;
}

export function activityLinks(record: RecordRef): ActivityLinks {
  switch (record.objectType) {
    case 'Lead':
      return { leadId: record.whoId ?? record.id };
    case 'Contact':
      return { contactId: record.whoId ?? record.id, ...(record.whatId ? { accountId: record.whatId } : {}) };
    case 'Account':
      return { accountId: record.id, ...(record.whoId ? { contactId: record.whoId } : {}) };
    case 'Opportunity':
      return { opportunityId: record.id, ...(record.whoId ? { contactId: record.whoId } : {}) };
    case 'Case':
      return { caseId: record.id, ...(record.whoId ? { contactId: record.whoId } : {}) };
  }
}

/** The filter that selects a record's activities (an account's include its contacts'). */
export function recordFilter(record: RecordRef): TaskFilter & EventFilter {
  const eq = { eq: record.id };
  switch (record.objectType) {
    case 'Lead':
      return { leadId: eq };
    case 'Contact':
      return { contactId: eq };
    case 'Account':
      return { accountId: eq };
    case 'Opportunity':
      return { opportunityId: eq };
    case 'Case':
      return { caseId: eq };
  }
}

/** Today as YYYY-MM-DD in the device's time zone. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
