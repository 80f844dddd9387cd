import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import { hiddenTag } from '../../components/visually-hidden';
import type { SharedFile } from '../../lib/contracts';
import type { Hub } from '../partnerships/hub-context';
import { formatBytes, formatFileType } from './file-format';

const fileHeadingId = (file: Pick<SharedFile, 'id'>) => `file-${file.id}-name`;

interface FileCardProps {
  file: SharedFile;
  hub: Hub;
  /** The share setting just chosen, while the server has still to confirm it; null otherwise. */
  sharing: boolean | null;
  onShare: (shared: boolean) => void;
  onDelete: () => void;
}

/** One file: its name and a download link, what it is, who shared it when; the uploader shares or deletes it. */
export function FileCard({ file, hub, sharing, onShare, onDelete }: FileCardProps) {
  const intl = useIntl();
  const size = formatBytes(intl, file.size);
  const values = { name: file.name, hidden: hiddenTag };
  return (
    <article className="file-card" aria-labelledby={fileHeadingId(file)}>
      <h3 id={fileHeadingId(file)} className="file-card__name" dir="auto">
        {file.name}
      </h3>
      <dl className="facts file-card__facts">
        <div>
          <dt>
            <FormattedMessage id="files.size" />
          </dt>
          <dd>{size}</dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="files.type" />
          </dt>
          <dd>{formatFileType(intl, file.contentType)}</dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="files.by" />
          </dt>
          <dd>{file.mine ? <FormattedMessage id="files.byYou" /> : hub.pair.names[file.uploadedBy]}</dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="files.date" />
          </dt>
          <dd>
            <FormattedDate value={file.createdAt} dateStyle="medium" timeStyle="short" />
          </dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="files.program" />
          </dt>
          <dd>
            <FormattedMessage id={file.sharedWithProgram ? 'files.programYes' : 'files.programNo'} />
          </dd>
        </div>
      </dl>
      <div className="button-row">
        <a className="button button--secondary" href={file.url} download>
          <FormattedMessage id="files.download" values={values} />
        </a>
        {file.mine ? (
          <button type="button" className="button button--danger-quiet" onClick={onDelete}>
            <FormattedMessage id="files.delete" values={values} />
          </button>
        ) : null}
      </div>
      {file.mine && hub.active ? (
        <label className="choice file-card__share">
          <input
            type="checkbox"
            checked={sharing ?? file.sharedWithProgram}
            onChange={(event) => {
              if (sharing === null) onShare(event.target.checked);
            }}
          />
          <span>
            <FormattedMessage id="files.share" values={values} />
          </span>
        </label>
      ) : null}
    </article>
  );
}
