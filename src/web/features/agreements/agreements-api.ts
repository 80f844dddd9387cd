import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import type {
  ActionItem,
  Agreement,
  AgreementInput,
  AgreementVersion,
  CreateActionItemInput,
  CreateGoalInput,
  CreateMilestoneInput,
  Goal,
  UpdateActionItemInput,
  UpdateGoalInput,
  UpdateMilestoneInput,
} from '../../lib/contracts';

const pairPath = (id: string) => `/partnerships/${encodeURIComponent(id)}`;
const at = (kind: 'goals' | 'milestones' | 'action-items', id: string) => `/${kind}/${encodeURIComponent(id)}`;

export const agreementKey = (id: string) => ['agreement', id] as const;
export const agreementVersionsKey = (id: string) => ['agreement-versions', id] as const;
export const goalsKey = (id: string) => ['goals', id] as const;
export const actionItemsKey = (id: string) => ['action-items', id] as const;

export function useAgreement(partnershipId: string) {
  return useQuery({ queryKey: agreementKey(partnershipId), queryFn: () => api.get<Agreement>(`${pairPath(partnershipId)}/agreement`) });
}

/** Every version, newest first; fetched only when someone opens the history. */
export function useAgreementVersions(partnershipId: string, enabled: boolean) {
  return useQuery({
    queryKey: agreementVersionsKey(partnershipId),
    queryFn: async () => (await api.get<{ versions: AgreementVersion[] }>(`${pairPath(partnershipId)}/agreement/versions`)).versions,
    enabled,
  });
}

function useAgreementChange<I>(partnershipId: string, change: (input: I) => Promise<Agreement>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: async (agreement) => {
      queryClient.setQueryData(agreementKey(partnershipId), agreement);
      await queryClient.invalidateQueries({ queryKey: agreementVersionsKey(partnershipId) });
    },
  });
}

/** The mentee drafts the agreement or changes it: a new version, for both to confirm. */
export const useSaveAgreement = (partnershipId: string) =>
  useAgreementChange(partnershipId, (input: AgreementInput) => api.put<Agreement>(`${pairPath(partnershipId)}/agreement`, input));

export const useConfirmAgreement = (partnershipId: string) =>
  useAgreementChange(partnershipId, (version: number) => api.post<Agreement>(`${pairPath(partnershipId)}/agreement/confirm`, { version }));

export function useGoals(partnershipId: string) {
  return useQuery({
    queryKey: goalsKey(partnershipId),
    queryFn: async () => (await api.get<{ goals: Goal[] }>(`${pairPath(partnershipId)}/goals`)).goals,
  });
}

/** A change to a goal or its milestones; the list refetches (progress and order follow). */
function useGoalChange<I, R>(partnershipId: string, change: (input: I) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: change, onSuccess: () => queryClient.invalidateQueries({ queryKey: goalsKey(partnershipId) }) });
}

export const useCreateGoal = (partnershipId: string) =>
  useGoalChange(partnershipId, async (input: CreateGoalInput) => (await api.post<{ goal: Goal }>(`${pairPath(partnershipId)}/goals`, input)).goal);
export const useUpdateGoal = (partnershipId: string) =>
  useGoalChange(partnershipId, ({ id, input }: { id: string; input: UpdateGoalInput }) => api.patch<{ goal: Goal }>(at('goals', id), input));
export const useDeleteGoal = (partnershipId: string) => useGoalChange(partnershipId, (id: string) => api.delete(at('goals', id)));
export const useAddMilestone = (partnershipId: string) =>
  useGoalChange(partnershipId, ({ goalId, input }: { goalId: string; input: CreateMilestoneInput }) =>
    api.post<{ goal: Goal }>(`${at('goals', goalId)}/milestones`, input),
  );
export const useUpdateMilestone = (partnershipId: string) =>
  useGoalChange(partnershipId, ({ id, input }: { id: string; input: UpdateMilestoneInput }) => api.patch<{ goal: Goal }>(at('milestones', id), input));
export const useDeleteMilestone = (partnershipId: string) =>
  useGoalChange(partnershipId, (id: string) => api.delete<{ goal: Goal }>(at('milestones', id)));

export function useActionItems(partnershipId: string) {
  return useQuery({
    queryKey: actionItemsKey(partnershipId),
    queryFn: async () => (await api.get<{ actionItems: ActionItem[] }>(`${pairPath(partnershipId)}/action-items`)).actionItems,
  });
}

function useItemChange<I, R>(partnershipId: string, change: (input: I) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: change, onSuccess: () => queryClient.invalidateQueries({ queryKey: actionItemsKey(partnershipId) }) });
}

export const useCreateActionItem = (partnershipId: string) =>
  useItemChange(partnershipId, async (input: CreateActionItemInput) =>
    (await api.post<{ actionItem: ActionItem }>(`${pairPath(partnershipId)}/action-items`, input)).actionItem,
  );
export const useUpdateActionItem = (partnershipId: string) =>
  useItemChange(partnershipId, ({ id, input }: { id: string; input: UpdateActionItemInput }) =>
    api.patch<{ actionItem: ActionItem }>(at('action-items', id), input),
  );
export const useDeleteActionItem = (partnershipId: string) => useItemChange(partnershipId, (id: string) => api.delete(at('action-items', id)));
