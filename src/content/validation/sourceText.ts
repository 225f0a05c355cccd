import { findNodeAtLocation, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { pointerParts } from './notice';

export interface Position {
  line: number;
  column: number;
}

/** A feed read from text: its value, and where each JSON Pointer starts in that text. */
export interface SourceText {
  value: unknown;
  locate(path: string): Position | undefined;
}

export type ReadProblem =
  | { kind: 'empty' }
  | { kind: 'not-json'; looksLike: 'html' | 'xml' | 'text' }
  | { kind: 'invalid-json'; position: Position; reason: string };

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

function positionAt(starts: number[], offset: number): Position {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
}

// jsonc-parser's error names, reworded for someone editing the file by hand.
const REASONS: Record<string, string> = {
  InvalidSymbol: 'an unexpected character',
  InvalidNumberFormat: 'a number written wrongly',
  PropertyNameExpected: 'a field name in double quotes (or a comma too many)',
  ValueExpected: 'a value (or a comma too many)',
  ColonExpected: 'a colon after the field name',
  CommaExpected: 'a comma between two entries',
  CloseBraceExpected: 'a closing }',
  CloseBracketExpected: 'a closing ]',
  EndOfFileExpected: 'the end of the file (there is text after the feed)',
  InvalidCommentToken: 'a comment, which JSON does not allow',
  UnexpectedEndOfComment: 'the end of a comment',
  UnexpectedEndOfString: 'the end of a text value (a closing ")',
  UnexpectedEndOfNumber: 'the end of a number',
  InvalidUnicode: 'a valid \\u escape',
  InvalidEscapeCharacter: 'a valid escape after \\',
  InvalidCharacter: 'a character allowed inside text (line breaks must be written \\n)',
};

/** Reads strict JSON, keeping positions so every notice can name a line and column. */
export function readSourceText(text: string): { source: SourceText } | { problem: ReadProblem } {
  const body = text.replace(/^\uFEFF/, '');
  const start = body.trimStart();
  if (start === '') return { problem: { kind: 'empty' } };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    // jsonc-parser names where; JSON.parse alone decides whether the text is JSON.
  }
  if (value === undefined && !start.startsWith('{') && !start.startsWith('[')) {
    const looksLike = /^<(!doctype html|html)/i.test(start) ? 'html' : start.startsWith('<') ? 'xml' : 'text';
    return { problem: { kind: 'not-json', looksLike } };
  }
  const starts = lineStarts(body);
  const errors: ParseError[] = [];
  const root = parseTree(body, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  if (first || value === undefined || !root) {
    return {
      problem: {
        kind: 'invalid-json',
        position: positionAt(starts, first?.offset ?? body.length),
        reason: REASONS[first ? printParseErrorCode(first.error) : 'ValueExpected'] ?? 'valid JSON',
      },
    };
  }
  return {
    source: {
      value,
      locate(path) {
        const parts = pointerParts(path);
        // Point at the nearest part of the path that exists: a missing field's entry.
        for (let n = parts.length; n >= 0; n--) {
          const node = findNodeAtLocation(root, parts.slice(0, n));
          if (node) {
            // A property's value node: point at its key, where an editor looks.
            const at = node.parent?.type === 'property' && n > 0 ? node.parent.offset : node.offset;
            return positionAt(starts, at);
          }
        }
        return undefined;
      },
    },
  };
}
