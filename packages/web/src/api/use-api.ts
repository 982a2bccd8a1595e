import { useCallback, useEffect, useState } from 'react';
import { ApiProblem, api } from './client';

export interface ApiState<T> {
  data: T | undefined;
  error: ApiProblem | undefined;
  loading: boolean;
  /** Read it again (after a change the screen made). */
  reload: () => void;
}

/**
 * Read `path` from the API while the component shows it; null reads nothing. A newer path (or
 * leaving the screen) cancels the request in flight, so a slow answer never replaces a newer one.
 */
export function useApi<T>(path: string | null): ApiState<T> {
  const [state, setState] = useState<{ data?: T; error?: ApiProblem; loading: boolean }>({
    loading: path !== null,
  });
  const [generation, setGeneration] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: generation asks for a new read
  useEffect(() => {
    if (path === null) {
      setState({ loading: false });
      return;
    }
    const controller = new AbortController();
    setState((previous) => ({ ...previous, loading: true }));
    api<T>(path, { signal: controller.signal }).then(
      (data) => setState({ data, loading: false }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({
          error:
            error instanceof ApiProblem
              ? error
              : new ApiProblem(0, 'client', (error as Error).message),
          loading: false,
        });
      },
    );
    return () => controller.abort();
  }, [path, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}
