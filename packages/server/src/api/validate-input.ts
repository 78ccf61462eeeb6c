import { getMetadataStorage, validate } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';

const ruled = new Map<Function, boolean>();

/** Whether a class carries class-validator rules (its own or inherited); cached per class. */
export function hasRules(ctor: Function): boolean {
  let r = ruled.get(ctor);
  if (r === undefined) ruled.set(ctor, (r = getMetadataStorage().getTargetValidationMetadatas(ctor, '', true, false).length > 0));
  return r;
}

/**
 * Validates GraphQL arguments with class-validator, but only those whose class has rules: list
 * arguments (paging, filters) are read on every nested field and need no check of their own.
 * Same options as type-graphql's default: given fields only, unknown values allowed.
 */
export async function validateInput(value: unknown): Promise<void> {
  for (const item of Array.isArray(value) ? value : [value]) {
    if (item === null || typeof item !== 'object' || !hasRules(item.constructor)) continue;
    const errors = await validate(item, { skipMissingProperties: true, forbidUnknownValues: false });
    if (errors.length) throw new ArgumentValidationError(errors);
  }
}
