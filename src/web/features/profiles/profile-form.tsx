import { useMemo, useRef, useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ChipPicker, type TextResult } from '../../components/chip-picker';
import { StatusMessage } from '../../components/status';
import { TextAreaField, TextField } from '../../components/text-field';
import { useFormErrors } from '../../components/use-form-errors';
import type { CompletenessItem, Profile } from '../../lib/contracts';
import { weekdayName } from '../../lib/format';
import { addButtonId } from './availability-editor';
import { CompletenessPanel } from './completeness-panel';
import { completenessOf, draftFrom, inputFrom, windowProblems, type ProfileDraft } from './profile-draft';
import { staticFields, withFormPaths } from './profile-errors';
import { AvailabilitySection, ChannelsSection, PlaceSection } from './profile-sections';
import { useProgramTopics, useSaveProfile } from './profiles-api';
import { MenteeFields, MentorFields } from './role-fields';
import { useLanguageOptions } from './use-language-options';

/** The whole profile in one form: about, topics, languages, place and zone, hours, channels, role specifics. */
export function ProfileForm({ profile }: { profile: Profile }) {
  const intl = useIntl();
  const save = useSaveProfile(profile.programId);
  const taxonomy = useProgramTopics(profile.programId);
  const languages = useLanguageOptions();
  const [draft, setDraft] = useState<ProfileDraft>(() => draftFrom(profile));
  const [saved, setSaved] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const windowCount = draft.availability.length;
  const names = useMemo(
    () => [
      ...staticFields,
      ...Array.from({ length: windowCount }, (_, i) => [`availability.${i}.start`, `availability.${i}.end`]).flat(),
    ],
    [windowCount],
  );
  const form = useFormErrors<string>('profile', names);
  const isMentor = profile.role === 'mentor';

  const set = (patch: Partial<ProfileDraft>) => {
    setSaved(false);
    setDraft((current) => ({ ...current, ...patch }));
  };

  const topicOptions = useMemo(() => (taxonomy.data ?? []).map((t) => ({ id: t.label, label: t.label })), [taxonomy.data]);
  const topicFromText = (text: string): TextResult => {
    if (text.length > 60) return { problem: intl.formatMessage({ id: 'profile.topicTooLong' }) };
    const same = draft.topics.find((t) => t.localeCompare(text, undefined, { sensitivity: 'base' }) === 0);
    return { value: same ?? text };
  };

  const fieldFor = (item: CompletenessItem): string =>
    item === 'city' ? form.fieldId('cityId') : item === 'availability' ? addButtonId(1) : form.fieldId(item);

  function clientProblems(): Record<string, string | null> {
    const problems: Record<string, string | null> = {
      languages: draft.languages.length ? null : intl.formatMessage({ id: `profile.languagesRequired.${profile.role}` }),
    };
    const capacity = Number(draft.capacity);
    if (isMentor && (draft.capacity.trim() === '' || !Number.isInteger(capacity) || capacity < 0 || capacity > 20)) {
      problems.capacity = intl.formatMessage({ id: 'profile.capacityInvalid' });
    }
    for (const p of windowProblems(draft.availability)) {
      const w = draft.availability[p.index]!;
      const n = draft.availability.filter((o, i) => o.weekday === w.weekday && i <= p.index).length;
      const id = p.kind === 'order' ? 'availability.endBeforeStart' : 'availability.overlap';
      problems[`availability.${p.index}.${p.field}`] = intl.formatMessage({ id }, { day: weekdayName(intl, w.weekday), n });
    }
    return problems;
  }

  function showProblems() {
    // The summary sits at the top of a long form: take the reader there so they hear and see it.
    requestAnimationFrame(() => summaryRef.current?.focus());
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    if (!form.check(clientProblems())) return showProblems();
    save.mutate(inputFrom(draft, profile.role), {
      onSuccess: (next) => {
        setDraft(draftFrom(next));
        setSaved(true);
      },
      onError: (error) => {
        form.fromApi(withFormPaths(error));
        showProblems();
      },
    });
  }

  const completeness = useMemo(() => completenessOf(draft, profile.role), [draft, profile.role]);

  return (
    <>
      <CompletenessPanel percent={completeness.percent} missing={completeness.missing} fieldFor={fieldFor} />
      <div ref={summaryRef} tabIndex={-1} className="profile-errors">
        {form.summary}
      </div>
      <form onSubmit={submit} noValidate className="profile-form">
        <section className="section profile-section" aria-labelledby="profile-about-title">
          <h2 id="profile-about-title">
            <FormattedMessage id="profile.aboutTitle" />
          </h2>
          <div className="form">
            <TextField
              id={form.fieldId('headline')}
              label={<FormattedMessage id="profile.headline" />}
              description={<FormattedMessage id={`profile.headlineHint.${profile.role}`} />}
              maxLength={140}
              value={draft.headline}
              onChange={(event) => set({ headline: event.target.value })}
              error={form.error('headline')}
            />
            <TextAreaField
              id={form.fieldId('bio')}
              label={<FormattedMessage id="profile.bio" />}
              description={<FormattedMessage id={`profile.bioHint.${profile.role}`} />}
              maxLength={4000}
              value={draft.bio}
              onChange={(event) => set({ bio: event.target.value })}
              error={form.error('bio')}
            />
            <ChipPicker
              id={form.fieldId('topics')}
              label={<FormattedMessage id={`profile.topics.${profile.role}`} />}
              description={<FormattedMessage id="profile.topicsHint" />}
              error={form.error('topics')}
              options={topicOptions}
              values={draft.topics}
              onChange={(topics) => set({ topics })}
              labelOf={(topic) => topic}
              fromText={topicFromText}
              addLabel={intl.formatMessage({ id: 'profile.addTopic' })}
              removeLabel={(label) => intl.formatMessage({ id: 'profile.removeTopic' }, { label })}
              listLabel={intl.formatMessage({ id: `profile.topics.${profile.role}` })}
              emptyText={intl.formatMessage({ id: 'profile.topicsNone' })}
              max={20}
            />
            <ChipPicker
              id={form.fieldId('languages')}
              label={<FormattedMessage id="profile.languages" />}
              description={<FormattedMessage id="profile.languagesHint" />}
              error={form.error('languages')}
              options={languages.options}
              values={draft.languages}
              onChange={(next) => set({ languages: next })}
              labelOf={languages.labelOf}
              fromText={languages.fromText}
              addLabel={intl.formatMessage({ id: 'profile.addLanguage' })}
              removeLabel={(label) => intl.formatMessage({ id: 'profile.removeLanguage' }, { label })}
              listLabel={intl.formatMessage({ id: 'profile.languages' })}
              emptyText={intl.formatMessage({ id: 'profile.languagesNone' })}
              max={10}
            />
          </div>
        </section>
        <PlaceSection draft={draft} savedZone={profile.timeZone} set={set} fieldId={form.fieldId} error={form.error} />
        <AvailabilitySection
          draft={draft}
          set={(patch) => {
            // Window errors are kept by place in the list; once rows come or go they would point at the wrong one.
            if (patch.availability && patch.availability.length !== draft.availability.length) form.clear();
            set(patch);
          }}
          fieldId={form.fieldId}
          error={form.error}
        />
        <ChannelsSection draft={draft} set={set} error={form.error('channels')} />
        {isMentor ? (
          <MentorFields draft={draft} set={set} fieldId={form.fieldId} error={form.error} />
        ) : (
          <MenteeFields draft={draft} set={set} fieldId={form.fieldId} error={form.error} />
        )}
        <div className="section profile-save">
          <StatusMessage>{saved ? <FormattedMessage id="profile.saved" /> : null}</StatusMessage>
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={save.isPending}>
              {save.isPending ? <FormattedMessage id="profile.saving" /> : <FormattedMessage id="profile.save" />}
            </button>
          </div>
        </div>
      </form>
    </>
  );
}
