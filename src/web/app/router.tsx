import type { ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';
import { ResetConfirmPage } from '../features/accounts/reset-confirm-page';
import { ResetRequestPage } from '../features/accounts/reset-request-page';
import { SignInPage } from '../features/accounts/sign-in-page';
import { SignUpPage } from '../features/accounts/sign-up-page';
import { JoinPage } from '../features/invitations/join-page';
import { InvitePage } from '../features/invitations/invite-page';
import { MembersPage } from '../features/members/members-page';
import { NewProgramPage } from '../features/programs/new-program-page';
import { ProgramEditPage } from '../features/programs/program-edit-page';
import { ProgramHomePage } from '../features/programs/program-home-page';
import { ProgramsPage } from '../features/programs/programs-page';
import { SettingsPage } from '../features/settings/settings-page';
import { Layout } from './layout';
import { NotFoundPage, RouteErrorPage } from './not-found-page';
import { RequireAuth } from './require-auth';

const signedIn = (page: ReactNode) => <RequireAuth>{page}</RequireAuth>;

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      {
        errorElement: <RouteErrorPage />,
        children: [
          { path: '/', element: signedIn(<ProgramsPage />) },
          { path: '/signin', element: <SignInPage /> },
          { path: '/signup', element: <SignUpPage /> },
          { path: '/reset-password', element: <ResetRequestPage /> },
          { path: '/reset-password/:token', element: <ResetConfirmPage /> },
          { path: '/programs/new', element: signedIn(<NewProgramPage />) },
          { path: '/programs/:programId', element: signedIn(<ProgramHomePage />) },
          { path: '/programs/:programId/edit', element: signedIn(<ProgramEditPage />) },
          { path: '/programs/:programId/invite', element: signedIn(<InvitePage />) },
          { path: '/programs/:programId/members', element: signedIn(<MembersPage />) },
          { path: '/join/:code', element: <JoinPage /> },
          { path: '/settings', element: signedIn(<SettingsPage />) },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
