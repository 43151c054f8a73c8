// Whether the page is being printed. Print layout is CSS; this is for what CSS cannot do (a
// picture of the canvas, every row of a windowed list). The state is committed inside
// beforeprint, so the printout sees it.
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

export function usePrinting(onBeforePrint?: () => void): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () =>
      flushSync(() => {
        onBeforePrint?.();
        setPrinting(true);
      });
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [onBeforePrint]);
  return printing;
}
