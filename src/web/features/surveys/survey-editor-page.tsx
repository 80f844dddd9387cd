import { FormattedMessage } from 'react-intl';
import { Link, useNavigate, useParams } from 'react-router';
import { LoadError, Loading } from '../../components/status';
import type { Survey } from '../../lib/contracts';
import { AdminProgramPage } from '../programs/admin-program-page';
import { SurveyForm } from './survey-form';
import { useSurvey } from './surveys-api';

/** /programs/:programId/surveys/new and /programs/:programId/surveys/:surveyId */
export function SurveyEditorPage() {
  const { surveyId } = useParams();
  return (
    <AdminProgramPage titleId={surveyId ? 'surveyForm.editTitle' : 'surveyForm.newTitle'}>
      {(program) => <SurveyEditor programId={program.id} surveyId={surveyId ?? null} />}
    </AdminProgramPage>
  );
}

function SurveyEditor({ programId, surveyId }: { programId: string; surveyId: string | null }) {
  const navigate = useNavigate();
  const survey = useSurvey(programId, surveyId);
  const list = `/programs/${programId}/surveys`;
  const saved = (s: Survey) => void navigate(list, { state: { saved: s.title } });

  return (
    <>
      <p className="link-line">
        <Link to={list}>
          <FormattedMessage id="surveys.back" />
        </Link>
        {surveyId && survey.data && survey.data.answered > 0 ? (
          <>
            {' · '}
            <Link to={`${list}/${surveyId}/responses`}>
              <FormattedMessage id="surveyForm.answersLink" values={{ count: survey.data.answered }} />
            </Link>
          </>
        ) : null}
      </p>
      {surveyId === null ? <SurveyForm programId={programId} survey={null} onSaved={saved} /> : null}
      {surveyId !== null && survey.isPending ? <Loading /> : null}
      {survey.isError ? <LoadError error={survey.error} /> : null}
      {survey.data ? <SurveyForm key={survey.data.id} programId={programId} survey={survey.data} onSaved={saved} /> : null}
    </>
  );
}
