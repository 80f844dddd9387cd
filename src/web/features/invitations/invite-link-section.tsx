import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { CopyButton } from '../../components/copy-button';
import { ErrorSummary } from '../../components/error-summary';
import { describeError } from '../../lib/describe-error';
import type { ParticipantRole } from '../../lib/types';
import { useCreateInvitation, type CreatedInvitation } from './invitations-api';

/** Creates a shareable join link for the chosen role and shows it ready to copy. */
export function InviteLinkSection({ programId, role }: { programId: string; role: ParticipantRole }) {
  const intl = useIntl();
  const create = useCreateInvitation(programId);
  const [created, setCreated] = useState<CreatedInvitation | null>(null);

  return (
    <section className="section" aria-labelledby="invite-link-title">
      <h2 id="invite-link-title">
        <FormattedMessage id="invite.linkTitle" />
      </h2>
      <p>
        <FormattedMessage id="invite.linkHint" />
      </p>
      <ErrorSummary items={[]} general={create.isError ? describeError(intl, create.error) : null} />
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          disabled={create.isPending}
          onClick={() => create.mutate({ role }, { onSuccess: setCreated })}
        >
          <FormattedMessage id="invite.createLink" values={{ role }} />
        </button>
      </div>
      {created ? (
        <div className="link-box">
          <label className="field__label" htmlFor="invite-link-url">
            <FormattedMessage
              id="invite.linkLabel"
              values={{ role: created.invitation.role }}
            />
          </label>
          <div className="link-box__row">
            <input
              id="invite-link-url"
              className="field__control link-box__input"
              readOnly
              value={created.url}
              onFocus={(e) => e.currentTarget.select()}
            />
            <CopyButton sourceId="invite-link-url" text={created.url} />
          </div>
        </div>
      ) : null}
    </section>
  );
}
