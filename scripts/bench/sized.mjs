// A valid dataset of any size, for the benchmark's sweep and the tests of big datasets.

/** A valid dataset of `n` figures: the article's events, `n / 2` kinds of teams. */
export function sizedDataset(DATASET, n) {
  const groups = [];
  const figures = [];
  for (let i = 0; figures.length < n; i++) {
    const id = `g${i}`;
    groups.push({ id, section: 'forces', label: { vi: `Tổ ${i}`, en: `Team ${i}` } });
    for (const [measure, value] of [['units', 1 + (i % 97)], ['members', 10 + (i % 991)]]) {
      if (figures.length === n) break;
      figures.push({
        id: `${id}.${measure}`, group: id, measure, unit: 'count', amount: { qualifier: 'exact', value },
        label: { vi: measure === 'units' ? 'tổ' : 'thành viên', en: measure }, source: 'Số liệu thử.',
      });
    }
  }
  return JSON.stringify({ ...DATASET, groups, figures });
}
