// Text widths measured once per text. Cluster counts and axis labels repeat from frame to frame,
// and measuring each frame (or setting the canvas font to measure) adds up.

/** A width lookup for one font: `measure` runs only for a text it has not seen. */
export function createWidthCache(
  limit = 5000,
): (text: string, measure: (text: string) => number) => number {
  const widths = new Map<string, number>();
  return (text, measure) => {
    let width = widths.get(text);
    if (width === undefined) {
      // A bound for the odd dataset whose texts never repeat.
      if (widths.size > limit) widths.clear();
      widths.set(text, (width = measure(text)));
    }
    return width;
  };
}
