#!/usr/bin/env python3
"""Writes static/data/article.json from the article text (tests/fixtures/article.txt).

The figures below are typed by hand from the article; every source sentence is cut from the text
itself, so it is verbatim by construction. The project's fidelity test (tests/fidelity.rs)
checks the result against the article independently. Run after editing: python3 scripts/make-dataset.py
With --check (run by `make test`), writes nothing and fails if the committed file differs from what
this script makes: the dataset and its generator cannot drift apart.
"""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEXT = (ROOT / "tests/fixtures/article.txt").read_text(encoding="utf-8")


def sentence(start, end):
    """The article's text from `start` through `end`, checked to occur once."""
    i = TEXT.index(start)
    j = TEXT.index(end, i) + len(end)
    assert TEXT.count(TEXT[i:j]) == 1
    return TEXT[i:j]


FORCES = sentence("Thời gian qua, thành phố đã chấn chỉnh", "tại Công an phường.")
MATERIALS = sentence("Đã lắp đặt 65 pano", "xây dựng nông thôn mới.")
HOUSEHOLDS = sentence("đã tổ chức tuyên truyền gần 1.000 cuộc", "lượt hộ gia đình tham dự.")
SCHOOLS = sentence("Tuyên truyền, giáo dục pháp luật về trật tự an toàn giao thông", "có ích cho xã hội.")
SAFETY = sentence("Kết quả xét công nhận hàng năm", "đạt chuẩn an toàn về an ninh trật tự")
YEARS = sentence("Qua 05 năm triển khai thực hiện", "về nội dung và cả hình thức.")
DIRECTIVE = sentence("Ngay từ khi quán triệt Chỉ thị 09-CT/TW", "trong tình hình mới”.")
DATELINE = sentence("Thứ Hai, 29/05/2017", "10:25")
TITLE = next(l.strip() for l in TEXT.splitlines() if l.startswith("Sơ kết 05 năm"))


def t(vi, en):
    return {"vi": vi, "en": en}


def exact(v):
    return {"qualifier": "exact", "value": v}


def over(v):
    return {"qualifier": "over", "value": v}


def nearly(v):
    return {"qualifier": "nearly", "value": v}


def between(a, b):
    return {"qualifier": "range", "from": a, "to": b}


groups, figures = [], []


def group(gid, section, label):
    groups.append({"id": gid, "section": section, "label": label})


def fig(gid, measure, amount, label, source, unit="count", note=None, headline=False, annotation=None):
    f = {"id": f"{gid}.{measure}", "group": gid, "measure": measure, "amount": amount,
         "unit": unit, "label": label, "source": source}
    if note:
        f["note"] = note
    if annotation:
        f["annotation"] = annotation
    if headline:  # a headline card is made of it (the widget's cards follow the dataset)
        f["headline"] = True
    figures.append(f)


# Figures in the order the article states them: the fidelity test matches them in that order,
# so two figures swapped is an error even when both numbers are in the article.
group("review", "timeline", t("Sơ kết thực hiện Chỉ thị 09", "Review of Directive 09"))
fig("review", "years", exact(5), t("năm triển khai thực hiện", "years of implementation"), YEARS,
    annotation=t("Từ Chỉ thị đến sơ kết: gần 5 năm 6 tháng", "Directive to review: nearly 5½ years"))

MEMBERS = t("thành viên", "members")
forces = [
    ("bcd138", t("Ban chỉ đạo 138", "Steering boards 138"), 11, over(200), t("Ban chỉ đạo", "boards")),
    ("ban-bv-ap", t("Ban bảo vệ an ninh trật tự ở ấp", "Hamlet security boards"), 18, exact(99), t("ban", "boards")),
    ("to-tu-quan", t("Tổ tự quản, tổ an ninh nhân dân", "Self-managed and people's security teams"), 817, exact(1157), t("tổ", "teams")),
    ("to-ben-xe", t("Tổ tự quản bến xe honda đầu", "Motorbike-taxi stand teams"), 17, exact(85), t("tổ", "teams")),
    ("to-nha-thue", t("Tổ tự quản nhà cho thuê", "Rental-housing teams"), 405, exact(405), t("tổ", "teams")),
    ("to-pctp", t("Tổ phòng chống tội phạm", "Crime-prevention teams"), 7, exact(42), t("tổ", "teams")),
]
for gid, label, units, members, noun in forces:
    group(gid, "forces", label)
    fig(gid, "units", exact(units), noun, FORCES)
    fig(gid, "members", members, MEMBERS, FORCES)

group("materials", "outreach", t("Pano, khẩu hiệu", "Billboards and banners"))
fig("materials", "panels", exact(65), t("pano", "billboards"), MATERIALS)
fig("materials", "slogans", exact(186), t("khẩu hiệu", "banners"), MATERIALS)
group("households", "outreach", t("Hộ gia đình", "Households"))
fig("households", "sessions", nearly(1000), t("cuộc tuyên truyền", "sessions"), HOUSEHOLDS)
fig("households", "attendances", over(25000), t("lượt hộ gia đình tham dự", "household attendances"), HOUSEHOLDS)
group("students", "outreach", t("Học sinh tiểu học, trung học", "Primary and secondary pupils"))
fig("students", "attendances", over(24000), t("lượt học sinh tham dự", "pupil attendances"), SCHOOLS)
group("residents", "outreach", t("Địa bàn dân cư", "Residential areas"))
fig("residents", "sessions", exact(2669), t("cuộc tuyên truyền", "sessions"), SCHOOLS, headline=True)
fig("residents", "attendances", exact(101662), t("lượt người tham dự", "attendances"), SCHOOLS)

group("rehab", "rehabilitation", t("Đối tượng tệ nạn xã hội", "People drawn into social evils"))
fig("rehab", "received", exact(956), t("lượt đối tượng được tiếp nhận, giúp đỡ, giáo dục", "cases received for help and education"), SCHOOLS)
fig("rehab", "reformed", exact(571), t("lượt đối tượng hoàn lương", "cases reformed"), SCHOOLS, headline=True)

SAFE = t("đạt chuẩn an toàn về an ninh trật tự (hằng năm)", "certified safe for security and order (each year)")
group("ho-gia-dinh", "safety", t("Hộ gia đình", "Households"))
fig("ho-gia-dinh", "certified", between(95, 97), SAFE, SAFETY, unit="percent", headline=True,
    annotation=t("Mỗi năm một kết quả, trong khoảng này", "Each year's result lies in this range"))
group("khom-ap", "safety", t("Khóm, ấp", "Urban and rural hamlets"))
fig("khom-ap", "certified", exact(94), SAFE, SAFETY, unit="percent")
group("xa-phuong", "safety", t("Xã, phường", "Communes and wards"))
fig("xa-phuong", "certified", over(90), SAFE, SAFETY, unit="unstated",
    note=t("Bài viết ghi “trên 90 xã, phường”, không ghi đơn vị: không rõ là số lượng hay tỉ lệ %.",
           "The article says “over 90 communes and wards” without a unit: a count or a percentage is not stated."),
    annotation=t("Không rõ đơn vị nên không vẽ thanh", "Unit not stated, so no bar is drawn"))
group("co-quan", "safety", t("Cơ quan, doanh nghiệp", "Agencies and businesses"))
fig("co-quan", "certified", between(98, 100), SAFE, SAFETY, unit="percent")

events = [
    {"id": "directive", "date": "2011-12-01",
     "label": t("Ban Bí thư (khóa XI) ban hành Chỉ thị 09-CT/TW", "The Party Secretariat (11th term) issues Directive 09-CT/TW"),
     "source": DIRECTIVE},
    {"id": "programme", "date": "2012-12-28",
     "label": t("Ban Thường vụ Thành ủy ban hành Chương trình số 20-CTr/TU", "The city Party Standing Committee issues Programme 20-CTr/TU"),
     "source": DIRECTIVE},
    {"id": "review", "date": "2017-05-29",
     "label": t("Bài sơ kết 05 năm thực hiện Chỉ thị 09 đăng trên cổng thông tin", "The five-year review of Directive 09 is published on the portal"),
     "source": DATELINE},
]

data = {
    "article": {"title": TITLE, "date": "2017-05-29", "time": "10:25", "author": "M. Nương",
                "category": "Tuyên truyền phổ biến, hướng dẫn pháp luật",
                "portal": t("Cổng thông tin điện tử thành phố Bạc Liêu", "Bạc Liêu city web portal")},
    "groups": groups, "figures": figures, "events": events,
}
out = ROOT / "static/data/article.json"


def dump(value):
    """Compact JSON (the module embeds this file), one group, figure or event to a line."""
    compact = lambda v: json.dumps(v, ensure_ascii=False, separators=(",", ":"))
    parts = []
    for key, v in value.items():
        if isinstance(v, list):
            parts.append(f"{compact(key)}:[\n  " + ",\n  ".join(map(compact, v)) + "\n ]")
        else:
            parts.append(f"{compact(key)}:{compact(v)}")
    return "{\n " + ",\n ".join(parts) + "\n}\n"


made = dump(data)
name = out.relative_to(ROOT)
if "--check" in sys.argv[1:]:
    if out.read_text(encoding="utf-8") != made:
        sys.exit(f"{name} differs from what scripts/make-dataset.py makes: run it and commit the result")
    print(f"{name}: as scripts/make-dataset.py makes it ({len(figures)} figures, {len(events)} events)")
else:
    out.write_text(made, encoding="utf-8")
    print(f"{name}: {len(groups)} groups, {len(figures)} figures, {len(events)} events")
