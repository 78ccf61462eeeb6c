// 12,000 tasks (to-dos, calls, emails) and 5,000 events over two years on opportunities, accounts,
// leads and cases, owned by the record owners, mostly on working days.
import { Event } from '../activities/event.entity';
import { Task } from '../activities/task.entity';
import { bulkInsert, type Row, type SeedContext } from './context';
import { addMinutes, type Rng } from './random';
import { HISTORY_DAYS, onWorkday } from './seasons';

const TASKS = 12_000;
const EVENTS = 5_000;
type Kind = 'opportunity' | 'account' | 'lead' | 'case';

/** What an activity is about and who owns it; `from`..`to` is the window its date falls in (days from the anchor). */
interface Link {
  kind: Kind;
  ownerId: string;
  contactId: string | null;
  leadId: string | null;
  accountId: string | null;
  opportunityId: string | null;
  caseId: string | null;
  from: number;
  to: number;
  place: string | null;
}

/** Lookups built once per step. */
function pools(ctx: SeedContext) {
  const byId = new Map(ctx.accounts.map((a) => [a.id, a]));
  return { ctx, accountOf: (id: string) => byId.get(id)!, withContacts: ctx.accounts.filter((a) => a.contacts.length), openLeads: ctx.leads.filter((l) => !l.convertedContactId) };
}

function link(r: Rng, { ctx, accountOf, withContacts, openLeads }: ReturnType<typeof pools>, kind: Kind): Link {
  const none = { contactId: null, leadId: null, accountId: null, opportunityId: null, caseId: null, place: null };
  if (kind === 'opportunity') {
    const o = r.pick(ctx.opportunities);
    const a = accountOf(o.accountId);
    const contactId = o.contactId ?? (a.contacts.length ? r.pick(a.contacts).id : null);
    const [from, to] = o.isClosed ? [o.createdDays, o.closeDays] : [Math.max(o.createdDays, -60), 45];
    return { ...none, kind, ownerId: o.ownerId, contactId, accountId: a.id, opportunityId: o.id, from, to, place: `${a.name}, ${a.city}` };
  }
  if (kind === 'account') {
    const a = r.pick(withContacts);
    return { ...none, kind, ownerId: a.ownerId, contactId: r.pick(a.contacts).id, accountId: a.id, from: Math.max(-HISTORY_DAYS, a.createdDays), to: 45, place: `${a.name}, ${a.city}` };
  }
  if (kind === 'lead') {
    const l = r.pick(openLeads);
    return { ...none, kind, ownerId: l.ownerId, leadId: l.id, from: l.createdDays, to: Math.min(l.createdDays + 60, 30) };
  }
  const c = r.pick(ctx.cases);
  return { ...none, kind, ownerId: c.ownerId, contactId: c.contactId, accountId: c.accountId, caseId: c.id, from: c.createdDays, to: Math.min(c.createdDays + 14, 0) };
}

/** A day in the link's window, moved off the weekend mostly. */
const dayIn = (r: Rng, ctx: SeedContext, l: Link) => onWorkday(r, ctx.dates, r.int(l.from, Math.max(l.from, l.to)), l.from, Math.max(l.from, l.to));

const base = (r: Rng, ctx: SeedContext, l: Link, subject: string, type: string, day: number, created: Date) => ({
  id: r.uuid(), orgId: ctx.orgId, ownerId: l.ownerId, subject, type, activityDate: ctx.dates.isoDate(day),
  description: r.chance(0.15) ? r.pick(['Discussed timeline and budget.', 'Customer asked for references.', 'Follow up next week.', 'Shared the pricing sheet.']) : null,
  contactId: l.contactId, leadId: l.leadId, accountId: l.accountId, opportunityId: l.opportunityId, caseId: l.caseId, campaignId: null,
  createdDate: created,
});

const SUBJECTS: Record<string, string[]> = {
  Task: ['Send Quote', 'Send Letter', 'Prepare proposal', 'Update account plan', 'Review contract redlines', 'Other'],
  Call: ['Call', 'Discovery call', 'Follow-up call', 'Check-in call'],
  Email: ['Email: Proposal follow-up', 'Email: Pricing questions', 'Email: Meeting recap', 'Email: Intro'],
};

export async function seedTasks(ctx: SeedContext, statuses: ReadonlyArray<{ apiName: string; isClosed: boolean }>): Promise<number> {
  const r = ctx.rng('tasks');
  const { dateTime } = ctx.dates;
  const PAST: Record<string, number> = { Completed: 75, 'Not Started': 8, 'In Progress': 7, 'Waiting on someone else': 5, Deferred: 5 };
  const FUTURE: Record<string, number> = { 'Not Started': 50, 'In Progress': 30, 'Waiting on someone else': 10, Deferred: 5, Completed: 5 };
  const p = pools(ctx);
  const rows: Array<Row<Task>> = Array.from({ length: TASKS }, () => {
    const l = link(r, p, r.weighted<Kind>([['opportunity', 40], ['account', 27], ['lead', 27], ['case', 6]]));
    const subtype = r.weighted([['Task', 40], ['Call', 35], ['Email', 25]]);
    const day = dayIn(r, ctx, l);
    const status = r.weighted(statuses.map((s) => [s, (day < 0 ? PAST : FUTURE)[s.apiName] ?? 1] as const));
    const created = ctx.dates.beforeNow(dateTime(Math.max(Math.min(day - r.int(0, 14), 0), l.from), r.int(7, 18), r.int(0, 59)));
    const completed = status.isClosed ? new Date(Math.max(created.getTime(), ctx.dates.beforeNow(dateTime(Math.min(day, 0), r.int(8, 18), r.int(0, 59))).getTime())) : null;
    const priority = r.weighted([['High', 15], ['Normal', 70], ['Low', 15]]);
    const isCall = subtype === 'Call';
    return {
      ...base(r, ctx, l, r.pick(SUBJECTS[subtype]), subtype === 'Task' ? 'Other' : subtype, day, created),
      status: status.apiName, isClosed: status.isClosed, completedDateTime: completed, priority, isHighPriority: priority === 'High', taskSubtype: subtype,
      callType: isCall ? r.weighted([['Outbound', 70], ['Inbound', 25], ['Internal', 5]]) : null,
      callDurationInSeconds: isCall && completed ? r.int(45, 1800) : null,
      callDisposition: isCall && completed ? r.pick(['Left voicemail', 'Connected - interested', 'Connected - not interested', 'No answer', 'Scheduled a meeting']) : null,
      lastModifiedDate: completed ?? created,
    };
  });
  await bulkInsert(ctx.em, Task, rows);
  return rows.length;
}

const MEETINGS: Record<Kind, string[]> = {
  opportunity: ['Discovery meeting', 'Product demo', 'Proposal review', 'Contract negotiation', 'Executive briefing', 'Onsite workshop'],
  account: ['Quarterly business review', 'Check-in meeting', 'Lunch', 'Training session', 'Renewal planning'],
  lead: ['Intro call', 'Discovery meeting', 'Demo'],
  case: ['Troubleshooting session'],
};

export async function seedEvents(ctx: SeedContext): Promise<number> {
  const r = ctx.rng('events');
  const { dateTime } = ctx.dates;
  const p = pools(ctx);
  const rows: Array<Row<Event>> = Array.from({ length: EVENTS }, () => {
    const l = link(r, p, r.weighted<Kind>([['opportunity', 45], ['account', 35], ['lead', 20]]));
    const day = dayIn(r, ctx, l);
    const allDay = r.chance(0.05);
    const start = allDay ? dateTime(day) : dateTime(day, r.int(8, 17), r.pick([0, 30]));
    const minutes = allDay ? 1440 : r.pick([30, 45, 60, 60, 90, 120]);
    const subject = allDay ? r.pick(['Onsite workshop', 'Customer visit', 'Executive offsite']) : r.pick(MEETINGS[l.kind]);
    const created = ctx.dates.beforeNow(dateTime(Math.max(Math.min(day - r.int(1, 21), 0), l.from), r.int(7, 18), r.int(0, 59)));
    const location = r.weighted<string | null>([['Zoom', 30], ['Microsoft Teams', 25], ['Google Meet', 10], [l.place, l.place ? 20 : 0], ['Headquarters', 5], [null, 10]]);
    return {
      ...base(r, ctx, l, subject, /call/i.test(subject) ? 'Call' : 'Meeting', day, created),
      startDateTime: start, endDateTime: addMinutes(start, minutes), durationInMinutes: minutes, isAllDayEvent: allDay,
      location: allDay ? null : location, showAs: allDay ? r.pick(['OutOfOffice', 'Free']) : r.weighted([['Busy', 90], ['Free', 5], ['OutOfOffice', 5]]),
      isPrivate: r.chance(0.03), lastModifiedDate: created,
    };
  });
  await bulkInsert(ctx.em, Event, rows);
  return rows.length;
}
