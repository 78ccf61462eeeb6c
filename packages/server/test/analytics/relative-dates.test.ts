import { resolveDateLiteral } from '../../src/analytics/relative-dates';

// Thursday 2026-11-12.
const today = new Date('2026-11-12T15:30:00Z');
const r = (literal: string, fiscalYearStartMonth?: number) => resolveDateLiteral(literal, today, { fiscalYearStartMonth });

describe('relative date literals (SOQL semantics, half-open ranges)', () => {
  it.each([
    ['TODAY', '2026-11-12', '2026-11-13'],
    ['YESTERDAY', '2026-11-11', '2026-11-12'],
    ['THIS_WEEK', '2026-11-08', '2026-11-15'],
    ['LAST_WEEK', '2026-11-01', '2026-11-08'],
    ['THIS_MONTH', '2026-11-01', '2026-12-01'],
    ['LAST_MONTH', '2026-10-01', '2026-11-01'],
    ['NEXT_MONTH', '2026-12-01', '2027-01-01'],
    ['THIS_QUARTER', '2026-10-01', '2027-01-01'],
    ['LAST_QUARTER', '2026-07-01', '2026-10-01'],
    ['THIS_YEAR', '2026-01-01', '2027-01-01'],
    ['LAST_N_DAYS:30', '2026-10-13', '2026-11-13'],
    ['NEXT_N_DAYS:7', '2026-11-13', '2026-11-20'],
    ['LAST_N_MONTHS:3', '2026-08-01', '2026-11-01'],
    ['NEXT_N_QUARTERS:2', '2027-01-01', '2027-07-01'],
    ['N_MONTHS_AGO:2', '2026-09-01', '2026-10-01'],
    ['LAST_90_DAYS', '2026-08-14', '2026-11-13'],
    ['2026-02-28', '2026-02-28', '2026-03-01'],
    ['this_month', '2026-11-01', '2026-12-01'],
  ])('%s', (literal, from, to) => expect(r(literal)).toEqual({ from, to }));

  it('fiscal periods follow the fiscal year start month', () => {
    // Fiscal year starting in February: Nov 12 is in the fiscal quarter Nov-Jan of FY Feb 2026 - Jan 2027.
    expect(r('THIS_FISCAL_QUARTER', 2)).toEqual({ from: '2026-11-01', to: '2027-02-01' });
    expect(r('THIS_FISCAL_YEAR', 2)).toEqual({ from: '2026-02-01', to: '2027-02-01' });
    expect(r('LAST_FISCAL_YEAR', 2)).toEqual({ from: '2025-02-01', to: '2026-02-01' });
    expect(r('THIS_FISCAL_QUARTER')).toEqual({ from: '2026-10-01', to: '2027-01-01' });
    expect(resolveDateLiteral('THIS_FISCAL_YEAR', new Date('2026-01-15T00:00:00Z'), { fiscalYearStartMonth: 4 }))
      .toEqual({ from: '2025-04-01', to: '2026-04-01' });
  });

  it.each(['LAST_N_DAYS', 'LAST_N_DAYS:-1', 'LAST_N_DAYS:x', 'THIS_DECADE', "TODAY' OR 1=1 --", '2026-02-30', '', 'LAST_N_DAYS:99999'])(
    'refuses %p with BAD_USER_INPUT naming the field',
    (literal) => {
      expect.assertions(2);
      try {
        resolveDateLiteral(literal, today, { field: 'filters.0.value' });
      } catch (e: any) {
        expect(e.extensions.code).toBe('BAD_USER_INPUT');
        expect(e.extensions.field).toBe('filters.0.value');
      }
    },
  );
});
