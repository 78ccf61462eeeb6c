// Shared by the analytics bench's generator files.

/** "Today" of the bench's data (mid-month: THIS_MONTH holds 18 days); its server runs with CRM_TODAY set to it. */
export const ANCHOR = '2026-11-18';
export const BENCH_PASSWORD = 'bench-password';

/** Reps' ids in a fixed order (rep1 ... rep80), as an SQL array expression ($1 = orgId). */
export const REPS = `(SELECT array_agg(id ORDER BY (substring(email FROM '[0-9]+'))::int) FROM "user" WHERE "orgId" = $1 AND role = 'SALES_REP')`;

/** A fresh uniform number from `r` (its digits after the first `k`). */
export const frac = (r: string, k: number) => `(${r} * ${k} - floor(${r} * ${k}))`;
