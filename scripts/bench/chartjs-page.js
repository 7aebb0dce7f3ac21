// The comparison page of `make bench`: the widget's three charts (forces, outreach attendance,
// certification) drawn by Chart.js 4 from the same dataset, no animation, at the same width.
// Sets window.__readyAt when the third chart has rendered.
/* global Chart */
const data = await (await fetch('/bench/article.json')).json();
const figure = (group, measure) => data.figures.find((f) => f.group === group && f.measure === measure);
const value = (f) => (f.amount.qualifier === 'range' ? f.amount.to : f.amount.value);
const groups = (section) => data.groups.filter((g) => g.section === section);
let rendered = 0;
const done = {
  id: 'done',
  afterRender(chart) {
    if (chart.$benchDone) return;
    chart.$benchDone = true;
    rendered += 1;
    if (rendered === 3) window.__readyAt = performance.now();
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
const outreach = groups('outreach').filter((g) => figure(g.id, 'attendances'));
bars('outreach', outreach.map((g) => g.label.vi), [
  { label: 'Lượt tham dự', data: outreach.map((g) => value(figure(g.id, 'attendances'))) },
]);
const safety = groups('safety');
bars('safety', safety.map((g) => g.label.vi), [
  { label: 'Tỉ lệ đạt chuẩn (%)', data: safety.map((g) => value(figure(g.id, 'certified'))) },
]);
