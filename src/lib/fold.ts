const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', '’': "'" }

/**
 * Folds text for matching that ignores case and accents: `Poutine`, `POUTINE` and `poutine` are
 * one key, and so are `Séoul` and `seoul`. NFKD splits accented letters into base + mark; the marks
 * are dropped.
 */
export function fold (value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[œæß’]/g, (c) => LIGATURES[c] ?? c)
}
