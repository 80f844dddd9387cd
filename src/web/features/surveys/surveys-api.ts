import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import type {
  AnswerInput,
  SubmittedAnswers,
  Survey,
  SurveyInput,
  SurveyRequest,
  SurveyResponses,
} from '../../lib/contracts';

const at = (programId: string) => `/programs/${encodeURIComponent(programId)}/surveys`;

export const surveysKey = (programId: string) => ['surveys', programId] as const;
export const surveyKey = (programId: string, surveyId: string) => ['survey', programId, surveyId] as const;
export const surveyRequestsKey = ['survey-requests'] as const;

/** The program's surveys with how many were asked and answered (admins). */
export function useSurveys(programId: string) {
  return useQuery({ queryKey: surveysKey(programId), queryFn: async () => (await api.get<{ surveys: Survey[] }>(at(programId))).surveys });
}

export function useSurvey(programId: string, surveyId: string | null) {
  return useQuery({
    queryKey: surveyKey(programId, surveyId ?? ''),
    queryFn: async () => (await api.get<{ survey: Survey }>(`${at(programId)}/${encodeURIComponent(surveyId ?? '')}`)).survey,
    enabled: surveyId !== null,
  });
}

/** Creates a survey (no id) or replaces one; the list and the survey are stale after either. */
export function useSaveSurvey(programId: string, surveyId: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: SurveyInput) => {
      const path = surveyId ? `${at(programId)}/${encodeURIComponent(surveyId)}` : at(programId);
      const body = surveyId ? await api.put<{ survey: Survey }>(path, input) : await api.post<{ survey: Survey }>(path, input);
      return body.survey;
    },
    onSuccess: (survey) => {
      queryClient.setQueryData(surveyKey(programId, survey.id), survey);
      return queryClient.invalidateQueries({ queryKey: surveysKey(programId) });
    },
  });
}

export interface ResponseFilters {
  side: 'mentee' | 'mentor' | null;
  from: string;
  to: string;
}

/** `?side=&from=&to=` without the empty ones (the names of responsesQuery). */
export function responsesQueryString(filters: ResponseFilters): string {
  const params = new URLSearchParams();
  if (filters.side) params.set('side', filters.side);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function responsesCsvHref(programId: string, surveyId: string, filters: ResponseFilters): string {
  return `/api/v1${at(programId)}/${encodeURIComponent(surveyId)}/responses.csv${responsesQueryString(filters)}`;
}

/** A survey's answers (admins): a summary per question and each response, newest first. */
export function useSurveyResponses(programId: string, surveyId: string, filters: ResponseFilters) {
  const query = responsesQueryString(filters);
  return useQuery({
    queryKey: ['survey-responses', programId, surveyId, query],
    queryFn: () => api.get<SurveyResponses>(`${at(programId)}/${encodeURIComponent(surveyId)}/responses${query}`),
    placeholderData: keepPreviousData,
  });
}

/** My open survey requests, oldest first. */
export function useMySurveyRequests() {
  return useQuery({
    queryKey: surveyRequestsKey,
    queryFn: async () => (await api.get<{ requests: SurveyRequest[] }>('/survey-requests')).requests,
  });
}

export function useSurveyRequest(requestId: string) {
  return useQuery({
    queryKey: ['survey-request', requestId],
    queryFn: async () => (await api.get<{ request: SurveyRequest }>(`/survey-requests/${encodeURIComponent(requestId)}`)).request,
  });
}

export function useSubmitAnswers(requestId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AnswerInput) => api.post<SubmittedAnswers>(`/survey-requests/${encodeURIComponent(requestId)}/response`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: surveyRequestsKey }),
  });
}
