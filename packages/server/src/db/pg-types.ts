import { types } from 'pg';

// Dates stay "YYYY-MM-DD" strings (no time-zone shift); counts and numerics become numbers.
types.setTypeParser(1082, (v) => v);
types.setTypeParser(20, (v) => Number(v));
types.setTypeParser(1700, (v) => Number(v));
