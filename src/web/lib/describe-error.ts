import type { IntlShape } from 'react-intl';
import { isApiError } from './api';

/** A sentence for the person in front of the screen, for any error a request can end with. */
export function describeError(intl: IntlShape, error: unknown): string {
  if (!isApiError(error)) return intl.formatMessage({ id: 'error.unexpected' });
  switch (error.code) {
    case 'network':
      return intl.formatMessage({ id: 'error.network' });
    case 'rate_limited':
      return intl.formatMessage({ id: 'error.rateLimited' }, { seconds: error.retryAfterSeconds ?? 60 });
    case 'invalid_credentials':
      return intl.formatMessage({ id: 'error.invalidCredentials' });
    case 'email_taken':
      return intl.formatMessage({ id: 'error.emailTaken' });
    case 'unauthenticated':
      return intl.formatMessage({ id: 'error.unauthenticated' });
    case 'forbidden':
    case 'csrf_failed':
      return intl.formatMessage({ id: 'error.forbidden' });
    case 'not_found':
      return intl.formatMessage({ id: 'error.notFound' });
    case 'invalid_token':
      return intl.formatMessage({ id: 'error.invalidToken' });
    case 'invitation_expired':
      return intl.formatMessage({ id: 'error.invitationExpired' });
    case 'already_member':
      return intl.formatMessage({ id: 'error.alreadyMember' });
    case 'last_admin':
      return intl.formatMessage({ id: 'error.lastAdmin' });
    case 'already_matched':
      return intl.formatMessage({ id: 'error.alreadyMatched' });
    case 'already_requested':
      return intl.formatMessage({ id: 'error.alreadyRequested' });
    case 'too_many_open_requests':
      return intl.formatMessage({ id: 'error.tooManyOpenRequests' });
    case 'mentor_full':
      return intl.formatMessage({ id: 'error.mentorFull' });
    case 'request_closed':
      return intl.formatMessage({ id: 'error.requestClosed' });
    case 'run_not_draft':
      return intl.formatMessage({ id: 'error.runNotDraft' });
    case 'stale_run':
      return intl.formatMessage({ id: 'error.staleRun' });
    case 'meeting_closed':
      return intl.formatMessage({ id: 'error.meetingClosed' });
    case 'time_conflict':
      return intl.formatMessage({ id: 'error.timeConflict' });
    case 'outside_availability':
      return intl.formatMessage({ id: 'error.outsideAvailability' });
    case 'partnership_closed':
      return intl.formatMessage({ id: 'error.partnershipClosed' });
    case 'agreement_changed':
      return intl.formatMessage({ id: 'error.agreementChanged' });
    case 'edit_window_closed':
      return intl.formatMessage({ id: 'error.editWindowClosed' });
    case 'already_reflected':
      return intl.formatMessage({ id: 'error.alreadyReflected' });
    case 'already_answered':
      return intl.formatMessage({ id: 'error.alreadyAnswered' });
    case 'survey_closed':
      return intl.formatMessage({ id: 'error.surveyClosed' });
    case 'survey_has_answers':
      return intl.formatMessage({ id: 'error.surveyHasAnswers' });
    case 'already_offered':
      return intl.formatMessage({ id: 'error.alreadyOffered' });
    default:
      if (error.status === 429) {
        return intl.formatMessage({ id: 'error.rateLimited' }, { seconds: error.retryAfterSeconds ?? 60 });
      }
      if (error.status >= 500) return intl.formatMessage({ id: 'error.server' });
      return error.message || intl.formatMessage({ id: 'error.unexpected' });
  }
}
