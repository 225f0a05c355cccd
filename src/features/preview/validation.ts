import type { Feed } from '../../content/feed';
import type { ValidationResult } from '../../content/validation/validateFeed';

export interface ValidationRequest {
  id: number;
  text: string;
  asOf: string;
  published: Feed[];
}

export type ValidationResponse = { id: number; ok: true; result: ValidationResult } | { id: number; ok: false; error: string };

/**
 * One validator worker for the page's lifetime. Each call is answered by its own id, so a draft
 * replaced while the previous one is still being checked never shows the older report.
 */
export function createValidator() {
  let worker: Worker | null = null;
  let next = 0;
  const waiting = new Map<number, (response: ValidationResponse) => void>();

  const start = () => {
    const started = new Worker(new URL('./validate.worker.ts', import.meta.url), { type: 'module' });
    started.addEventListener('message', (event: MessageEvent<ValidationResponse>) => {
      waiting.get(event.data.id)?.(event.data);
      waiting.delete(event.data.id);
    });
    started.addEventListener('error', (event) => {
      event.preventDefault();
      for (const [id, answer] of waiting) answer({ id, ok: false, error: event.message || 'The validator stopped.' });
      waiting.clear();
      worker?.terminate();
      worker = null;
    });
    return started;
  };

  return {
    validate(text: string, asOf: string, published: Feed[]): Promise<ValidationResponse> {
      worker ??= start();
      const id = ++next;
      const running = worker;
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        running.postMessage({ id, text, asOf, published } satisfies ValidationRequest);
      });
    },
    stop(): void {
      worker?.terminate();
      worker = null;
      waiting.clear();
    },
  };
}
