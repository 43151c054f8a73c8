// Colours and sizes shared by the canvas passes.
export const FONT =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
export const AXIS_FONT = `11px ${FONT}`;
export const SMALL_FONT = `10px ${FONT}`;
export const COUNT_FONT = `bold 10px ${FONT}`;
export const LABEL_FONT = `12px ${FONT}`;

export const COLORS = {
  laneEven: '#ffffff',
  laneOdd: '#f8fafc',
  laneLine: '#e2e8f0',
  grid: '#e9eef5',
  axisText: '#334155',
  axisLine: '#94a3b8',
  cluster: '#334155',
  clusterText: '#ffffff',
  open: '#0f172a',
  focus: '#1d4ed8',
  match: '#b45309',
  affiliationText: '#1e293b',
};

/** Soft tints for affiliation bars; an organization keeps its tint in every person lane. */
export const AFFILIATION_TINTS = [
  '#dbeafe',
  '#fde68a',
  '#d1fae5',
  '#fce7f3',
  '#e0e7ff',
  '#fee2e2',
  '#ccfbf1',
  '#f3e8ff',
];
export const DIM_ALPHA = 0.22;

export function tintFor(id: string): string {
  let hash = 0;
  for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) | 0;
  return AFFILIATION_TINTS[Math.abs(hash) % AFFILIATION_TINTS.length]!;
}
