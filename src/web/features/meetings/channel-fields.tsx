import { FormattedMessage, type IntlShape } from 'react-intl';
import { TextField } from '../../components/text-field';
import type { MeetingChannel } from '../../lib/contracts';

export const CHANNELS: readonly MeetingChannel[] = ['video', 'phone', 'in-person', 'link'];

export interface ChannelDraft {
  channel: MeetingChannel;
  /** The phone number (phone) or the place (in person). */
  location: string;
  /** The person's own meeting link (link). */
  url: string;
}

export const emptyChannel: ChannelDraft = { channel: 'video', location: '', url: '' };

/** What is missing or wrong for the chosen channel, by field. */
export function channelProblems(intl: IntlShape, draft: ChannelDraft): { location: string | null; url: string | null } {
  const needsLocation = draft.channel === 'phone' || draft.channel === 'in-person';
  return {
    location:
      needsLocation && !draft.location.trim()
        ? intl.formatMessage({ id: draft.channel === 'phone' ? 'channel.phoneRequired' : 'channel.placeRequired' })
        : null,
    url:
      draft.channel === 'link' && !/^https?:\/\/\S+\.\S+/.test(draft.url.trim())
        ? intl.formatMessage({ id: 'channel.urlInvalid' })
        : null,
  };
}

/** The channel fields as the API takes them: a place or number only where it means something. */
export function channelInput(draft: ChannelDraft): { channel: MeetingChannel; location?: string; url?: string } {
  if (draft.channel === 'phone' || draft.channel === 'in-person') return { channel: draft.channel, location: draft.location.trim() };
  if (draft.channel === 'link') return { channel: draft.channel, url: draft.url.trim() };
  return { channel: draft.channel };
}

interface ChannelFieldsProps {
  idPrefix: string;
  value: ChannelDraft;
  onChange: (value: ChannelDraft) => void;
  fieldId: (name: 'location' | 'url') => string;
  error: (name: 'location' | 'url') => string | undefined;
}

/** How to meet (a radio group), then the number, place or link that channel needs. */
export function ChannelFields({ idPrefix, value, onChange, fieldId, error }: ChannelFieldsProps) {
  const set = (patch: Partial<ChannelDraft>) => onChange({ ...value, ...patch });
  return (
    <>
      <fieldset className="fieldset">
        <legend className="field__label">
          <FormattedMessage id="channel.legend" />
        </legend>
        {CHANNELS.map((channel) => (
          <label key={channel} className="choice choice--block">
            <input
              type="radio"
              name={`${idPrefix}-channel`}
              id={`${idPrefix}-channel-${channel}`}
              value={channel}
              checked={value.channel === channel}
              onChange={() => set({ channel })}
            />
            <span>
              <FormattedMessage id={`channel.option.${channel}`} />
            </span>
          </label>
        ))}
      </fieldset>
      {value.channel === 'phone' || value.channel === 'in-person' ? (
        <TextField
          id={fieldId('location')}
          label={<FormattedMessage id={value.channel === 'phone' ? 'channel.phoneLabel' : 'channel.placeLabel'} />}
          description={<FormattedMessage id={value.channel === 'phone' ? 'channel.phoneHint' : 'channel.placeHint'} />}
          type={value.channel === 'phone' ? 'tel' : 'text'}
          autoComplete={value.channel === 'phone' ? 'tel' : 'off'}
          maxLength={300}
          value={value.location}
          onChange={(event) => set({ location: event.target.value })}
          error={error('location')}
        />
      ) : null}
      {value.channel === 'link' ? (
        <TextField
          id={fieldId('url')}
          label={<FormattedMessage id="channel.urlLabel" />}
          description={<FormattedMessage id="channel.urlHint" />}
          type="url"
          inputMode="url"
          maxLength={500}
          value={value.url}
          onChange={(event) => set({ url: event.target.value })}
          error={error('url')}
        />
      ) : null}
    </>
  );
}
