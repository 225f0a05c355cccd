import type { PortalConfig } from '../../api/portalConfig';
import type { PortalContent } from '../../api/portalContent';
import { PortalError } from '../../api/portalError';
import type { PortalWorkerRequest, PortalWorkerResponse } from './portalWorkerMessages';

type Answer = (response: PortalWorkerResponse) => void;

/**
 * One worker that reads portals for the page's lifetime (see loadPortal.worker.ts). If it cannot
 * start (no Worker, a policy that refuses it, its script unreachable), `read` answers null and
 * the caller reads on the page instead, as it always could.
 */
function createPortalWorker() {
  let worker: Worker | null = null;
  let broken = typeof Worker === 'undefined';
  let next = 0;
  const waiting = new Map<number, Answer>();

  const start = () => {
    const started = new Worker(new URL('./loadPortal.worker.ts', import.meta.url), { type: 'module', name: 'portals' });
    started.addEventListener('message', (event: MessageEvent<PortalWorkerResponse>) => {
      waiting.get(event.data.id)?.(event.data);
      waiting.delete(event.data.id);
    });
    started.addEventListener('error', (event) => {
      event.preventDefault();
      broken = true;
      started.terminate();
      worker = null;
      // Each read still waiting is answered by the page instead.
      for (const [id, answer] of waiting) answer({ id, ok: false, error: { message: 'worker stopped' } });
      waiting.clear();
    });
    return started;
  };

  return {
    /** The portal's content, its PortalError, or null when the worker cannot read it. */
    read(portal: PortalConfig, baseUrl: string, signal?: AbortSignal): Promise<PortalContent | null> {
      if (broken) return Promise.resolve(null);
      worker ??= start();
      const running = worker;
      const id = ++next;
      return new Promise((resolve, reject) => {
        const stop = () => running.postMessage({ id, abort: true } satisfies PortalWorkerRequest);
        signal?.addEventListener('abort', stop, { once: true });
        waiting.set(id, (response) => {
          signal?.removeEventListener('abort', stop);
          if (response.ok) return resolve(response.content);
          const { error } = response;
          if ('failure' in error) reject(new PortalError(error.portalId, error.failure, error.message, error.status, error.problems));
          else if (broken) resolve(null);
          else reject(new Error(error.message));
        });
        running.postMessage({ id, portal, baseUrl } satisfies PortalWorkerRequest);
      });
    },
  };
}

export const portalWorker = createPortalWorker();
