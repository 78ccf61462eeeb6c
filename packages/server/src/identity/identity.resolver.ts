import { Arg, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../api/request-context';
import { createCrudResolver } from '../common/crud/crud-resolver';
import { loadRef, ToOne } from '../common/crud/relations';
import { AuthService } from './auth.service';
import { Organization } from './organization.entity';
import { User } from './user.entity';
import { userService as users } from './user.service';
import { CreateUserInput, UpdateUserInput } from './user.types';


@ObjectType()
class AuthPayload {
  @Field({ description: 'Send as "Authorization: Bearer <token>".' }) token: string;
  @Field(() => User) user: User;
}

@Resolver(() => User)
export class UserResolver extends createCrudResolver({ entity: User, service: users, create: CreateUserInput, update: UpdateUserInput }) {
  @Query(() => User, { description: 'The signed-in user.' })
  me(@Ctx() ctx: RequestContext): Promise<User> {
    return users.findOne(ctx, ctx.user.id);
  }

  @Mutation(() => AuthPayload, { description: 'Signs in; the token authorises every other operation.' })
  login(@Arg('email') email: string, @Arg('password') password: string, @Ctx() ctx: RequestContext): Promise<AuthPayload> {
    return new AuthService(ctx.dataSource, ctx.config).login(email, password);
  }

  @ToOne(users, 'managerId')
  @FieldResolver(() => User, { nullable: true })
  manager(@Root() user: User, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, users, user.managerId);
  }
}

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, { description: "The signed-in user's organisation." })
  organization(@Ctx() ctx: RequestContext): Promise<Organization> {
    return ctx.em.getRepository(Organization).findOneByOrFail({ id: ctx.orgId });
  }
}
