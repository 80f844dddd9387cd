import { lazy, Suspense, useEffect, useState, type ComponentType, type ReactElement } from 'react';
import { FormattedMessage } from 'react-intl';

export interface LazyPage {
  /** The page inside its own Suspense boundary (so a navigation shows the fallback at once). */
  element: ReactElement;
  /** Starts fetching the page's code without rendering it; safe to call more than once. */
  preload: () => Promise<unknown>;
}

/**
 * A page whose code is fetched the first time it is needed, so the first visit downloads
 * only the shell and the sign-in page. `pick` chooses the named export to render.
 */
export function lazyPage<M>(load: () => Promise<M>, pick: (module: M) => ComponentType): LazyPage {
  let loading: Promise<{ default: ComponentType }> | null = null;
  const preload = () => (loading ??= load().then((module) => ({ default: pick(module) })));
  const Page = lazy(preload);
  return {
    element: (
      <Suspense fallback={<PageLoading />}>
        <Page />
      </Suspense>
    ),
    preload,
  };
}

/**
 * Shown while a page's code downloads. The live region is in the DOM before its text, and
 * the text waits a moment, so fast loads do not flash and slow ones are announced.
 */
function PageLoading() {
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setVisible(true), 300);
    return () => window.clearTimeout(timer);
  }, []);
  return (
    <div role="status" className="page-loading">
      {visible ? (
        <p className="loading">
          <FormattedMessage id="app.loadingPage" />
        </p>
      ) : null}
    </div>
  );
}
