import type { RequestContext } from '../api/request-context';
import { scopeQuery } from '../common/access';
import { badInput } from '../common/errors';
import { SEARCH_OBJECT_NAMES, SEARCH_OBJECTS, type SearchField, type SearchObject } from './search-objects';

export interface SearchHitRow {
  objectApiName: SearchObject['objectApiName'];
  id: string;
  name: string;
  subtitle: string | null;
  rank: number;
  score: number;
}

export const MAX_SEARCH_RESULTS = 100;
const MAX_TERM_LENGTH = 100;
const MAX_WORDS = 5;
/** Scripts written without spaces between words: a short term may sit inside a word. */
const CJK = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;

const PHONE = /^[\d\s()+\-./]+$/;

/** LIKE wildcards in user input are literal. */
const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The term's match parameters; `lower()` is applied in SQL, like on the indexed side. */
function termParams(term: string) {
  const e = escapeLike(term);
  const digits = term.replace(/\D/g, '');
  // Each word of a term of several words, for names in another word order ("Kim Min-jun").
  const words = term.split(' ').slice(0, MAX_WORDS);
  return {
    params: {
      s_term: term, s_contains: `%${e}%`, s_prefix: `${e}%`, s_word: `% ${e}%`,
      s_digits: `%${digits}%`, s_digitsPrefix: `${digits}%`, s_digitsPart: `%|${digits}%`,
      ...Object.fromEntries(words.map((w, i) => [`s_w${i}`, `%${escapeLike(w)}%`])),
    },
    words: words.length > 1 ? words.length : 0,
    // With no word of 3 characters, the words match by scanning the organisation's rows.
    wordsIndexed: words.some((w) => [...w].length >= 3),
    // No cased letter (Han, Hangul, digits): a scan may compare the column itself, without lower().
    uncased: term.toLowerCase() === term.toUpperCase(),
    // Trigram indexes need 3 characters; a shorter term matches prefixes (any script) and, in CJK, substrings.
    short: [...term].length < 3,
    cjk: CJK.test(term),
    // A phone term is digits and phone punctuation only: "+82 (10) 1234-5678", not "Suite 100" or "100%".
    phone: digits.length >= 3 && PHONE.test(term),
  };
}

type Term = ReturnType<typeof termParams>;

/** WHERE (one field) and rank (0..6) of a field, or null when the term cannot match it. */
function fieldMatch(f: SearchField, t: Term): { where: string; rank: string } | null {
  const x = f.sql;
  if (f.kind === 'phone') {
    if (!t.phone) return null;
    return { where: `${x} LIKE :s_digits`, rank: `CASE WHEN ${x} LIKE :s_digitsPrefix OR ${x} LIKE :s_digitsPart THEN 4 ELSE 2 END` };
  }
  const exact = `${x} = lower(:s_term)`;
  const prefix = `${x} LIKE lower(:s_prefix)`;
  const word = `${x} LIKE lower(:s_word)`;
  const contains = `${x} LIKE lower(:s_contains)`;
  const rank = f.kind === 'name'
    ? `CASE WHEN ${exact} THEN 6 WHEN ${prefix} THEN 5 WHEN ${word} THEN 3 WHEN ${contains} THEN 2 ELSE 1 END`
    : `CASE WHEN ${exact} THEN 6 WHEN ${prefix} THEN 4 WHEN ${contains} THEN 2 ELSE 0 END`;
  // Where no index helps, a term without cased letters compares the column itself (3 times cheaper).
  const scanned = t.uncased && f.column ? f.column : x;
  const like = (param: string) => (scanned === x ? `${x} LIKE lower(:${param})` : `${scanned} LIKE :${param}`);
  // A name with every word of the term, in any order (rank 1).
  const allWords = Array.from({ length: t.words }, (_, i) => (t.wordsIndexed ? `${x} LIKE lower(:s_w${i})` : like(`s_w${i}`))).join(' AND ');
  if (!t.short) return { where: f.kind === 'name' && t.words ? `(${contains} OR (${allWords}))` : contains, rank };
  if (t.cjk) return f.kind === 'name' ? { where: like('s_contains'), rank } : null;
  return { where: f.kind === 'name' ? `(${prefix} OR ${word})` : prefix, rank };
}

/**
 * `search(term)`: one statement, a UNION ALL of one scoped, ranked, limited branch per object
 * type. Each branch is built by a query builder and scoped by `scopeQuery`, exactly like lists
 * and loaders; the branches share their named parameters.
 */
export class SearchService {
  async search(ctx: RequestContext, rawTerm: string, first: number, objectApiNames?: string[] | null): Promise<SearchHitRow[]> {
    const term = rawTerm.trim().replace(/\s+/g, ' ');
    if (!term) throw badInput('term', 'Enter something to search for');
    if ([...term].length > MAX_TERM_LENGTH) throw badInput('term', `The search term is limited to ${MAX_TERM_LENGTH} characters`);
    if (!Number.isInteger(first) || first < 1 || first > MAX_SEARCH_RESULTS) throw badInput('first', `first must be between 1 and ${MAX_SEARCH_RESULTS}`);
    const unknown = objectApiNames?.find((n) => !(SEARCH_OBJECT_NAMES as string[]).includes(n));
    if (unknown) throw badInput('objectApiNames', `"${unknown}" is not searchable; use ${SEARCH_OBJECT_NAMES.join(', ')}`);
    const objects = objectApiNames ? SEARCH_OBJECTS.filter((o) => objectApiNames.includes(o.objectApiName)) : SEARCH_OBJECTS;
    const t = termParams(term);
    const branches: string[] = [];
    let params: Record<string, unknown> = { ...t.params, s_limit: first };
    for (const o of objects) {
      const matches = o.fields.map((f) => fieldMatch(f, t)).filter((m) => m !== null);
      if (!matches.length) continue;
      const rank = matches.length === 1 ? matches[0].rank : `GREATEST(${matches.map((m) => m.rank).join(', ')})`;
      const qb = ctx.em.getRepository(o.entity).createQueryBuilder('t')
        .select(`'${o.objectApiName}'`, 'objectApiName').addSelect('t.id', 'id').addSelect(o.name, 'name')
        .addSelect(`nullif(${o.subtitle}, '')`, 'subtitle').addSelect(rank, 'rank')
        // A short term may match most rows (every "Acme …" for "ac"): rank and name order them, no similarity.
        .addSelect(t.short ? '0::real' : `similarity(${o.fields[0].sql}, lower(:s_term))`, 'score')
        .where(`(${matches.map((m) => m.where).join(' OR ')})`);
      scopeQuery(ctx, qb, 't', o.access);
      params = { ...params, ...qb.getParameters() };
      branches.push(`(${qb.getQuery()} ORDER BY "rank" DESC, "score" DESC LIMIT :s_limit)`);
    }
    if (!branches.length) return [];
    const sql = `SELECT * FROM (${branches.join(' UNION ALL ')}) hits ORDER BY "rank" DESC, "score" DESC, "name", "id" LIMIT :s_limit`;
    const [query, values] = ctx.em.connection.driver.escapeQueryWithParameters(sql, params, {});
    const rows: SearchHitRow[] = await ctx.em.query(query, values);
    return rows.map((r) => ({ ...r, rank: Number(r.rank), score: Number(r.score) }));
  }
}

export const searchService = new SearchService();
