import type { FormEvent, ReactNode } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { FormattedMessage } from 'react-intl';

interface FormDialogProps {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  children: ReactNode;
  submitLabel: ReactNode;
  onSubmit: () => void;
  pending?: boolean;
  /** A problem that is not about one field, shown inside the dialog so focus need not leave it. */
  error?: string | null;
}

/**
 * A modal dialog holding a small form (React Aria traps focus and gives it back to the
 * button that opened it). Put `autoFocus` on the first field.
 */
export function FormDialog(props: FormDialogProps) {
  const { isOpen, onOpenChange, title, children, submitLabel, onSubmit, pending, error } = props;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!pending) onSubmit();
  }

  return (
    <ModalOverlay className="dialog-overlay" isOpen={isOpen} onOpenChange={onOpenChange} isDismissable>
      <Modal className="dialog-modal">
        <Dialog className="dialog">
          {({ close }) => (
            <form onSubmit={submit} noValidate className="form">
              <Heading slot="title" className="dialog__title">
                {title}
              </Heading>
              {children}
              <div role="alert">{error ? <p className="dialog__error">{error}</p> : null}</div>
              <div className="button-row">
                <button type="submit" className="button button--primary" disabled={pending}>
                  {submitLabel}
                </button>
                <button type="button" className="button button--secondary" onClick={close}>
                  <FormattedMessage id="dialog.cancel" />
                </button>
              </div>
            </form>
          )}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
