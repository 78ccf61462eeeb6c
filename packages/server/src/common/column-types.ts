/** Column presets shared by entities (pg returns numerics as numbers, see db/pg-types). */
export const money = { type: 'numeric' as const, precision: 18, scale: 2, nullable: true };
export const percent = { type: 'numeric' as const, precision: 5, scale: 2, nullable: true };
export const text = (length: number, nullable = true) => ({ type: 'varchar' as const, length, nullable });
