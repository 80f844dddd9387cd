import type { MouseEvent } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link, NavLink, Outlet, useNavigate } from 'react-router';
import { useSignOut } from '../features/accounts/accounts-api';
import { useMe } from '../features/accounts/use-me';
import { LanguageSwitcher } from '../i18n/language-switcher';

function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  // Focus <main> directly instead of changing the URL hash, which the router would treat as a navigation.
  const main = document.getElementById('main');
  if (!main) return;
  event.preventDefault();
  main.focus();
  main.scrollIntoView();
}

export function Layout() {
  const { data: user } = useMe();
  const signOut = useSignOut();
  const navigate = useNavigate();

  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        <FormattedMessage id="layout.skipLink" />
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <Link to="/" className="brand">
            <span className="brand__mark" aria-hidden="true" />
            <FormattedMessage id="app.name" />
          </Link>
          <nav aria-labelledby="main-nav-label" className="site-nav">
            <h2 id="main-nav-label" className="visually-hidden">
              <FormattedMessage id="layout.navLabel" />
            </h2>
            <ul className="site-nav__list">
              {user ? (
                <>
                  <li>
                    <NavLink to="/" end className="site-nav__link">
                      <FormattedMessage id="nav.programs" />
                    </NavLink>
                  </li>
                  <li>
                    <NavLink to="/partnerships" className="site-nav__link">
                      <FormattedMessage id="nav.partnerships" />
                    </NavLink>
                  </li>
                  <li>
                    <NavLink to="/settings" className="site-nav__link">
                      <FormattedMessage id="nav.settings" />
                    </NavLink>
                  </li>
                  <li>
                    <button
                      type="button"
                      className="site-nav__link site-nav__button"
                      onClick={() => signOut.mutate(undefined, { onSettled: () => void navigate('/signin') })}
                    >
                      <FormattedMessage id="nav.signOut" />
                    </button>
                  </li>
                </>
              ) : (
                <>
                  <li>
                    <NavLink to="/signin" className="site-nav__link">
                      <FormattedMessage id="nav.signIn" />
                    </NavLink>
                  </li>
                  <li>
                    <NavLink to="/signup" className="site-nav__link">
                      <FormattedMessage id="nav.signUp" />
                    </NavLink>
                  </li>
                </>
              )}
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="container site-main">
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="container site-footer__inner">
          <p>
            <FormattedMessage id="layout.footer" />
          </p>
          {/* Signed-in people keep the language saved in their settings. */}
          {user === null ? <LanguageSwitcher /> : null}
        </div>
      </footer>
    </>
  );
}
