import { describe, expect, it } from 'vitest';
import DOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { cleanBody } from './cleanBody';

const purifier = DOMPurify(new JSDOM('').window);
const clean = (html: string) => cleanBody(purifier, html, { newTab: 'opens in a new tab' });

describe('cleanBody', () => {
  it('keeps a link that opens a new tab, says so, and leaves nothing of the page behind it', () => {
    expect(clean('<a href="https://www.ontario.ca/ohip" target="_blank">OHIP</a>')).toBe(
      '<a href="https://www.ontario.ca/ohip" target="_blank" rel="noopener noreferrer">OHIP (opens in a new tab)</a>',
    );
  });

  it('gives every link rel="noopener noreferrer", whatever the feed set, and drops other targets', () => {
    expect(clean('<a href="https://a.example/" rel="opener" target="main">A</a>')).toBe('<a href="https://a.example/" rel="noopener noreferrer">A</a>');
  });

  it('keeps web, email and phone links only', () => {
    expect(clean('<a href="mailto:info@ottawa.ca">Write</a>')).toContain('href="mailto:info@ottawa.ca"');
    expect(clean('<a href="tel:+16135550123">Call</a>')).toContain('href="tel:+16135550123"');
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'jav&#x09;ascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', 'ftp://x.example/']) {
      expect(clean(`<a href="${href}">x</a>`)).toBe('<a rel="noopener noreferrer">x</a>');
    }
  });

  it('keeps only the allowed tags, and never a script or a handler', () => {
    expect(clean('<p onclick="alert(1)">Hi <img src=x onerror=alert(1)><script>alert(1)</script><strong>there</strong></p><iframe src="https://x.example"></iframe>')).toBe(
      '<p>Hi <strong>there</strong></p>',
    );
  });
});
