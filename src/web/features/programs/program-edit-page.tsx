import { AdminProgramPage } from './admin-program-page';
import { CycleEditor } from './cycle-editor';
import { ProgramDetailsForm } from './program-details-form';

export function ProgramEditPage() {
  return (
    <AdminProgramPage titleId="programEdit.title">
      {(program) => (
        <>
          <ProgramDetailsForm key={program.id} program={program} />
          <CycleEditor program={program} />
        </>
      )}
    </AdminProgramPage>
  );
}
