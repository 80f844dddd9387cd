import { createBrowserRouter } from 'react-router';
import { SignInPage } from '../features/accounts/sign-in-page';
import { hubPages } from '../features/partnerships/hub-pages';
import { Layout } from './layout';
import { lazyPage, type LazyPage } from './lazy-page';
import { NotFoundPage, RouteErrorPage } from './not-found-page';
import { RequireAuth } from './require-auth';

// Only the shell, sign-in and the error pages are in the first download; every other page
// is its own chunk. The error pages stay eager: they must show even when a chunk fails to load.
const pages = {
  signUp: lazyPage(() => import('../features/accounts/sign-up-page'), (m) => m.SignUpPage),
  resetRequest: lazyPage(() => import('../features/accounts/reset-request-page'), (m) => m.ResetRequestPage),
  resetConfirm: lazyPage(() => import('../features/accounts/reset-confirm-page'), (m) => m.ResetConfirmPage),
  join: lazyPage(() => import('../features/invitations/join-page'), (m) => m.JoinPage),
  invite: lazyPage(() => import('../features/invitations/invite-page'), (m) => m.InvitePage),
  members: lazyPage(() => import('../features/members/members-page'), (m) => m.MembersPage),
  newProgram: lazyPage(() => import('../features/programs/new-program-page'), (m) => m.NewProgramPage),
  programEdit: lazyPage(() => import('../features/programs/program-edit-page'), (m) => m.ProgramEditPage),
  programHome: lazyPage(() => import('../features/programs/program-home-page'), (m) => m.ProgramHomePage),
  programs: lazyPage(() => import('../features/programs/programs-page'), (m) => m.ProgramsPage),
  profile: lazyPage(() => import('../features/profiles/profile-page'), (m) => m.ProfilePage),
  mentors: lazyPage(() => import('../features/mentors/mentors-page'), (m) => m.MentorsPage),
  requests: lazyPage(() => import('../features/requests/requests-page'), (m) => m.RequestsPage),
  partnerships: lazyPage(() => import('../features/partnerships/partnerships-page'), (m) => m.PartnershipsPage),
  partnership: lazyPage(() => import('../features/partnerships/partnership-page'), (m) => m.PartnershipPage),
  matching: lazyPage(() => import('../features/matching-runs/matching-page'), (m) => m.MatchingPage),
  settings: lazyPage(() => import('../features/settings/settings-page'), (m) => m.SettingsPage),
  report: lazyPage(() => import('../features/reports/report-page'), (m) => m.ReportPage),
  surveys: lazyPage(() => import('../features/surveys/surveys-page'), (m) => m.SurveysPage),
  surveyEditor: lazyPage(() => import('../features/surveys/survey-editor-page'), (m) => m.SurveyEditorPage),
  surveyResponses: lazyPage(() => import('../features/surveys/survey-responses-page'), (m) => m.SurveyResponsesPage),
  answer: lazyPage(() => import('../features/surveys/answer-page'), (m) => m.AnswerPage),
};

/** Fetches the page's code while the session is checked, instead of after. */
const signedIn = (page: LazyPage) => <RequireAuth preload={page.preload}>{page.element}</RequireAuth>;

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      {
        errorElement: <RouteErrorPage />,
        children: [
          { path: '/', element: signedIn(pages.programs) },
          { path: '/signin', element: <SignInPage /> },
          { path: '/signup', element: pages.signUp.element },
          { path: '/reset-password', element: pages.resetRequest.element },
          { path: '/reset-password/:token', element: pages.resetConfirm.element },
          { path: '/programs/new', element: signedIn(pages.newProgram) },
          { path: '/programs/:programId', element: signedIn(pages.programHome) },
          { path: '/programs/:programId/edit', element: signedIn(pages.programEdit) },
          { path: '/programs/:programId/invite', element: signedIn(pages.invite) },
          { path: '/programs/:programId/members', element: signedIn(pages.members) },
          { path: '/programs/:programId/profile', element: signedIn(pages.profile) },
          { path: '/programs/:programId/mentors', element: signedIn(pages.mentors) },
          { path: '/programs/:programId/requests', element: signedIn(pages.requests) },
          { path: '/programs/:programId/matching', element: signedIn(pages.matching) },
          { path: '/programs/:programId/report', element: signedIn(pages.report) },
          { path: '/programs/:programId/surveys', element: signedIn(pages.surveys) },
          { path: '/programs/:programId/surveys/new', element: signedIn(pages.surveyEditor) },
          { path: '/programs/:programId/surveys/:surveyId', element: signedIn(pages.surveyEditor) },
          { path: '/programs/:programId/surveys/:surveyId/responses', element: signedIn(pages.surveyResponses) },
          { path: '/surveys/:requestId', element: signedIn(pages.answer) },
          { path: '/partnerships', element: signedIn(pages.partnerships) },
          {
            path: '/partnerships/:partnershipId',
            element: signedIn(pages.partnership),
            children: [
              { index: true, element: hubPages.messages.element },
              { path: 'meetings', element: hubPages.meetings.element },
              { path: 'goals', element: hubPages.goals.element },
              { path: 'notes', element: hubPages.notes.element },
              { path: 'files', element: hubPages.files.element },
              { path: 'time', element: hubPages.time.element },
              { path: 'ending', element: hubPages.ending.element },
            ],
          },
          { path: '/join/:code', element: pages.join.element },
          { path: '/settings', element: signedIn(pages.settings) },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
