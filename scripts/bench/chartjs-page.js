// The comparison page of `make bench`: the widget's six charts (forces, members per unit; outreach attendance,
// sessions, billboards and banners; certification) drawn by Chart.js 4 from the same dataset,
// no animation, at the same width. Sets window.__readyAt when the last chart has rendered. On
// the peer page, where TimelineJS is loaded too, the article's three events as its timeline.
/* global Chart, TL */
const data = await (await fetch('/bench/article.json')).json();
const figure = (group, measure) => data.figures.find((f) => f.group === group && f.measure === measure);
const value = (f) => (f.amount.qualifier === 'range' ? f.amount.to : f.amount.value);
const groups = (section) => data.groups.filter((g) => g.section === section);
const CHARTS = 6;
let rendered = 0;
const done = {
  id: 'done',
  afterRender(chart) {
    if (chart.$benchDone) return;
    chart.$benchDone = true;
    rendered += 1;
    if (rendered === CHARTS) window.__readyAt = performance.now();
  },
};
function bars(id, labels, datasets) {
  return new Chart(document.getElementById(id), {
    type: 'bar',
    data: { labels, datasets },
    options: { indexAxis: 'y', animation: false, responsive: true, maintainAspectRatio: false },
    plugins: [done],
  });
}
const forces = groups('forces');
bars('forces', forces.map((g) => g.label.vi), [
  { label: 'Số đơn vị', data: forces.map((g) => value(figure(g.id, 'units'))) },
  { label: 'Số thành viên', data: forces.map((g) => value(figure(g.id, 'members'))) },
]);
const perUnit = (g) => Math.floor((10 * value(figure(g.id, 'members'))) / value(figure(g.id, 'units'))) / 10;
bars('per-unit', forces.map((g) => g.label.vi), [
  { label: 'Thành viên mỗi đơn vị', data: forces.map(perUnit) },
]);
const by = (measure) => groups('outreach').filter((g) => figure(g.id, measure));
const attendance = by('attendances');
bars('outreach', attendance.map((g) => g.label.vi), [
  { label: 'Lượt tham dự', data: attendance.map((g) => value(figure(g.id, 'attendances'))) },
]);
const sessions = by('sessions');
bars('sessions', sessions.map((g) => g.label.vi), [
  { label: 'Số cuộc', data: sessions.map((g) => value(figure(g.id, 'sessions'))) },
]);
const materials = data.figures.filter((f) => f.measure === 'panels' || f.measure === 'slogans');
bars('materials', materials.map((f) => f.label.vi), [
  { label: 'Số liệu', data: materials.map(value) },
]);
const safety = groups('safety');
bars('safety', safety.map((g) => g.label.vi), [
  { label: 'Tỉ lệ đạt chuẩn (%)', data: safety.map((g) => value(figure(g.id, 'certified'))) },
]);

if (window.TL) {
  const date = (d) => ({ year: d.slice(0, 4), month: d.slice(5, 7), day: d.slice(8, 10) });
  new TL.Timeline('timeline', {
    events: data.events.map((e) => ({ start_date: date(e.date), text: { headline: e.label.vi, text: e.source } })),
  }, { language: 'vi', script_path: new URL('/bench/timelinejs/js/', location.href).href });
}
