import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { TextAreaField } from '../../components/text-field';
import { useFormErrors } from '../../components/use-form-errors';
import { settle } from '../meetings/meetings-api';
import { useReflect } from './ending-api';

const fields = ['rating', 'learned', 'wouldRecommend'] as const;
const ratings = [1, 2, 3, 4, 5] as const;

/** Looking back, once: how worthwhile it was, what the writer takes away, and whether they would recommend the program. */
export function ReflectionForm({ partnershipId, program, onDone }: { partnershipId: string; program: string; onDone: () => void }) {
  const intl = useIntl();
  const reflect = useReflect(partnershipId);
  const form = useFormErrors('reflection', fields);
  const [rating, setRating] = useState<number | null>(null);
  const [learned, setLearned] = useState('');
  const [recommend, setRecommend] = useState<boolean | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (reflect.isPending) return;
    const ok = form.check({
      rating: rating === null ? intl.formatMessage({ id: 'reflection.ratingRequired' }) : null,
      learned: learned.trim() ? null : intl.formatMessage({ id: 'reflection.learnedRequired' }),
      wouldRecommend: recommend === null ? intl.formatMessage({ id: 'reflection.recommendRequired' }) : null,
    });
    if (!ok || rating === null || recommend === null) return;
    settle(reflect.mutateAsync({ rating, learned: learned.trim(), wouldRecommend: recommend }), onDone, (error) => form.fromApi(error));
  }

  return (
    <form className="form reflection-form" onSubmit={submit} noValidate>
      {form.summary}
      <fieldset className={`fieldset${form.error('rating') ? ' field--invalid' : ''}`} id={form.fieldId('rating')} tabIndex={-1}>
        <legend className="field__label">
          <FormattedMessage id="reflection.ratingLegend" />
        </legend>
        {form.error('rating') ? <p className="field__error">{form.error('rating')}</p> : null}
        <div className="choice-row">
          {ratings.map((r) => (
            <label key={r} className="choice">
              <input type="radio" name="reflection-rating" checked={rating === r} onChange={() => setRating(r)} />
              <span>
                <FormattedMessage id="reflection.rating" values={{ rating: r }} />
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <TextAreaField
        id={form.fieldId('learned')}
        label={<FormattedMessage id="reflection.learnedLabel" />}
        rows={4}
        maxLength={2000}
        value={learned}
        onChange={(e) => setLearned(e.target.value)}
        error={form.error('learned')}
      />
      <fieldset className={`fieldset${form.error('wouldRecommend') ? ' field--invalid' : ''}`} id={form.fieldId('wouldRecommend')} tabIndex={-1}>
        <legend className="field__label">
          <FormattedMessage id="reflection.recommendLegend" values={{ program }} />
        </legend>
        {form.error('wouldRecommend') ? <p className="field__error">{form.error('wouldRecommend')}</p> : null}
        <div className="choice-row">
          {[true, false].map((value) => (
            <label key={String(value)} className="choice">
              <input type="radio" name="reflection-recommend" checked={recommend === value} onChange={() => setRecommend(value)} />
              <span>
                <FormattedMessage id={value ? 'reflection.yes' : 'reflection.no'} />
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={reflect.isPending}>
          <FormattedMessage id="reflection.submit" />
        </button>
      </div>
    </form>
  );
}
