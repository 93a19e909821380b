// Sizes of the flowchart drawing, in SVG user units (CSS pixels at 100 %).
export const GEOMETRY = {
  margin: 24,
  mainWidth: 320,
  noteWidth: 220,
  /** Horizontal gap between the main chain and the side note. */
  noteGap: 56,
  /** Vertical gap between boxes, which holds the arrow. */
  gap: 36,
  padding: 12,
  titleSize: 15,
  detailSize: 12,
  lineHeight: 1.45,
  /** Content beyond this many lines is cut with an ellipsis: the chart is an overview. */
  maxDetailLines: 4,
  arrowHead: 8,
} as const;
