// Validates a draft away from the page, so a large feed never freezes it.
import '../../content/zodWithoutEval';
import { localDay } from '../../content/localDay';
import { validateFeed } from '../../content/validation/validateFeed';
import type { ValidationRequest, ValidationResponse } from './validation';

addEventListener('message', (event: MessageEvent<ValidationRequest>) => {
  const { id, text, asOf, published } = event.data;
  let response: ValidationResponse;
  try {
    response = { id, ok: true, result: validateFeed(text, { asOf: asOf || localDay(), published }) };
  } catch (error) {
    response = { id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  postMessage(response);
});
