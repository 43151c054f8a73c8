// A labelled modal on the native <dialog>: the browser traps focus, makes the page behind
// it inert and closes it on Escape. Focus goes back to whatever opened it.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useShareStrings } from './share-strings';

interface ModalDialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
}

export function ModalDialog({ open, onClose, title, children }: ModalDialogProps) {
  const s = useShareStrings();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // jsdom and very old browsers lack showModal; an open, non-modal dialog still works there.
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    // The browser focuses the first focusable element (the close button); a form field that
    // asks for it is the better start.
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      if (dialog.open && typeof dialog.close === 'function') dialog.close();
      dialog.removeAttribute('open');
      opener?.focus();
    };
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={(event) => {
        // Closing is React's job (it owns `open`); the browser only asks.
        event.preventDefault();
        onClose();
      }}
      onKeyDown={(event) => {
        // Keep Escape from reaching page-level handlers (such as the event panel's close).
        if (event.key === 'Escape') {
          event.stopPropagation();
          if (typeof ref.current?.showModal !== 'function') onClose();
        }
      }}
      onClick={(event) => {
        // A click on the backdrop lands on the <dialog> itself, outside its content box.
        if (event.target === ref.current) onClose();
      }}
      className="m-auto w-[min(36rem,calc(100vw-2rem))] rounded-lg border border-slate-300 bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-900/50"
    >
      {open && (
        <div className="p-4 sm:p-5">
          <div className="mb-3 flex items-start justify-between gap-3">
            <h2 id={titleId} className="text-lg font-semibold">
              {title}
            </h2>
            <button
              type="button"
              onClick={onClose}
              aria-label={s.close}
              className="-mt-1 rounded px-2 py-1 text-xl leading-none text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-700"
            >
              ×
            </button>
          </div>
          {children}
        </div>
      )}
    </dialog>
  );
}
