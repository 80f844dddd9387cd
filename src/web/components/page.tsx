import { useEffect, useRef, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { useLocation } from 'react-router';

let lastPathname: string | null = null;

/**
 * True when this path is new since the last page rendered: the first page a visitor
 * loads keeps the browser's natural focus order (so Tab reaches the skip link first), and
 * every later navigation moves focus to the new page's heading. A change of search params
 * alone (filters kept in the address) is not a new page and leaves focus where it is.
 */
function isNavigation(pathname: string): boolean {
  const previous = lastPathname;
  lastPathname = pathname;
  return previous !== null && previous !== pathname;
}

interface PageProps {
  title: string;
  /** A short line under the heading. */
  lede?: ReactNode;
  children?: ReactNode;
  /** `data`: wide tables; the whole shell widens with the page so it stays aligned. */
  width?: 'narrow' | 'wide' | 'data';
  /** The browser tab's title when it should say more than the heading (a hub's current section). */
  documentTitle?: string;
  /**
   * The address that counts as this page for moving focus to its heading; a hub passes its own,
   * so moving between its sections (which manage focus themselves) is not a new page.
   */
  path?: string;
}

/** One page: sets document.title, renders the single <h1>, and focuses it after navigation. */
export function Page({ title, lede, children, width = 'wide', documentTitle, path }: PageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const location = useLocation();
  const intl = useIntl();
  const tabTitle = documentTitle ?? title;
  const address = path ?? location.pathname;

  useEffect(() => {
    document.title = intl.formatMessage({ id: 'app.documentTitle' }, { page: tabTitle });
  }, [intl, tabTitle]);

  useEffect(() => {
    if (isNavigation(address)) heading.current?.focus();
  }, [address]);

  return (
    <div className={`page page--${width}`}>
      <h1 ref={heading} tabIndex={-1} className="page__title">
        {title}
      </h1>
      {lede ? <p className="page__lede">{lede}</p> : null}
      {children}
    </div>
  );
}
