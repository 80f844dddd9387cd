import type { ReactNode } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { FormattedMessage } from 'react-intl';

interface ConfirmDialogProps {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  children: ReactNode;
  confirmLabel: ReactNode;
  onConfirm: () => void;
  pending?: boolean;
  /** Shown when the action failed, inside the dialog so focus need not leave it. */
  error?: string | null;
  /** `primary` for weighty but not destructive actions (publishing); destructive ones stay `danger`. */
  tone?: 'danger' | 'primary';
}

/** A modal alert dialog for destructive or final actions (focus is trapped and restored by React Aria). */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { isOpen, onOpenChange, title, children, confirmLabel, onConfirm, pending, error, tone = 'danger' } = props;
  return (
    <ModalOverlay className="dialog-overlay" isOpen={isOpen} onOpenChange={onOpenChange} isDismissable>
      <Modal className="dialog-modal">
        <Dialog role="alertdialog" className="dialog">
          {({ close }) => (
            <>
              <Heading slot="title" className="dialog__title">
                {title}
              </Heading>
              <div className="dialog__body">{children}</div>
              {error ? (
                <p className="dialog__error" role="alert">
                  {error}
                </p>
              ) : null}
              <div className="button-row">
                <button type="button" className={`button button--${tone}`} onClick={onConfirm} disabled={pending}>
                  {confirmLabel}
                </button>
                <button type="button" className="button button--secondary" onClick={close} autoFocus>
                  <FormattedMessage id="dialog.cancel" />
                </button>
              </div>
            </>
          )}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
