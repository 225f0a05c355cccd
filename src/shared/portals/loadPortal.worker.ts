// Reads and validates a portal's feed away from the page: the adapters and zod's checks of a
// large feed are the longest tasks a refresh has, and on a slow phone they froze the page just
// after it became usable.
import '../../content/zodWithoutEval';
import { loadPortal } from '../../api/loadPortal';
import { PortalError } from '../../api/portalError';
import type { PortalWorkerRequest, PortalWorkerResponse } from './portalWorkerMessages';

const reading = new Map<number, AbortController>();

addEventListener('message', (event: MessageEvent<PortalWorkerRequest>) => {
  const request = event.data;
  if ('abort' in request) {
    reading.get(request.id)?.abort();
    return;
  }
  const controller = new AbortController();
  reading.set(request.id, controller);
  const answer = (response: PortalWorkerResponse) => {
    reading.delete(request.id);
    postMessage(response);
  };
  loadPortal(request.portal, { baseUrl: request.baseUrl, signal: controller.signal }).then(
    (content) => answer({ id: request.id, ok: true, content }),
    (error: unknown) =>
      answer({
        id: request.id,
        ok: false,
        error:
          error instanceof PortalError
            ? { portalId: error.portalId, failure: error.failure, message: error.message, status: error.status, problems: error.problems }
            : { message: error instanceof Error ? error.message : String(error) },
      }),
  );
});
