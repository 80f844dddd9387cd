import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { StatusMessage } from '../../components/status';
import { TextAreaField } from '../../components/text-field';
import { describeError } from '../../lib/describe-error';
import type { ProgramTopic } from '../../lib/contracts';
import { useSaveProgramTopics } from '../profiles/profiles-api';

const linesOf = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

/** The program's topic taxonomy as plain lines: people pick from it in their profiles. */
export function TopicsEditor({ programId, topics }: { programId: string; topics: readonly ProgramTopic[] }) {
  const intl = useIntl();
  const save = useSaveProgramTopics(programId);
  const [text, setText] = useState(() => topics.map((t) => t.label).join('\n'));
  const [problem, setProblem] = useState<string | undefined>();

  function submit(event: FormEvent) {
    event.preventDefault();
    save.reset();
    const lines = linesOf(text);
    const tooLong = lines.find((l) => l.length > 60);
    if (tooLong) return setProblem(intl.formatMessage({ id: 'topicsEditor.tooLong' }, { topic: tooLong }));
    if (lines.length > 200) return setProblem(intl.formatMessage({ id: 'topicsEditor.tooMany' }));
    setProblem(undefined);
    save.mutate(lines, {
      onSuccess: (saved) => setText(saved.map((t) => t.label).join('\n')),
      onError: (error) => setProblem(describeError(intl, error)),
    });
  }

  return (
    <section className="section" aria-labelledby="topics-title">
      <h2 id="topics-title">
        <FormattedMessage id="topicsEditor.title" />
      </h2>
      <form onSubmit={submit} noValidate className="form">
        <TextAreaField
          id="topics-list"
          label={<FormattedMessage id="topicsEditor.label" />}
          description={<FormattedMessage id="topicsEditor.hint" />}
          rows={8}
          value={text}
          onChange={(event) => {
            save.reset();
            setText(event.target.value);
          }}
          error={problem}
        />
        <StatusMessage>
          {save.isSuccess ? <FormattedMessage id="topicsEditor.saved" values={{ count: save.data.length }} /> : null}
        </StatusMessage>
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            <FormattedMessage id="topicsEditor.save" />
          </button>
        </div>
      </form>
    </section>
  );
}
