import { compileTemplate, escapeHtml } from './mail-template';

describe('the mail template language', () => {
  it('escapes every value in HTML templates, and none in text templates', () => {
    const model = { name: `<b>"Tom" & 'Jerry'</b>` };
    expect(compileTemplate('<p title="{{name}}">{{name}}</p>', 'html', 't')(model)).toBe(
      '<p title="&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;">&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;</p>',
    );
    expect(compileTemplate('{{name}}', 'text', 't')(model)).toBe(model.name);
    expect(escapeHtml('a&b')).toBe('a&amp;b');
  });

  it('repeats a section per item, looks names up outwards, and reads dotted paths', () => {
    const render = compileTemplate('{{#items}}[{{label}} of {{owner.name}}]{{/items}}', 'text', 't');
    expect(render({ owner: { name: 'Ada' }, items: [{ label: 'a' }, { label: 'b' }] })).toBe(
      '[a of Ada][b of Ada]',
    );
    expect(compileTemplate('{{#lines}}{{.}};{{/lines}}', 'text', 't')({ lines: ['x', 'y'] })).toBe('x;y;');
  });

  it('shows a section for truthy values and an inverted one for falsy values or empty lists', () => {
    const render = compileTemplate('{{#flag}}yes{{/flag}}{{^flag}}no{{/flag}}', 'text', 't');
    expect(render({ flag: true })).toBe('yes');
    expect(render({ flag: false })).toBe('no');
    expect(render({ flag: null })).toBe('no');
    expect(render({ flag: [] })).toBe('no');
  });

  it('fails loudly on a missing value or an unbalanced section, instead of sending a broken e-mail', () => {
    expect(() => compileTemplate('Hi {{name}}', 'html', 'greeting')({})).toThrow(/greeting: \{\{name\}\}/);
    expect(() => compileTemplate('{{#a}}x', 'html', 'broken')).toThrow(/never closed/);
    expect(() => compileTemplate('x{{/a}}', 'html', 'broken')).toThrow(/closes no open/);
  });
});
