import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { LoadError, Loading, StatusMessage } from '../../components/status';
import type { SharedFile } from '../../lib/contracts';
import { describeError } from '../../lib/describe-error';
import { focusAfterRender } from '../../lib/focus';
import { settle } from '../meetings/meetings-api';
import { partnerName, useHub } from '../partnerships/hub-context';
import { FileCard } from './file-card';
import { useDeleteFile, useFiles, useShareFile } from './files-api';
import { UploadForm } from './upload-form';

/** The pair's files: upload, download, share with the program's admins, delete your own. */
export function FilesPage() {
  const hub = useHub();
  const intl = useIntl();
  const partner = partnerName(hub);
  const files = useFiles(hub.partnership.id);
  const share = useShareFile(hub.partnership.id);
  const remove = useDeleteFile(hub.partnership.id);
  const [status, setStatus] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<SharedFile | null>(null);

  return (
    <section className="section" aria-labelledby="files-title">
      <h2 id="files-title" tabIndex={-1}>
        <FormattedMessage id="files.title" />
      </h2>
      <p className="muted">
        <FormattedMessage id="files.lede" values={{ name: partner }} />
      </p>
      {hub.active ? (
        <UploadForm
          partnershipId={hub.partnership.id}
          onUploaded={(file) => setStatus(intl.formatMessage({ id: 'files.uploaded' }, { file: file.name, name: partner }))}
        />
      ) : null}
      <StatusMessage>{status}</StatusMessage>
      <div role="alert">{share.isError ? <p className="notice notice--error">{describeError(intl, share.error)}</p> : null}</div>
      <h3 id="file-list-title" tabIndex={-1}>
        <FormattedMessage id="files.listTitle" />
      </h3>
      {files.isPending ? <Loading /> : null}
      {files.isError ? <LoadError error={files.error} /> : null}
      {files.data?.length === 0 ? (
        <p className="muted">
          <FormattedMessage id="files.none" />
        </p>
      ) : null}
      {files.data?.length ? (
        <ul className="file-list" aria-labelledby="file-list-title">
          {files.data.map((file) => (
            <li key={file.id}>
              <FileCard
                file={file}
                hub={hub}
                sharing={share.isPending && share.variables.id === file.id ? share.variables.sharedWithProgram : null}
                onShare={(shared) => {
                  setStatus(null);
                  settle(share.mutateAsync({ id: file.id, sharedWithProgram: shared }), () =>
                    setStatus(intl.formatMessage({ id: shared ? 'files.sharedStatus' : 'files.unsharedStatus' }, { file: file.name })),
                  );
                }}
                onDelete={() => {
                  remove.reset();
                  setDeleting(file);
                }}
              />
            </li>
          ))}
        </ul>
      ) : null}
      <ConfirmDialog
        isOpen={deleting !== null}
        onOpenChange={(open) => {
          if (!open) setDeleting(null);
        }}
        title={<FormattedMessage id="files.deleteTitle" values={{ file: deleting?.name ?? '' }} />}
        confirmLabel={<FormattedMessage id="files.deleteConfirm" />}
        pending={remove.isPending}
        error={remove.isError ? describeError(intl, remove.error) : null}
        onConfirm={() => {
          if (!deleting) return;
          const file = deleting;
          settle(remove.mutateAsync(file.id), () => {
            setDeleting(null);
            setStatus(intl.formatMessage({ id: 'files.deletedStatus' }, { file: file.name }));
            focusAfterRender('file-list-title');
          });
        }}
      >
        <p>
          <FormattedMessage id="files.deleteBody" values={{ name: partner }} />
        </p>
      </ConfirmDialog>
    </section>
  );
}
