import { useEffect, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useMe } from '../features/accounts/use-me';
import { LoadError, Loading } from '../components/status';
import { withNext } from '../lib/next-path';

interface RequireAuthProps {
  children: ReactNode;
  /** Fetches the page's code while the session is being checked, so the two do not queue. */
  preload?: () => Promise<unknown>;
}

/** Renders its page for signed-in people; sends everyone else to sign in and back. */
export function RequireAuth({ children, preload }: RequireAuthProps) {
  const me = useMe();
  const location = useLocation();
  useEffect(() => {
    // A failed download is reported when the page itself renders; nothing to do here.
    void preload?.().catch(() => undefined);
  }, [preload]);
  if (me.isPending) return <Loading />;
  if (me.isError) return <LoadError error={me.error} />;
  if (!me.data) return <Navigate to={withNext('/signin', location.pathname + location.search)} replace />;
  return children;
}

/** For sign-in and sign-up pages: someone already signed in goes straight on. */
export function GuestOnly({ children, next }: { children: ReactNode; next: string }) {
  const me = useMe();
  if (me.isPending) return <Loading />;
  if (me.data) return <Navigate to={next} replace />;
  return children;
}
