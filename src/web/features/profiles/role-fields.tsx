import { FormattedMessage, useIntl } from 'react-intl';
import { ChipPicker } from '../../components/chip-picker';
import { FieldShell, TextAreaField, TextField } from '../../components/text-field';
import type { ProfileDraft } from './profile-draft';
import { useLanguageOptions } from './use-language-options';

interface RoleFieldsProps {
  draft: ProfileDraft;
  set: (patch: Partial<ProfileDraft>) => void;
  fieldId: (name: string) => string;
  error: (name: string) => string | undefined;
}

const zoneGaps = Array.from({ length: 15 }, (_, hours) => hours);

/** A mentor's capacity and the mentees they accept: languages, widest zone gap, meeting in person. */
export function MentorFields({ draft, set, fieldId, error }: RoleFieldsProps) {
  const intl = useIntl();
  const languages = useLanguageOptions();
  return (
    <section className="section profile-section" aria-labelledby="profile-mentoring-title">
      <h2 id="profile-mentoring-title">
        <FormattedMessage id="profile.mentoringTitle" />
      </h2>
      <div className="form">
        <TextField
          id={fieldId('capacity')}
          label={<FormattedMessage id="profile.capacity" />}
          description={<FormattedMessage id="profile.capacityHint" />}
          type="number"
          inputMode="numeric"
          min={0}
          max={20}
          step={1}
          className="field__control--short"
          value={draft.capacity}
          onChange={(event) => set({ capacity: event.target.value })}
          error={error('capacity')}
        />
        <ChipPicker
          id={fieldId('prefLanguages')}
          label={<FormattedMessage id="profile.prefLanguages" />}
          description={<FormattedMessage id="profile.prefLanguagesHint" />}
          error={error('prefLanguages')}
          options={languages.options}
          values={draft.prefLanguages}
          onChange={(prefLanguages) => set({ prefLanguages })}
          labelOf={languages.labelOf}
          fromText={languages.fromText}
          addLabel={intl.formatMessage({ id: 'profile.addLanguage' })}
          removeLabel={(label) => intl.formatMessage({ id: 'profile.removeLanguage' }, { label })}
          listLabel={intl.formatMessage({ id: 'profile.prefLanguagesList' })}
          emptyText={intl.formatMessage({ id: 'profile.prefLanguagesNone' })}
          max={10}
        />
        <FieldShell
          id={fieldId('maxZoneGapHours')}
          label={<FormattedMessage id="profile.maxZoneGap" />}
          description={<FormattedMessage id="profile.maxZoneGapHint" />}
          error={error('maxZoneGapHours')}
        >
          {(describedBy) => (
            <select
              id={fieldId('maxZoneGapHours')}
              className="field__control field__control--short"
              value={draft.maxZoneGapHours}
              aria-describedby={describedBy}
              onChange={(event) => set({ maxZoneGapHours: event.target.value })}
            >
              <option value="">{intl.formatMessage({ id: 'profile.maxZoneGapAny' })}</option>
              {zoneGaps.map((hours) => (
                <option key={hours} value={String(hours)}>
                  {intl.formatMessage({ id: 'profile.maxZoneGapHours' }, { hours })}
                </option>
              ))}
            </select>
          )}
        </FieldShell>
        <label className="choice choice--block">
          <input
            id={fieldId('openToInPerson')}
            type="checkbox"
            checked={draft.openToInPerson}
            onChange={(event) => set({ openToInPerson: event.target.checked })}
          />
          <span>
            <FormattedMessage id="profile.openToInPerson" />
          </span>
        </label>
      </div>
    </section>
  );
}

/** A mentee's accessibility needs, and whether their mentor may read them. */
export function MenteeFields({ draft, set, fieldId, error }: RoleFieldsProps) {
  return (
    <section className="section profile-section" aria-labelledby="profile-access-title">
      <h2 id="profile-access-title">
        <FormattedMessage id="profile.accessTitle" />
      </h2>
      <div className="form">
        <TextAreaField
          id={fieldId('accessibilityNeeds')}
          label={<FormattedMessage id="profile.accessNeeds" />}
          description={<FormattedMessage id="profile.accessNeedsHint" />}
          optional
          maxLength={2000}
          rows={4}
          value={draft.accessibilityNeeds}
          onChange={(event) => set({ accessibilityNeeds: event.target.value })}
          error={error('accessibilityNeeds')}
        />
        <label className="choice choice--block">
          <input
            type="checkbox"
            checked={draft.shareAccessibilityNeeds}
            onChange={(event) => set({ shareAccessibilityNeeds: event.target.checked })}
          />
          <span>
            <FormattedMessage id="profile.shareNeeds" />
          </span>
        </label>
      </div>
    </section>
  );
}
