//! Serde types of the dataset file (`static/data/article.json`). Field names are the JSON
//! schema; unknown fields are rejected so a typo in a hand-edited file is an error, not a gap.

use serde::Deserialize;

use crate::i18n::Lang;

/// A whole dataset: where it comes from and what it says.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// The article the figures come from, for the credit line.
    pub article: Article,
    /// Things that are counted (kinds of team, audiences …), each in one section.
    pub groups: Vec<Group>,
    /// The figures, each about one group.
    pub figures: Vec<Figure>,
    /// Dated events, for the timeline.
    pub events: Vec<Event>,
}

/// The source article, as the portal shows it.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Article {
    /// Title, verbatim.
    pub title: String,
    /// Publication date, `YYYY-MM-DD`.
    pub date: String,
    /// Publication time as shown, `HH:MM`.
    pub time: String,
    /// Byline.
    pub author: String,
    /// The portal's category line.
    pub category: String,
    /// The portal that published it, for the credit line.
    pub portal: Text,
}

/// A text in both languages.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// Vietnamese.
    pub vi: String,
    /// English.
    pub en: String,
}

impl Text {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Vi => &self.vi,
            Lang::En => &self.en,
        }
    }
}

/// Looks a JSON name up in a `(name, value)` table: the enums below decode through this rather
/// than serde's derived enum visitors, a fraction of their size in the module.
fn from_key<T: Copy>(key: &str, table: &[(&str, T)], what: &str) -> Result<T, String> {
    match table.iter().find(|(k, _)| *k == key) {
        Some((_, v)) => Ok(*v),
        None => {
            let names: Vec<&str> = table.iter().map(|(k, _)| *k).collect();
            Err(format!(
                "unknown {what} \"{key}\", expected one of: {}",
                names.join(", ")
            ))
        }
    }
}

fn to_key<T: Copy + PartialEq>(value: T, table: &[(&'static str, T)]) -> &'static str {
    table
        .iter()
        .find(|(_, v)| *v == value)
        .map_or("", |(k, _)| k)
}

/// Which part of the story a group belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub enum Section {
    /// Teams and boards built in the city.
    Forces,
    /// Billboards, banners, sessions and their attendance.
    Outreach,
    /// People received for help and those reformed.
    Rehabilitation,
    /// Shares certified "safe for security and order".
    Safety,
    /// The road from the directive to the review.
    Timeline,
}

impl Section {
    const KEYS: [(&'static str, Self); 5] = [
        ("forces", Self::Forces),
        ("outreach", Self::Outreach),
        ("rehabilitation", Self::Rehabilitation),
        ("safety", Self::Safety),
        ("timeline", Self::Timeline),
    ];

    /// The JSON (and CSV) name.
    pub fn key(self) -> &'static str {
        to_key(self, &Self::KEYS)
    }
}

impl TryFrom<String> for Section {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        from_key(&s, &Self::KEYS, "section")
    }
}

/// Something the article counts.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    /// Stable id, referenced by figures.
    pub id: String,
    /// The section it belongs to.
    pub section: Section,
    /// Short name, for chart labels.
    pub label: Text,
}

/// What a figure measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub enum Measure {
    /// How many units (teams, boards) there are.
    Units,
    /// How many members they have.
    Members,
    /// Billboards (pano) put up.
    Panels,
    /// Banners (khẩu hiệu) put up.
    Slogans,
    /// Outreach sessions held.
    Sessions,
    /// Attendances at them.
    Attendances,
    /// People received for help and education.
    Received,
    /// People reformed.
    Reformed,
    /// Share certified safe.
    Certified,
    /// A duration in years.
    Years,
}

impl Measure {
    const KEYS: [(&'static str, Self); 10] = [
        ("units", Self::Units),
        ("members", Self::Members),
        ("panels", Self::Panels),
        ("slogans", Self::Slogans),
        ("sessions", Self::Sessions),
        ("attendances", Self::Attendances),
        ("received", Self::Received),
        ("reformed", Self::Reformed),
        ("certified", Self::Certified),
        ("years", Self::Years),
    ];

    /// The JSON (and CSV) name.
    pub fn key(self) -> &'static str {
        to_key(self, &Self::KEYS)
    }
}

impl TryFrom<String> for Measure {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        from_key(&s, &Self::KEYS, "measure")
    }
}

/// How a figure's number is to be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub enum Unit {
    /// A count of things (the figure's label names them).
    Count,
    /// A percentage, 0–100.
    Percent,
    /// The article gives no unit: shown as stated, never drawn on a scale.
    Unstated,
}

impl Unit {
    const KEYS: [(&'static str, Self); 3] = [
        ("count", Self::Count),
        ("percent", Self::Percent),
        ("unstated", Self::Unstated),
    ];

    /// The JSON (and CSV) name.
    pub fn key(self) -> &'static str {
        to_key(self, &Self::KEYS)
    }
}

impl TryFrom<String> for Unit {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        from_key(&s, &Self::KEYS, "unit")
    }
}

/// A value as the article states it, qualifier included. In JSON:
/// `{"qualifier": "over", "value": 200}` or `{"qualifier": "range", "from": 95, "to": 97}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(try_from = "AmountJson")]
pub enum Amount {
    /// Stated as is: "18 ban".
    Exact {
        /// The number.
        value: u64,
    },
    /// "trên 200": more than the value.
    Over {
        /// The bound.
        value: u64,
    },
    /// "gần 1.000": a little less than the value.
    Nearly {
        /// The bound.
        value: u64,
    },
    /// "từ 95 đến 97": somewhere in the range.
    Range {
        /// Lower end.
        from: u64,
        /// Upper end.
        to: u64,
    },
}

/// How the article qualifies a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
enum Qualifier {
    Exact,
    Over,
    Nearly,
    Range,
}

impl TryFrom<String> for Qualifier {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        let keys = [
            ("exact", Self::Exact),
            ("over", Self::Over),
            ("nearly", Self::Nearly),
            ("range", Self::Range),
        ];
        from_key(&s, &keys, "qualifier")
    }
}

/// The JSON shape of an [`Amount`]: one flat object (smaller to decode than a tagged enum).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AmountJson {
    qualifier: Qualifier,
    value: Option<u64>,
    from: Option<u64>,
    to: Option<u64>,
}

impl TryFrom<AmountJson> for Amount {
    type Error = &'static str;

    fn try_from(a: AmountJson) -> Result<Self, Self::Error> {
        match (a.qualifier, a.value, a.from, a.to) {
            (Qualifier::Exact, Some(value), None, None) => Ok(Self::Exact { value }),
            (Qualifier::Over, Some(value), None, None) => Ok(Self::Over { value }),
            (Qualifier::Nearly, Some(value), None, None) => Ok(Self::Nearly { value }),
            (Qualifier::Range, None, Some(from), Some(to)) => Ok(Self::Range { from, to }),
            (Qualifier::Range, ..) => Err("a range needs \"from\" and \"to\" and no \"value\""),
            _ => Err("this qualifier needs \"value\" only"),
        }
    }
}

impl Amount {
    /// The number a bar is drawn to: the stated number, or the upper end of a range.
    pub fn magnitude(&self) -> u64 {
        match *self {
            Self::Exact { value } | Self::Over { value } | Self::Nearly { value } => value,
            Self::Range { to, .. } => to,
        }
    }
}

/// One figure of the article.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    /// Stable id, `group.measure`.
    pub id: String,
    /// The group it is about.
    pub group: String,
    /// What it measures.
    pub measure: Measure,
    /// The value with its qualifier.
    pub amount: Amount,
    /// How to read the number.
    pub unit: Unit,
    /// What is counted, as a phrase after the number: "thành viên", "lượt học sinh tham dự".
    pub label: Text,
    /// The article's sentence that states it, verbatim.
    pub source: String,
    /// What a reader must know to read it right (an ambiguity of the article).
    #[serde(default)]
    pub note: Option<Text>,
}

/// A dated event, for the timeline.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// Stable id.
    pub id: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// What happened.
    pub label: Text,
    /// The article's sentence that dates it, verbatim.
    pub source: String,
}

impl Dataset {
    /// The groups of a section, in dataset order.
    pub fn groups_in(&self, section: Section) -> impl Iterator<Item = &Group> {
        self.groups.iter().filter(move |g| g.section == section)
    }

    /// The group with id `id`.
    pub fn group(&self, id: &str) -> Option<&Group> {
        self.groups.iter().find(|g| g.id == id)
    }

    /// The figure measuring `measure` of `group`, if the dataset has it.
    pub fn figure(&self, group: &str, measure: Measure) -> Option<&Figure> {
        self.figures
            .iter()
            .find(|f| f.group == group && f.measure == measure)
    }
}
