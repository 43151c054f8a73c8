// The keyboard shortcuts, listed in a dialog that `?` opens from anywhere outside a text field,
// or the header's `?` button. Phones, which rarely have a keyboard, get no button.
import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { isTypingTarget } from '../lib/typing-target';
import { ModalDialog } from '../share/modal-dialog';

export function KeyboardShortcuts() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey) return;
      // Not while typing, and not over another dialog: one modal at a time.
      if (isTypingTarget(event.target) || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      setOpen(true);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-haspopup="dialog"
        aria-label={t.shortcuts}
        title={`${t.shortcuts} (?)`}
        className="hidden h-8 w-8 items-center justify-center rounded border border-slate-300 bg-white text-sm font-semibold text-slate-700 hover:bg-slate-100 sm:inline-flex"
      >
        ?
      </button>
      <ModalDialog open={open} onClose={() => setOpen(false)} title={t.shortcuts}>
        <div className="space-y-4">
          {t.shortcutGroups.map((group) => (
            <section key={group.title}>
              <h3 className="mb-1 text-sm font-semibold text-slate-700">{group.title}</h3>
              <dl className="divide-y divide-slate-100">
                {group.shortcuts.map((shortcut) => (
                  <div key={shortcut.action} className="flex items-baseline gap-3 py-1.5">
                    <dt className="flex w-24 shrink-0 gap-1">
                      {shortcut.keys.map((key) => (
                        <kbd
                          key={key}
                          className="min-w-6 rounded border border-slate-300 bg-slate-50 px-1.5 text-center font-sans text-sm"
                        >
                          {key}
                        </kbd>
                      ))}
                    </dt>
                    <dd className="text-sm text-slate-800">{shortcut.action}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
      </ModalDialog>
    </>
  );
}
