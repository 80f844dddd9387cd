import { useHub } from '../partnerships/hub-context';
import { ActionItemsSection } from './action-items-section';
import { AgreementSection } from './agreement-section';
import { GoalsSection } from './goals-section';

/** The hub's plans: the agreement, the goals with their milestones, and the action items. */
export function GoalsPage() {
  const hub = useHub();
  return (
    <>
      <AgreementSection hub={hub} />
      <GoalsSection hub={hub} />
      <ActionItemsSection hub={hub} />
    </>
  );
}
