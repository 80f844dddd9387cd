import { useEffect, useState } from 'react';
import { FormattedMessage } from 'react-intl';

interface CopyButtonProps {
  /** Id of the input holding the text; used for the fallback copy and to name the button. */
  sourceId: string;
  text: string;
  label?: React.ReactNode;
}

async function copyText(text: string, sourceId: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Clipboard API refused (permissions, insecure origin): select the text and copy it the old way.
    const source = document.getElementById(sourceId);
    if (source instanceof HTMLInputElement || source instanceof HTMLTextAreaElement) {
      source.focus();
      source.select();
      return document.execCommand('copy');
    }
    return false;
  }
}

/** Copies a value shown in a read-only field and says so in a polite live region. */
export function CopyButton({ sourceId, text, label }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = window.setTimeout(() => setState('idle'), 5000);
    return () => window.clearTimeout(timer);
  }, [state]);

  return (
    <span className="copy">
      <button
        type="button"
        className="button button--secondary"
        onClick={() => void copyText(text, sourceId).then((ok) => setState(ok ? 'copied' : 'failed'))}
      >
        {label ?? <FormattedMessage id="copy.button" />}
      </button>
      <span role="status" className="copy__status">
        {state === 'copied' ? <FormattedMessage id="copy.done" /> : null}
        {state === 'failed' ? <FormattedMessage id="copy.failed" /> : null}
      </span>
    </span>
  );
}
