import { describe, expect, it } from 'vitest';
import { excerpt } from './message-mail';
import { cleanMessage } from './sanitise';

describe('message sanitising', () => {
  it.each([
    ['<script>alert(1)</script>Hi', 'Hi'],
    ['<p onclick="x()" style="color:red" class="big" id="p1">Hi</p>', '<p>Hi</p>'],
    ['<img src="x" onerror="alert(1)">Hi', 'Hi'],
    ['<svg onload="alert(1)"><circle /></svg>Hi', 'Hi'],
    ['<iframe src="https://evil.example"></iframe>Hi', 'Hi'],
    ['<form action="/x"><input name="a"><button>Go</button></form>', 'Go'],
    ['<a href="javascript:alert(1)">x</a>', '<a rel="noopener nofollow">x</a>'],
    ['<a href="jav&#x61;script:alert(1)">x</a>', '<a rel="noopener nofollow">x</a>'],
    ['<a href=" javascript:alert(1)">x</a>', '<a rel="noopener nofollow">x</a>'],
    ['<a href="vbscript:x">x</a>', '<a rel="noopener nofollow">x</a>'],
    ['<a href="//evil.example/">x</a>', '<a rel="noopener nofollow">x</a>'],
    ['<a href="https://ok.example/?a=1&amp;b=2" rel="opener" target="_blank">ok</a>', '<a href="https://ok.example/?a=1&amp;b=2" rel="noopener nofollow">ok</a>'],
    ['<b>bold</b> <i>it</i>', '<strong>bold</strong> <em>it</em>'],
    ['<ol><li>a</li></ol><pre><code>x</code></pre><blockquote>q</blockquote>', '<ol><li>a</li></ol><pre><code>x</code></pre><blockquote>q</blockquote>'],
    ['<h1>Title</h1><h3>Sub</h3><table><tr><td>cell</td></tr></table>', '<p>Title</p><p>Sub</p>cell'],
  ])('%s → %s', (input, html) => {
    expect(cleanMessage(input, 'html').html).toBe(html);
  });

  it('derives plain text for emails: links with their address, list bullets, quotes', () => {
    const { text } = cleanMessage('<p>See <a href="https://example.org/a">the guide</a>.</p><ul><li>one</li><li>two</li></ul><blockquote>wise</blockquote>', 'html');
    expect(text).toBe('See the guide (https://example.org/a).\n\n• one\n• two\n\n> wise');
  });

  it('leaves nothing of a message that was only unsafe', () => {
    expect(cleanMessage('<script>x</script><style>p{}</style><img src=x>', 'html')).toEqual({ html: '', text: '' });
  });

  it('shortens long text for emails at a word', () => {
    expect(excerpt('one two three four five six', 20)).toBe('one two three four…');
    expect(excerpt('abcdefghijklmnopqrstuvwxyz', 10)).toBe('abcdefghij…');
    expect(excerpt('  short\n text ', 50)).toBe('short text');
  });
});
