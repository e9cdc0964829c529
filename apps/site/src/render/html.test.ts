import { describe, expect, it } from 'vitest';
import { esc, inline, rel } from './html.js';

describe('html helpers', () => {
  it('escapes markup and quotes', () => {
    expect(esc(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('turns backticks into code and URLs into links, escaping the rest', () => {
    expect(inline('Use `pool: true` <now>, see https://support.google.com/mail/?p=x&y=1.')).toBe(
      'Use <code>pool: true</code> &lt;now&gt;, see <a href="https://support.google.com/mail/?p=x&amp;y=1" rel="nofollow noopener">https://support.google.com/mail/?p=x&amp;y=1</a>.',
    );
    expect(inline('`https://mail.google.com/`')).toBe('<code>https://mail.google.com/</code>');
  });

  it('finds relative paths between pages', () => {
    expect(rel('', 'fix/a/')).toBe('fix/a/');
    expect(rel('fix/a/', 'fix/b/')).toBe('../../fix/b/');
    expect(rel('fix/a/', '')).toBe('../../');
    expect(rel('', '')).toBe('./');
    expect(rel('codes/', 'assets/x.js')).toBe('../assets/x.js');
  });
});
