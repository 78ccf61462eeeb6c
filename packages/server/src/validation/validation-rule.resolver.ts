import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../api/request-context';
import { ValidationRule } from './validation-rule.entity';
import { validationRuleService as svc } from './validation-rule.service';
import { CreateValidationRuleInput, UpdateValidationRuleInput } from './validation-rule.types';
import './validation-rules';

@Resolver(() => ValidationRule)
export class ValidationRuleResolver {
  @Query(() => [ValidationRule], { description: "The org's validation rules (administrators), active or not; optionally of one object." })
  validationRules(@Arg('objectApiName', () => String, { nullable: true }) objectApiName: string | null, @Ctx() ctx: RequestContext) {
    return svc.ofObject(ctx, objectApiName);
  }

  @Mutation(() => ValidationRule, { description: 'Administrators: a rule checked on every write of the object from now on.' })
  createValidationRule(@Arg('input', () => CreateValidationRuleInput) input: CreateValidationRuleInput, @Ctx() ctx: RequestContext) {
    return svc.create(ctx, { ...input });
  }

  @Mutation(() => ValidationRule, { description: 'Administrators: only the given fields change.' })
  updateValidationRule(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateValidationRuleInput) input: UpdateValidationRuleInput, @Ctx() ctx: RequestContext) {
    return svc.update(ctx, id, { ...input });
  }

  @Mutation(() => ID, { description: 'Administrators: returns the id of the deleted rule.' })
  deleteValidationRule(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return svc.delete(ctx, id);
  }
}
