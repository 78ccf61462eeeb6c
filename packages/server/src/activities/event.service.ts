import type { RequestContext } from '../api/request-context';
import { badInput } from '../common/errors';
import { ActivityService } from './activity.service';
import { Event } from './event.entity';
import { eventList, showAsValues } from './event.types';

type Input = Record<string, unknown>;
const MINUTE = 60_000;
const DAY_MINUTES = 24 * 60;

export class EventService extends ActivityService<Event> {
  readonly entity = Event;
  readonly list = eventList;

  protected async apply(_ctx: RequestContext, row: Event, input: Input, isNew: boolean) {
    if (isNew && row.isAllDayEvent == null) row.isAllDayEvent = false;
    if (input.isAllDayEvent === null) throw badInput('isAllDayEvent', 'isAllDayEvent cannot be blank');
    if (input.showAs !== undefined && !showAsValues.includes(input.showAs as never)) {
      throw badInput('showAs', `showAs must be one of ${showAsValues.join(', ')}`);
    }
    const timing = ['startDateTime', 'endDateTime', 'durationInMinutes', 'isAllDayEvent', 'activityDate'];
    if (isNew || timing.some((k) => input[k] !== undefined)) this.applyTiming(row, input);
  }

  /**
   * Start, end and duration: the start is required (all-day events start at the midnight of
   * activityDate); the end and the duration derive from each other and must agree when both are
   * given. A new start alone keeps the duration.
   */
  private applyTiming(row: Event, input: Input) {
    if (row.isAllDayEvent) {
      if (!row.activityDate) throw badInput('activityDate', 'An all-day event needs activityDate');
      row.startDateTime = new Date(`${row.activityDate}T00:00:00.000Z`);
    } else {
      if (!row.startDateTime) throw badInput('startDateTime', 'startDateTime is required unless the event is all-day');
      row.activityDate = row.startDateTime.toISOString().slice(0, 10);
    }
    const start = row.startDateTime.getTime();
    const givenEnd = input.endDateTime != null;
    const givenDuration = input.durationInMinutes != null;
    if (givenEnd && givenDuration) {
      if (row.endDateTime!.getTime() - start !== row.durationInMinutes! * MINUTE) {
        throw badInput('durationInMinutes', 'durationInMinutes does not match startDateTime and endDateTime');
      }
    } else if (givenEnd || (!givenDuration && row.durationInMinutes == null && row.endDateTime)) {
      this.checkEnd(row);
      row.durationInMinutes = Math.round((row.endDateTime!.getTime() - start) / MINUTE);
    } else {
      if (row.durationInMinutes == null) {
        if (!row.isAllDayEvent) throw badInput('durationInMinutes', 'Give endDateTime or durationInMinutes');
        row.durationInMinutes = DAY_MINUTES;
      }
      row.endDateTime = new Date(start + row.durationInMinutes * MINUTE);
    }
    this.checkEnd(row);
  }

  private checkEnd(row: Event) {
    if (row.endDateTime! < row.startDateTime!) throw badInput('endDateTime', 'endDateTime cannot be before startDateTime');
  }
}

export const eventService = new EventService();
