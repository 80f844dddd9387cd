import type { IntlShape } from 'react-intl';

export const minPasswordLength = 10;

export function emailProblem(intl: IntlShape, email: string): string | null {
  if (!email.trim()) return intl.formatMessage({ id: 'validation.emailRequired' });
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) return intl.formatMessage({ id: 'validation.emailInvalid' });
  return null;
}

export function newPasswordProblem(intl: IntlShape, password: string): string | null {
  if (!password) return intl.formatMessage({ id: 'validation.passwordRequired' });
  if (password.length < minPasswordLength) {
    return intl.formatMessage({ id: 'validation.passwordTooShort' }, { min: minPasswordLength });
  }
  return null;
}

export function requiredProblem(intl: IntlShape, value: string, messageId: string): string | null {
  return value.trim() ? null : intl.formatMessage({ id: messageId });
}
