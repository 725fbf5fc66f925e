import { describe, expect, it } from 'vitest';
import { Source, formatProblem, parseWithProblems } from '../../src/domain';

const source = (url: string) => ({ id: 'a-source', publisher: 'P', title: 'T', date: '2026-01', url });

describe('Source.url', () => {
  it.each(['https://ai.meta.com/llama/license/', 'http://example.org/a?b=c'])('accepts %s', (url) => {
    expect(Source.safeParse(source(url)).success).toBe(true);
  });

  // Sources are shown as links in the results, the studio and the PDF: only web addresses may become links.
  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'ftp://example.org/x', 'file:///etc/passwd'])(
    'refuses %s',
    (url) => {
      const parsed = parseWithProblems(Source, source(url));
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.problems.map(formatProblem)).toEqual(['url: must be an http or https address']);
    },
  );
});
