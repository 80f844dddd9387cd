import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { PersonTime } from '../../components/person-time';
import { hiddenTag } from '../../components/visually-hidden';
import type { Partnership } from '../../lib/contracts';
import { roundedHours } from '../../lib/format';
import type { ProgramRole } from '../../lib/types';

interface PartnershipListProps {
  partnerships: readonly Partnership[];
  /** My roles per program id, to tell which side of each pair I am. */
  rolesIn: (programId: string) => readonly ProgramRole[];
  now: Date;
  showProgram?: boolean;
  headingLevel?: 2 | 3;
  /** Unread messages in a partnership, when known. */
  unreadIn?: (partnershipId: string) => number;
}

/** Each partnership from my side: the partner and their time now, how far apart we are, our shared hours. */
export function PartnershipList({ partnerships, rolesIn, now, showProgram = false, headingLevel = 3, unreadIn }: PartnershipListProps) {
  const intl = useIntl();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="partnership-list">
      {partnerships.map((p) => {
        const iMentor = rolesIn(p.programId).includes('mentor');
        const partner = iMentor ? p.mentee : p.mentor;
        const hours = roundedHours(p.overlapMinutesPerWeek);
        const unread = unreadIn?.(p.id) ?? 0;
        return (
          <li key={p.id}>
            <article className="partnership" aria-labelledby={`partnership-${p.id}`}>
              <Heading id={`partnership-${p.id}`} className="partnership__name">
                {partner.name}
              </Heading>
              <p className="partnership__role">
                {showProgram ? (
                  <FormattedMessage id="partnership.roleInProgram" values={{ role: iMentor ? 'mentor' : 'mentee', program: p.programName }} />
                ) : (
                  <FormattedMessage id={iMentor ? 'partnership.yourMentee' : 'partnership.yourMentor'} />
                )}
              </p>
              <p className="partnership__time">
                <PersonTime zone={partner.timeZone} now={now} />
              </p>
              {unread > 0 ? (
                <p className="partnership__unread">
                  <FormattedMessage id="partnership.unread" values={{ count: unread }} />
                </p>
              ) : null}
              <dl className="facts">
                <div>
                  <dt><FormattedMessage id="partnership.distance" /></dt>
                  <dd>
                    <FormattedMessage id={`distance.${p.distanceClass}`} />
                    {p.zoneGapMinutes > 0 ? (
                      <span className="cell__sub">
                        <FormattedMessage id="partnership.zoneGap" values={{ hours: p.zoneGapMinutes / 60 }} />
                      </span>
                    ) : null}
                  </dd>
                </div>
                <div>
                  <dt><FormattedMessage id="partnership.shared" /></dt>
                  <dd><FormattedMessage id="partnership.sharedHours" values={{ hours }} /></dd>
                </div>
                <div>
                  <dt><FormattedMessage id="partnership.started" /></dt>
                  <dd><FormattedDate value={p.startedAt} dateStyle="medium" /></dd>
                </div>
                <div>
                  <dt><FormattedMessage id="partnership.status" /></dt>
                  <dd>
                    <FormattedMessage id={`partnership.status.${p.status}`} />
                    {p.score !== null ? (
                      <span className="cell__sub">
                        {intl.formatMessage({ id: 'partnership.score' }, { score: Math.round(p.score) })}
                      </span>
                    ) : null}
                  </dd>
                </div>
              </dl>
              <div className="button-row">
                <Link to={`/partnerships/${p.id}`} className="button button--secondary">
                  <FormattedMessage id="partnership.open" values={{ name: partner.name, hidden: hiddenTag }} />
                </Link>
              </div>
            </article>
          </li>
        );
      })}
    </ul>
  );
}
