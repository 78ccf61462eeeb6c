import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import styles from './dialog.module.css';

export interface DialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  /** Buttons at the bottom (e.g. the dialog's actions). */
  footer?: ReactNode;
  size?: 'md' | 'lg';
  /** On a phone the dialog fills the screen (a full-screen sheet), e.g. for long forms. */
  sheetOnPhone?: boolean;
  'data-testid'?: string;
}

/**
 * A modal dialog on the native <dialog> element: the browser traps focus, makes the page
 * behind it inert, closes it on Escape and returns focus to the control that opened it.
 */
export function Dialog({ open, onClose, title, children, footer, size = 'md', sheetOnPhone = false, ...rest }: DialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // Escape and dialog.close() both end here: keep the owner's state in step.
    const onNativeClose = () => onCloseRef.current();
    dialog.addEventListener('close', onNativeClose);
    return () => dialog.removeEventListener('close', onNativeClose);
  }, []);

  return (
    <dialog
      ref={ref}
      className={[styles.dialog, size === 'lg' ? styles.lg : '', sheetOnPhone ? styles.sheet : ''].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      data-testid={rest['data-testid']}
    >
      {open && (
        <div className={styles.frame}>
          <header className={styles.header}>
            <h2 id={titleId} className={styles.title}>
              {title}
            </h2>
            <button type="button" className={styles.close} onClick={onClose}>
              <span aria-hidden="true">×</span>
              <span className="visually-hidden">{t('dialog.close')}</span>
            </button>
          </header>
          <div className={styles.body}>{children}</div>
          {footer && <footer className={styles.footer}>{footer}</footer>}
        </div>
      )}
    </dialog>
  );
}
