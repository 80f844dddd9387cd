import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { StatusMessage } from '../../components/status';
import { TextAreaField } from '../../components/text-field';
import { useFormErrors } from '../../components/use-form-errors';
import type { ParticipantRole } from '../../lib/types';
import { useCreateInvitation } from './invitations-api';

const fields = ['emails'] as const;
const looksLikeEmail = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** One address per line or separated by commas or semicolons. */
export function parseEmailList(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).map((e) => e.trim()).filter(Boolean))];
}

export function InviteEmailsForm({ programId, role }: { programId: string; role: ParticipantRole }) {
  const intl = useIntl();
  const form = useFormErrors('invite-emails', fields);
  const create = useCreateInvitation(programId);
  const [text, setText] = useState('');
  const [sent, setSent] = useState<number | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    setSent(null);
    const emails = parseEmailList(text);
    const invalid = emails.filter((e) => !looksLikeEmail.test(e));
    const problem =
      emails.length === 0
        ? intl.formatMessage({ id: 'validation.emailsRequired' })
        : invalid.length > 0
          ? intl.formatMessage({ id: 'validation.emailsInvalid' }, { count: invalid.length, list: invalid.join(', ') })
          : null;
    if (!form.check({ emails: problem })) return;
    create.mutate(
      { role, emails },
      {
        onSuccess: (result) => {
          setSent(result.emailed);
          setText('');
        },
        onError: (error) => form.fromApi(error),
      },
    );
  }

  return (
    <section className="section" aria-labelledby="invite-emails-title">
      <h2 id="invite-emails-title">
        <FormattedMessage id="invite.emailsTitle" />
      </h2>
      {form.summary}
      <StatusMessage>
        {sent !== null ? <FormattedMessage id="invite.emailsSent" values={{ count: sent }} /> : null}
      </StatusMessage>
      <form onSubmit={submit} noValidate className="form">
        <TextAreaField
          id={form.fieldId('emails')}
          label={<FormattedMessage id="invite.emailsLabel" />}
          description={<FormattedMessage id="invite.emailsHint" />}
          value={text}
          onChange={(e) => setText(e.target.value)}
          error={form.error('emails')}
          spellCheck={false}
          autoCapitalize="off"
        />
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={create.isPending}>
            <FormattedMessage id="invite.emailsSubmit" values={{ role }} />
          </button>
        </div>
      </form>
    </section>
  );
}
