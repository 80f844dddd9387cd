import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { StatusMessage } from '../../components/status';
import { FieldShell, TextField } from '../../components/text-field';
import { useFormErrors } from '../../components/use-form-errors';
import type { Settings, Weights } from '../../lib/contracts';
import { useSaveMatchingSettings } from './matching-api';

const weightKeys = ['topics', 'language', 'overlap', 'distance', 'capacity'] as const;
const fields = [...weightKeys, 'weights', 'maxOpenRequests', 'requestExpiryDays'] as const;

type Texts = Record<(typeof weightKeys)[number] | 'maxOpenRequests' | 'requestExpiryDays', string>;

const whole = (text: string, min: number, max: number) => {
  const n = Number(text);
  return text.trim() !== '' && Number.isInteger(n) && n >= min && n <= max;
};

/** Weights (each 0–100, shown as their share of the score) and the request limits of a program. */
export function SettingsForm({ programId, settings }: { programId: string; settings: Settings }) {
  const intl = useIntl();
  const save = useSaveMatchingSettings(programId);
  const form = useFormErrors('settings', fields);
  const [texts, setTexts] = useState<Texts>({
    ...(Object.fromEntries(weightKeys.map((k) => [k, String(settings.weights[k])])) as Record<keyof Weights, string>),
    maxOpenRequests: String(settings.maxOpenRequests),
    requestExpiryDays: String(settings.requestExpiryDays),
  });
  const numbers = weightKeys.map((k) => (whole(texts[k], 0, 100) ? Number(texts[k]) : 0));
  const total = numbers.reduce((a, b) => a + b, 0);

  function submit(event: FormEvent) {
    event.preventDefault();
    save.reset();
    const problems: Partial<Record<(typeof fields)[number], string | null>> = {};
    for (const k of weightKeys) {
      if (!whole(texts[k], 0, 100)) problems[k] = intl.formatMessage({ id: 'matchSettings.weightInvalid' }, { part: intl.formatMessage({ id: `breakdown.${k}` }) });
    }
    if (total === 0 && Object.keys(problems).length === 0) problems.topics = intl.formatMessage({ id: 'matchSettings.weightsZero' });
    if (!whole(texts.maxOpenRequests, 1, 20)) problems.maxOpenRequests = intl.formatMessage({ id: 'matchSettings.maxOpenInvalid' });
    if (!whole(texts.requestExpiryDays, 1, 60)) problems.requestExpiryDays = intl.formatMessage({ id: 'matchSettings.expiryInvalid' });
    if (!form.check(problems)) return;
    save.mutate(
      {
        weights: Object.fromEntries(weightKeys.map((k) => [k, Number(texts[k])])) as Weights,
        maxOpenRequests: Number(texts.maxOpenRequests),
        requestExpiryDays: Number(texts.requestExpiryDays),
      },
      { onError: (error) => form.fromApi(error) },
    );
  }

  const set = (key: keyof Texts, value: string) => {
    save.reset();
    setTexts((current) => ({ ...current, [key]: value }));
  };

  return (
    <section className="section" aria-labelledby="settings-title">
      <h2 id="settings-title">
        <FormattedMessage id="matchSettings.matchingTitle" />
      </h2>
      {form.summary}
      <form onSubmit={submit} noValidate className="form form--wide">
        <fieldset className="fieldset">
          <legend className="field__label">
            <FormattedMessage id="matchSettings.weights" />
          </legend>
          <p className="field__hint">
            <FormattedMessage id="matchSettings.weightsHint" />
          </p>
          <div className="weights">
            {weightKeys.map((k, i) => (
              <div key={k} className="weight">
                <FieldShell id={form.fieldId(k)} label={<FormattedMessage id={`breakdown.${k}`} />} error={form.error(k)}>
                  {(describedBy) => (
                    <input
                      id={form.fieldId(k)}
                      className="field__control"
                      type="number"
                      inputMode="numeric"
                      min={0}
                      max={100}
                      step={5}
                      value={texts[k]}
                      onChange={(event) => set(k, event.target.value)}
                      aria-invalid={form.error(k) ? true : undefined}
                      aria-describedby={[describedBy, `${form.fieldId(k)}-share`].filter(Boolean).join(' ')}
                    />
                  )}
                </FieldShell>
                <span className="weight__bar" aria-hidden="true">
                  <span style={{ inlineSize: `${total > 0 ? (100 * (numbers[i] ?? 0)) / total : 0}%` }} />
                </span>
                <p className="field__hint weight__share" id={`${form.fieldId(k)}-share`}>
                  <FormattedMessage id="matchSettings.share" values={{ share: total > 0 ? (numbers[i] ?? 0) / total : 0 }} />
                </p>
              </div>
            ))}
          </div>
        </fieldset>
        <div className="date-grid">
          <TextField
            id={form.fieldId('maxOpenRequests')}
            label={<FormattedMessage id="matchSettings.maxOpenRequests" />}
            description={<FormattedMessage id="matchSettings.maxOpenRequestsHint" />}
            type="number"
            inputMode="numeric"
            min={1}
            max={20}
            value={texts.maxOpenRequests}
            onChange={(event) => set('maxOpenRequests', event.target.value)}
            error={form.error('maxOpenRequests')}
          />
          <TextField
            id={form.fieldId('requestExpiryDays')}
            label={<FormattedMessage id="matchSettings.requestExpiryDays" />}
            description={<FormattedMessage id="matchSettings.requestExpiryDaysHint" />}
            type="number"
            inputMode="numeric"
            min={1}
            max={60}
            value={texts.requestExpiryDays}
            onChange={(event) => set('requestExpiryDays', event.target.value)}
            error={form.error('requestExpiryDays')}
          />
        </div>
        <StatusMessage>{save.isSuccess ? <FormattedMessage id="matchSettings.matchingSaved" /> : null}</StatusMessage>
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            <FormattedMessage id="matchSettings.matchingSave" />
          </button>
        </div>
      </form>
    </section>
  );
}
