import { dispatchSurveys, sendSurveyReminders } from '../modules/surveys/dispatch.service';
import type { ServiceContext } from '../server/context';

/** The survey-dispatch job: asks everyone a survey is due for, then reminds those who have not answered. */
export async function runSurveyDispatch(ctx: ServiceContext): Promise<{ asked: number; reminded: number }> {
  const asked = await dispatchSurveys(ctx);
  return { asked, reminded: await sendSurveyReminders(ctx) };
}
