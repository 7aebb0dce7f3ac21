// A valid dataset of any size, for the benchmark's sweep and the tests of big datasets.

/** What a group counts, by section: its two measures and their labels. */
const KINDS = {
  forces: { name: ['Tổ', 'Team'], measures: [['units', 'tổ', 1, 97], ['members', 'thành viên', 10, 991]] },
  outreach: { name: ['Nhóm', 'Group'], measures: [['sessions', 'cuộc', 1, 97], ['attendances', 'lượt người', 10, 991]] },
};

/**
 * A valid dataset of `n` figures: the article's events and `n / 2` groups of `section`
 * (`forces`: kinds of teams; `outreach`: audiences, which the text sections list).
 */
export function sizedDataset(DATASET, n, section = 'forces') {
  const kind = KINDS[section];
  // Beside generated audiences, the article's other groups stay (the forces chart needs some).
  const groups = section === 'forces' ? [] : DATASET.groups.filter((g) => g.section !== section);
  const figures = DATASET.figures.filter((f) => groups.some((g) => g.id === f.group));
  for (let i = 0; figures.length < n; i++) {
    const id = `g${i}`;
    groups.push({ id, section, label: { vi: `${kind.name[0]} ${i}`, en: `${kind.name[1]} ${i}` } });
    for (const [measure, vi, base, spread] of kind.measures) {
      if (figures.length === n) break;
      figures.push({
        id: `${id}.${measure}`, group: id, measure, unit: 'count', amount: { qualifier: 'exact', value: base + (i % spread) },
        label: { vi, en: measure }, source: 'Số liệu thử.',
      });
    }
  }
  return JSON.stringify({ ...DATASET, groups, figures });
}
