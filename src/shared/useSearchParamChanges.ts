import { useSearchParams } from 'react-router';

/**
 * Filters kept in the address, so a filtered page can be shared and Back leaves the page rather
 * than undoing each change: an empty value removes the parameter.
 */
export function useSearchParamChanges() {
  const [params, setParams] = useSearchParams();
  const change = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes)) {
      if (value) next.set(name, value);
      else next.delete(name);
    }
    setParams(next, { replace: true });
  };
  return [params, change] as const;
}
