import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../api/request-context';
import { assertId } from '../common/errors';
import { ContentDocument } from './content-document.entity';
import { signFileUrl } from './file-signing';
import { findReadableFile } from './file.service';

@Resolver(() => ContentDocument)
export class ContentDocumentResolver {
  @Query(() => ContentDocument, { description: 'A file the caller may read (their own upload, or attached to a record they can read).' })
  file(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ContentDocument> {
    return findReadableFile(ctx, assertId(id));
  }

  @FieldResolver(() => String, { description: 'A link to the bytes for the caller, valid for about 10 minutes.' })
  url(@Root() doc: ContentDocument, @Ctx() ctx: RequestContext): string {
    return signFileUrl(ctx.config.authSecret, doc.id, ctx.user.id);
  }
}

export const filesResolvers: Function[] = [ContentDocumentResolver];
