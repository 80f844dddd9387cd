import { FormattedMessage } from 'react-intl';
import type { ImportResult } from '../../lib/types';

/** Count imported, then a table of the rows that were not, each with its reason. */
export function ImportResultView({ result, fileName }: { result: ImportResult; fileName: string | null }) {
  return (
    <div className="import-result">
      <p className="notice notice--success">
        <FormattedMessage
          id="invite.csvImported"
          values={{ count: result.imported.length, file: fileName ?? '' }}
        />
      </p>
      {result.errors.length > 0 ? (
        <div className="table-scroll" role="region" aria-labelledby="csv-errors-caption" tabIndex={0}>
          <table className="table">
            <caption id="csv-errors-caption">
              <FormattedMessage id="invite.csvErrorsCaption" values={{ count: result.errors.length }} />
            </caption>
            <thead>
              <tr>
                <th scope="col">
                  <FormattedMessage id="invite.csvRow" />
                </th>
                <th scope="col">
                  <FormattedMessage id="invite.csvField" />
                </th>
                <th scope="col">
                  <FormattedMessage id="invite.csvProblem" />
                </th>
              </tr>
            </thead>
            <tbody>
              {result.errors.map((error, index) => (
                <tr key={`${error.row}-${error.field}-${index}`}>
                  <td>{error.row}</td>
                  <td>{error.field}</td>
                  <td>{error.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
