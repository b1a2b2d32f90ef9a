/**
 * The plain-text article format of `seeds/`: a `date YYYY-MM` (or `YYYY-MM-DD`) header, then the
 * body. The body runs from the first character after the header's separating white space; trailing
 * white space is not part of it. Offsets into the body therefore do not depend on the header.
 */
const HEADER = /^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\s+/

export interface ArticleFile {
  published: string
  body: string
}

/** Whether the text is in this format (else it is plain text, with no date of its own). */
export const hasDateHeader = (text: string): boolean => HEADER.test(text)

export function parseArticleFile (text: string): ArticleFile {
  const header = HEADER.exec(text)
  if (!header?.[1]) throw new Error('an article file starts with a `date YYYY-MM` header, then the body')
  const body = text.slice(header[0].length).trimEnd()
  if (body.length === 0) throw new Error('the article file has a header but no body')
  return { published: header[1], body }
}
