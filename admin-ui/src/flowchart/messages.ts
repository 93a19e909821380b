// Chinese defaults (`_`) of the app.flowchart.* keys, so the view reads correctly even where the
// catalogue lacks a key; the catalogues in src/i18n carry the same keys in both languages.
export const flowchartZh = {
  title: '%{name}运行流程图',
  heading: '运行流程图',
  end: '结束',
  unnamed_step: '（未命名环节）',
  empty: '尚未填写责任事项，流程图仅显示开始和结束。',
  download_svg: '下载SVG',
  download_png: '下载PNG',
  download_failed: '流程图下载失败，请重试。',
};
