// The app.flowchart.* keys the view asks for by name; their texts live only in the catalogues
// (src/i18n), and src/i18n/messages.test.ts checks that zh and en carry each.
export const FLOWCHART_TEXTS = ['title', 'heading', 'end', 'unnamed_step', 'empty', 'download_svg', 'download_png', 'download_failed'] as const;
export type FlowchartText = (typeof FLOWCHART_TEXTS)[number];
