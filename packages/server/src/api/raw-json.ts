import { randomBytes } from 'node:crypto';
import type { FormattedExecutionResult } from 'graphql';

/** A response path as graphql-js and graphql-jit hand it to resolvers. */
export interface ResponsePath {
  readonly prev: ResponsePath | undefined;
  readonly key: string | number;
}

/**
 * Parts of a response that PostgreSQL has already written as JSON text (see
 * `common/list/json-pages.ts`), by response path. Execution leaves a placeholder there; the
 * executor swaps it for a token and the HTTP response splices the text in, so megabytes of
 * nested pages never become JavaScript objects. (An in-process `executeOperation` would see the
 * tokens: every caller of this server goes through HTTP.)
 */
export class RawJsonParts {
  private readonly parts: Array<{ path: ResponsePath; text: string }> = [];

  add(path: ResponsePath, text: string): void {
    this.parts.push({ path, text });
  }

  /** Replaces each placeholder in `data` by a token, and remembers the texts for `stringifyResult`. */
  splice(data: Record<string, unknown> | null | undefined): void {
    if (!data || !this.parts.length) return;
    const texts: string[] = [];
    for (const { path, text } of this.parts) {
      const keys: Array<string | number> = [];
      for (let p: ResponsePath | undefined = path; p; p = p.prev) keys.push(p.key);
      let holder: any = data;
      for (let i = keys.length - 1; i > 0 && holder != null; i--) holder = holder[keys[i]];
      // A placeholder nulled by an error elsewhere (or never reached) stays as execution left it.
      if (holder == null || typeof holder[keys[0]] !== 'object' || holder[keys[0]] === null) continue;
      holder[keys[0]] = `${TOKEN}${texts.length}${TOKEN}`;
      texts.push(text);
    }
    this.parts.length = 0;
    if (texts.length) spliced.set(data, texts);
  }
}

// The token cannot occur in data: PostgreSQL text holds no NUL, and the nonce is per process.
const NONCE = randomBytes(9).toString('base64url');
const TOKEN = `\u0000${NONCE}`;
const TOKEN_IN_JSON = new RegExp(`"\\\\u0000${NONCE}(\\d+)\\\\u0000${NONCE}"`, 'g');
const spliced = new WeakMap<object, string[]>();

/** Apollo's `stringifyResult`: JSON.stringify, with the spliced texts written in place of their tokens. */
export function stringifyResult(result: FormattedExecutionResult): string {
  const json = JSON.stringify(result);
  const texts = result.data ? spliced.get(result.data) : undefined;
  return `${texts ? json.replace(TOKEN_IN_JSON, (_m, i: string) => texts[Number(i)]) : json}\n`;
}
