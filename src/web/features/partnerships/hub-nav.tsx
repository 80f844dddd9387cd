import { FormattedMessage, useIntl } from 'react-intl';
import { NavLink } from 'react-router';
import { hiddenTag } from '../../components/visually-hidden';
import { hubPages } from './hub-pages';
import { hubPath, hubSections } from './hub-sections';

/** How long focus may wait for a section's code to arrive on a slow connection. */
const FOCUS_WAIT_MS = 15_000;

/**
 * After a section link is followed, moves focus to the section's first heading once it is on the
 * page (its code may still be downloading), unless the person has moved on meanwhile.
 */
function focusWhenShown(id: string, from: HTMLElement): void {
  const until = performance.now() + FOCUS_WAIT_MS;
  const step = () => {
    const active = document.activeElement;
    if (active && active !== from && active !== document.body) return;
    const target = document.getElementById(id);
    if (target) {
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus();
      return;
    }
    if (performance.now() < until) requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
}

interface HubNavProps {
  partnershipId: string;
  unread: number;
  active: boolean;
}

/** The hub's sections as links (the current one marked for screen readers), with the unread count. */
export function HubNav({ partnershipId, unread, active }: HubNavProps) {
  const intl = useIntl();
  return (
    <nav className="hub-nav" aria-label={intl.formatMessage({ id: 'hub.navLabel' })}>
      <ul className="hub-nav__list">
        {hubSections.map((section) => (
          <li key={section.key}>
            <NavLink
              to={hubPath(partnershipId, section.key)}
              end
              className="hub-nav__link"
              onClick={(event) => focusWhenShown(section.headingId, event.currentTarget)}
              onFocus={() => void hubPages[section.key].preload()}
              onMouseEnter={() => void hubPages[section.key].preload()}
            >
              <FormattedMessage id={section.key === 'ending' ? `hub.section.ending.${active ? 'active' : 'closed'}` : `hub.section.${section.key}`} />
              {section.key === 'messages' && unread > 0 ? (
                <>
                  {' '}
                  <span className="hub-nav__badge">
                    <FormattedMessage id="hub.unreadBadge" values={{ count: unread, hidden: hiddenTag }} />
                  </span>
                </>
              ) : null}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
