import { useRef, useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { FieldShell } from '../../components/text-field';
import { useFormErrors } from '../../components/use-form-errors';
import { useImportCsv } from './invitations-api';
import { ImportResultView } from './import-result';

const fields = ['file'] as const;
const maxBytes = 1024 * 1024;

function readAsText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsText(file);
  });
}

/** Uploads a CSV (email,name,role) and shows what was imported and which rows failed. */
export function CsvImportForm({ programId }: { programId: string }) {
  const intl = useIntl();
  const form = useFormErrors('invite-csv', fields);
  const upload = useImportCsv(programId);
  const fileInput = useRef<HTMLInputElement>(null);
  const [fileName, setFileName] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    upload.reset();
    const file = fileInput.current?.files?.[0];
    const problem = !file
      ? intl.formatMessage({ id: 'validation.csvRequired' })
      : file.size > maxBytes
        ? intl.formatMessage({ id: 'validation.csvTooLarge' })
        : null;
    if (!form.check({ file: problem }) || !file) return;
    let text: string;
    try {
      text = await readAsText(file);
    } catch {
      form.check({ file: intl.formatMessage({ id: 'validation.csvUnreadable' }) });
      return;
    }
    setFileName(file.name);
    upload.mutate(text, { onError: (error) => form.fromApi(error) });
  }

  return (
    <section className="section" aria-labelledby="invite-csv-title">
      <h2 id="invite-csv-title">
        <FormattedMessage id="invite.csvTitle" />
      </h2>
      <p>
        <FormattedMessage id="invite.csvHint" values={{ code: (chunks) => <code>{chunks}</code> }} />
      </p>
      {form.summary}
      <form onSubmit={(e) => void submit(e)} noValidate className="form">
        <FieldShell
          id={form.fieldId('file')}
          label={<FormattedMessage id="invite.csvLabel" />}
          error={form.error('file')}
        >
          {(describedBy) => (
            <input
              ref={fileInput}
              id={form.fieldId('file')}
              type="file"
              accept=".csv,text/csv"
              className="field__file"
              aria-invalid={form.error('file') ? true : undefined}
              aria-describedby={describedBy}
            />
          )}
        </FieldShell>
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={upload.isPending}>
            <FormattedMessage id="invite.csvSubmit" />
          </button>
        </div>
      </form>
      <div role="status">
        {upload.data ? <ImportResultView result={upload.data} fileName={fileName} /> : null}
      </div>
    </section>
  );
}
