/**
 * How many matches a relevance sort ranks at most: the most recently added among those that pass
 * every other filter. Ranking scores every row it ranks, and a common word matches a tenth of a
 * large corpus.
 */
export const RANKED_MATCHES = 10_000

/** The language of `q` (src/lib/search-query.ts), as the API documents it. */
export const SEARCH_SYNTAX = 'Full-text search, ignoring case and accents: words (all must match; one with punctuation inside, ' +
  'like `l\'accord`, matches as a phrase), `"a phrase"`, `prefix*`, `AND`, `OR`, `a NOT b`, parentheses; operators in upper case. ' +
  'Results come by relevance unless `sort` says otherwise, each with a `snippet`. ' +
  `When more than ${RANKED_MATCHES.toLocaleString('en-US')} records match (with the other filters), relevance ranks the ` +
  `${RANKED_MATCHES.toLocaleString('en-US')} most recently added (another \`sort\` pages through every match, and \`count=true\` counts them all).`
