import { useSearchParams } from 'react-router';
import { isPhase, type Phase } from '../content/phase';

/** The door the person chose on the home page, kept in the URL (?phase=) so links carry it. */
export function usePhase(): Phase | undefined {
  const [params] = useSearchParams();
  const phase = params.get('phase');
  return isPhase(phase) ? phase : undefined;
}
