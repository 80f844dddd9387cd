import type { FormatNumberOptions, IntlShape } from 'react-intl';
import type { MeasureKey, ReportMeasure } from '../../lib/contracts';

/** "—" is read aloud badly; a missing figure says so in words. */
export function orNone(intl: IntlShape, value: number | null, format: (n: number) => string): string {
  return value === null ? intl.formatMessage({ id: 'report.noValue' }) : format(value);
}

export const percent = (intl: IntlShape, share: number | null) =>
  orNone(intl, share, (n) => intl.formatNumber(n, { style: 'percent', maximumFractionDigits: 0 }));

export const decimal = (intl: IntlShape, value: number | null, digits = 1) =>
  orNone(intl, value, (n) => intl.formatNumber(n, { maximumFractionDigits: digits }));

/** A measure's value the way it reads best: a share as a percentage, minutes whole, the rest to one decimal. */
export function measureValue(intl: IntlShape, key: MeasureKey, value: number | null): string {
  if (key === 'goodFit') return percent(intl, value);
  return decimal(intl, value, key === 'minutesPerMonth' ? 0 : 1);
}

/** A signed difference ("+0.2", "−5 %") in the measure's own unit. */
export function signedValue(intl: IntlShape, key: MeasureKey, value: number): string {
  const options: FormatNumberOptions = key === 'goodFit'
    ? { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' }
    : { maximumFractionDigits: key === 'minutesPerMonth' ? 0 : 1, signDisplay: 'exceptZero' };
  return intl.formatNumber(value, options);
}

/** The sentence comparing distance with same-city pairs for one measure, with its interval; null-safe. */
export function differenceSentence(intl: IntlShape, m: ReportMeasure): string {
  const measure = intl.formatMessage({ id: `report.measure.${m.key}` });
  const d = m.difference;
  if (!d) return intl.formatMessage({ id: 'report.noDifference' }, { measure });
  const relative =
    d.relative !== null && (m.key === 'meetingsPerMonth' || m.key === 'minutesPerMonth') && d.relative !== 0
      ? intl.formatMessage(
          { id: d.relative > 0 ? 'report.relativeMore' : 'report.relativeLess' },
          { share: intl.formatNumber(Math.abs(d.relative), { style: 'percent', maximumFractionDigits: 0 }), unit: intl.formatMessage({ id: `report.unit.${m.key}` }) },
        )
      : 'none';
  return intl.formatMessage(
    { id: 'report.difference' },
    {
      measure,
      distance: measureValue(intl, m.key, m.distance.mean),
      local: measureValue(intl, m.key, m.local.mean),
      estimate: signedValue(intl, m.key, d.estimate),
      confidence: intl.formatNumber(Math.round(d.confidence * 100)),
      low: signedValue(intl, m.key, d.low),
      high: signedValue(intl, m.key, d.high),
      relative,
    },
  );
}
