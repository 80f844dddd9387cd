import { FormattedMessage } from 'react-intl';
import { TimeZoneSelect } from '../../components/time-zone-select';
import { zoneLabel } from '../../lib/clock';
import { AvailabilityEditor } from './availability-editor';
import { AvailabilitySummary } from './availability-summary';
import { CityField } from './city-field';
import { CHANNELS, type ProfileDraft } from './profile-draft';

interface SectionProps {
  draft: ProfileDraft;
  set: (patch: Partial<ProfileDraft>) => void;
  fieldId: (name: string) => string;
  error: (name: string) => string | undefined;
}

/** City (which sets the zone) and the zone itself, for people whose clock is not their city's. */
export function PlaceSection({ draft, set, fieldId, error, savedZone }: SectionProps & { savedZone: string }) {
  const changes = draft.timeZone !== savedZone;
  return (
    <section className="section profile-section" aria-labelledby="profile-place-title">
      <h2 id="profile-place-title">
        <FormattedMessage id="profile.placeTitle" />
      </h2>
      <div className="form">
        <CityField
          id={fieldId('cityId')}
          value={draft.city}
          error={error('cityId')}
          onChange={(city) => set(city ? { city, timeZone: city.timeZone } : { city: null })}
        />
        <p role="status" className="zone-note">
          <FormattedMessage
            id={changes ? 'profile.zoneWillBe' : 'profile.zoneIs'}
            values={{ zone: <strong>{zoneLabel(draft.timeZone)}</strong> }}
          />
        </p>
        <TimeZoneSelect
          id={fieldId('timeZone')}
          label={<FormattedMessage id="profile.timeZone" />}
          description={<FormattedMessage id="profile.timeZoneHint" />}
          value={draft.timeZone}
          onChange={(timeZone) => set({ timeZone })}
          error={error('timeZone')}
        />
      </div>
    </section>
  );
}

/** The weekly hours editor and, under it, the week at a glance. */
export function AvailabilitySection({ draft, set, fieldId, error }: SectionProps) {
  return (
    <section className="section profile-section" aria-labelledby="profile-availability-title">
      <h2 id="profile-availability-title" tabIndex={-1}>
        <FormattedMessage id="profile.availabilityTitle" />
      </h2>
      <p className="field__hint" id="profile-availability-hint">
        <FormattedMessage id="profile.availabilityHint" values={{ zone: zoneLabel(draft.timeZone) }} />
      </p>
      {error('availability') ? (
        <p className="field__error" id={fieldId('availability')} tabIndex={-1}>
          {error('availability')}
        </p>
      ) : null}
      <AvailabilityEditor
        windows={draft.availability}
        onChange={(availability) => set({ availability })}
        fieldId={(index, part) => fieldId(`availability.${index}.${part}`)}
        errorOf={(index, part) => error(`availability.${index}.${part}`)}
      />
      <AvailabilitySummary windows={draft.availability} timeZone={draft.timeZone} />
    </section>
  );
}

/** How the person likes to meet: a native checkbox group. */
export function ChannelsSection({ draft, set, error }: Omit<SectionProps, 'fieldId' | 'error'> & { error?: string | undefined }) {
  return (
    <section className="section profile-section" aria-labelledby="profile-channels-title">
      <fieldset className="fieldset" aria-describedby={error ? 'profile-channels-error' : undefined}>
        <legend>
          <h2 id="profile-channels-title" className="fieldset__heading">
            <FormattedMessage id="profile.channelsTitle" />
          </h2>
        </legend>
        {error ? (
          <p className="field__error" id="profile-channels-error">
            {error}
          </p>
        ) : null}
        <div className="choice-row">
          {CHANNELS.map((channel) => (
            <label key={channel} className="choice">
              <input
                id={channel === CHANNELS[0] ? 'profile-channels' : `profile-channels-${channel}`}
                type="checkbox"
                checked={draft.channels.includes(channel)}
                onChange={(event) =>
                  set({
                    channels: event.target.checked
                      ? CHANNELS.filter((c) => c === channel || draft.channels.includes(c))
                      : draft.channels.filter((c) => c !== channel),
                  })
                }
              />
              <span>
                <FormattedMessage id={`channel.${channel}`} />
              </span>
            </label>
          ))}
        </div>
      </fieldset>
    </section>
  );
}
