//! The card's own words (not the document's), chosen by a language tag; dates written the way that
//! language writes them; and the text direction a language implies.
//!
//! Seven locale tables ship: English, Chinese (Simplified), Russian, French, Spanish, German and
//! Arabic, chosen by the tag's primary subtag (`zh-Hans` → Chinese, `fr-CA` → French); any other
//! language falls back to English. [`UiOverrides`] replaces any string, for sites that want their
//! own wording or a language without a table.

use yew::AttrValue;

use crate::model::Dir;

/// Declares the interface strings once, as the table type ([`UiText`]), the override type
/// ([`UiOverrides`], with its JSON/attribute key names) and the resolved type ([`Labels`]).
macro_rules! ui_strings {
    ($( $(#[$doc:meta])* $field:ident = $key:literal, )*) => {
        /// The card's own interface strings in one language.
        #[derive(Debug, PartialEq, Eq)]
        pub struct UiText {
            $( $(#[$doc])* pub $field: &'static str, )*
        }

        /// Site-supplied replacements for any interface string; `None` keeps the locale's.
        #[derive(Clone, Debug, Default, PartialEq, Eq)]
        pub struct UiOverrides {
            $( $(#[$doc])* pub $field: Option<String>, )*
        }

        impl UiOverrides {
            /// The key of every string, as [`UiOverrides::set`] and [`UiOverrides::from_json`]
            /// name them.
            pub const KEYS: &'static [&'static str] = &[$($key),*];

            /// The replacement for the string named `key`, if there is one.
            pub fn get(&self, key: &str) -> Option<&str> {
                match key {
                    $( $key => self.$field.as_deref(), )*
                    _ => None,
                }
            }

            /// Replaces the string named `key` (one of [`UiOverrides::KEYS`]); false if there is
            /// no such string.
            pub fn set(&mut self, key: &str, value: impl Into<String>) -> bool {
                match key {
                    $( $key => self.$field = Some(value.into()), )*
                    _ => return false,
                }
                true
            }
        }

        /// Every interface string resolved for one card: overrides over the locale table.
        #[derive(Clone, Debug, PartialEq)]
        pub struct Labels {
            /// The locale table the strings that were not overridden come from.
            pub locale: &'static Locale,
            /// The table's language, when it differs from the content's (for a `lang` attribute
            /// on locale-formatted text such as dates).
            pub locale_lang: Option<AttrValue>,
            $( $(#[$doc])* pub $field: Label, )*
        }

        impl Labels {
            /// The strings for a card whose content is in `content_lang` and whose own words
            /// should be in `ui_lang` (both BCP 47 tags), with `overrides` taking precedence.
            pub fn new(ui_lang: &str, content_lang: &str, overrides: &UiOverrides) -> Self {
                let locale = locale_for(ui_lang);
                let content = primary_subtag(content_lang);
                // A string is tagged with its own language only where that differs from the
                // content's, so screen readers switch voice for it (WCAG 3.1.2).
                let tag = |lang: &str| {
                    (!primary_subtag(lang).eq_ignore_ascii_case(content))
                        .then(|| AttrValue::from(lang.to_owned()))
                };
                let from_table = tag(locale.lang);
                let from_overrides = tag(ui_lang);
                Self {
                    locale,
                    locale_lang: from_table.clone(),
                    $( $field: match &overrides.$field {
                        Some(text) => Label {
                            text: AttrValue::from(text.clone()),
                            lang: from_overrides.clone(),
                        },
                        None => Label {
                            text: AttrValue::Static(locale.text.$field),
                            lang: from_table.clone(),
                        },
                    }, )*
                }
            }
        }
    };
}

ui_strings! {
    /// Heading above the sections when the document does not name it.
    summary_heading = "summaryHeading",
    /// Label of the control that opens every section.
    expand_all = "expandAll",
    /// Label of the same control once every section is open.
    collapse_all = "collapseAll",
    /// Announced (politely) after "Expand all" opened every section.
    all_expanded = "allExpanded",
    /// Announced (politely) after "Collapse all" closed every section.
    all_collapsed = "allCollapsed",
    /// Heading of the author notes.
    authors = "authors",
    /// Label before the source line.
    source = "source",
    /// Heading of the error card.
    error_title = "errorTitle",
    /// Sentence under the error card's heading.
    error_intro = "errorIntro",
    /// Last line of a truncated problem list; `{n}` stands for the number of problems not listed.
    error_more = "errorMore",
    /// The error card's button that loads the data again, after a failure that may pass.
    retry = "retry",
}

/// One interface string ready for the view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Label {
    /// The words.
    pub text: AttrValue,
    /// Their language, when it differs from the card content's (for a `lang` attribute).
    pub lang: Option<AttrValue>,
}

/// One language's table: interface strings, punctuation and date patterns.
#[derive(Debug, PartialEq, Eq)]
pub struct Locale {
    /// The table's language, a primary subtag such as `zh`.
    pub lang: &'static str,
    /// The interface strings.
    pub text: UiText,
    /// What follows a label such as "Source" (`": "`, French `" : "`, Chinese `"："`).
    pub colon: &'static str,
    /// What joins the parts of the source line (`", "`, Arabic `"، "`, Chinese `"，"`).
    pub separator: &'static str,
    /// What ends a sentence before another starts (`". "`, Chinese `"。"`).
    pub full_stop: &'static str,
    /// Month names as used without a day ("July 2018").
    months: [&'static str; 12],
    /// Month names as used with a day, where the language inflects them (Russian genitive).
    months_with_day: [&'static str; 12],
    /// Pattern of a full date: `{y}` year, `{m}` month number, `{M}` month name, `{d}` day.
    full_date: &'static str,
    /// Pattern of a year and month.
    month_year: &'static str,
    /// Pattern of a year alone.
    year: &'static str,
}

impl Locale {
    /// Writes an ISO 8601 date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) the way this language does,
    /// e.g. `2018-07-01` → "July 1, 2018", "1 июля 2018 г.", "2018年7月1日"; `None` if it is not
    /// such a date.
    pub fn format_date(&self, iso: &str) -> Option<String> {
        let date = IsoDate::parse(iso)?;
        let pattern = match (date.month, date.day) {
            (Some(_), Some(_)) => self.full_date,
            (Some(_), None) => self.month_year,
            _ => self.year,
        };
        let month_index = usize::from(date.month.unwrap_or(1).saturating_sub(1));
        let mut out = String::with_capacity(pattern.len() + 16);
        let mut chars = pattern.chars();
        while let Some(c) = chars.next() {
            if c != '{' {
                out.push(c);
                continue;
            }
            let field = chars.next();
            chars.next(); // the closing brace
            match field {
                Some('y') => out.push_str(&date.year.to_string()),
                Some('m') => out.push_str(&date.month.unwrap_or(1).to_string()),
                Some('d') => out.push_str(&date.day.unwrap_or(1).to_string()),
                Some('M') if date.day.is_some() => {
                    out.push_str(self.months_with_day.get(month_index).copied().unwrap_or(""));
                }
                Some('M') => out.push_str(self.months.get(month_index).copied().unwrap_or("")),
                _ => {}
            }
        }
        Some(out)
    }
}

impl UiOverrides {
    /// Reads overrides from a JSON object of strings such as `{"expandAll": "Show all"}`, keyed
    /// as in [`UiOverrides::KEYS`]; returns them with each key that was skipped and why.
    pub fn from_map(
        map: &serde_json::Map<String, serde_json::Value>,
    ) -> (Self, Vec<(String, &'static str)>) {
        let mut overrides = Self::default();
        let mut skipped = Vec::new();
        for (key, value) in map {
            match value.as_str() {
                Some(text) if overrides.set(key, text) => {}
                Some(_) => skipped.push((key.clone(), "unknown string name, ignored")),
                None => skipped.push((key.clone(), "expected a string")),
            }
        }
        (overrides, skipped)
    }

    /// The overrides as a compact JSON object in [`UiOverrides::KEYS`] order (`<`, `>` and `&`
    /// escaped), for an attribute;
    /// `None` when there are none.
    pub fn to_json(&self) -> Option<String> {
        let mut map = serde_json::Map::new();
        for key in Self::KEYS {
            if let Some(text) = self.get(key) {
                map.insert((*key).to_owned(), serde_json::Value::from(text));
            }
        }
        (!map.is_empty())
            .then(|| crate::render::script_json::script_json(&serde_json::Value::Object(map)))
    }
}

/// The locale table for a BCP 47 tag, by its primary subtag; English when there is none for it.
pub fn locale_for(lang: &str) -> &'static Locale {
    let primary = primary_subtag(lang);
    let austrian = || region_subtag(lang).is_some_and(|r| r.eq_ignore_ascii_case("AT"));
    match LOCALES
        .iter()
        .copied()
        .find(|locale| locale.lang.eq_ignore_ascii_case(primary))
    {
        // Austria says "Jänner" for January.
        Some(locale) if locale.lang == "de" && austrian() => &DE_AT,
        Some(locale) => locale,
        // English as written in the United States (and by default) puts the month first.
        None if uses_month_first(lang) => &EN,
        None => &EN_DAY_FIRST,
    }
}

/// The interface strings for a BCP 47 language tag.
pub fn ui_text(lang: &str) -> &'static UiText {
    &locale_for(lang).text
}

/// The `dir` attribute for content in `lang` declared as `dir`: an `auto` direction becomes `rtl`
/// for languages written right to left (Arabic, Hebrew, Persian, Urdu, …), so the layout mirrors
/// before the browser has seen any text; everything else is kept as declared.
pub fn resolve_dir(lang: &str, dir: Dir) -> &'static str {
    match dir {
        Dir::Auto if is_rtl_language(lang) => "rtl",
        other => other.as_str(),
    }
}

/// Whether `lang` is written right to left: by its script subtag if it has one (`az-Arab`,
/// `ku-Latn`), else by its language.
pub fn is_rtl_language(lang: &str) -> bool {
    const RTL_LANGUAGES: &[&str] = &[
        "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ps", "sd", "syr", "ug", "ur", "yi",
    ];
    const RTL_SCRIPTS: &[&str] = &[
        "adlm", "arab", "hebr", "mand", "nkoo", "rohg", "syrc", "thaa",
    ];
    let script = lang
        .split(['-', '_'])
        .skip(1)
        .take_while(|s| s.len() != 1) // stop at extensions (`-u-…`) and private use (`-x-…`)
        .find(|s| s.len() == 4 && s.chars().all(|c| c.is_ascii_alphabetic()));
    match script {
        Some(script) => RTL_SCRIPTS.iter().any(|s| s.eq_ignore_ascii_case(script)),
        None => {
            let primary = primary_subtag(lang);
            RTL_LANGUAGES
                .iter()
                .any(|l| l.eq_ignore_ascii_case(primary))
        }
    }
}

/// The language subtag of a BCP 47 tag (`zh` for `zh-Hans-CN`).
pub fn primary_subtag(lang: &str) -> &str {
    lang.split(['-', '_']).next().unwrap_or("")
}

/// Whether English in `lang` writes the month before the day: the US (and a bare `en`), Canada
/// and the Philippines.
fn uses_month_first(lang: &str) -> bool {
    match region_subtag(lang) {
        None => true,
        Some(region) => ["US", "CA", "PH", "UM", "AS", "GU", "MP", "PR", "VI"]
            .iter()
            .any(|r| r.eq_ignore_ascii_case(region)),
    }
}

/// The region subtag of a BCP 47 tag (`CN` for `zh-Hans-CN`, `419` for `es-419`), if any.
fn region_subtag(lang: &str) -> Option<&str> {
    lang.split(['-', '_'])
        .skip(1)
        .take_while(|s| s.len() != 1) // stop at extensions (`-u-…`) and private use (`-x-…`)
        .find(|s| s.len() == 2 || (s.len() == 3 && s.chars().all(|c| c.is_ascii_digit())))
}

/// A checked `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
struct IsoDate {
    year: u16,
    month: Option<u8>,
    day: Option<u8>,
}

impl IsoDate {
    fn parse(text: &str) -> Option<Self> {
        let mut parts = text.split('-');
        let year = parts.next().filter(|y| y.len() == 4).and_then(number)?;
        let month = match parts.next() {
            Some(m) => Some(
                u8::try_from(number(m).filter(|_| m.len() == 2)?)
                    .ok()
                    .filter(|m| (1..=12).contains(m))?,
            ),
            None => None,
        };
        let day = match parts.next() {
            Some(d) => {
                let day = u8::try_from(number(d).filter(|_| d.len() == 2)?).ok()?;
                if !(1..=days_in_month(year, month?)).contains(&day) {
                    return None;
                }
                Some(day)
            }
            None => None,
        };
        if parts.next().is_some() {
            return None;
        }
        Some(Self { year, month, day })
    }
}

/// Parses ASCII digits only (no sign, no spaces).
fn number(digits: &str) -> Option<u16> {
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The tables other than English, which is the fallback.
const LOCALES: &[&Locale] = &[&ZH, &RU, &FR, &ES, &DE, &AR];

const EN_TEXT: UiText = UiText {
    summary_heading: "Executive summary",
    expand_all: "Expand all",
    collapse_all: "Collapse all",
    all_expanded: "All sections expanded",
    all_collapsed: "All sections collapsed",
    authors: "About the authors",
    source: "Source",
    error_title: "This summary could not be shown",
    error_intro: "The summary’s data has problems:",
    error_more: "… and {n} more (see the browser console)",
    retry: "Try again",
};

const EN_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

const EN: Locale = Locale {
    lang: "en",
    text: EN_TEXT,
    colon: ": ",
    separator: ", ",
    full_stop: ". ",
    months: EN_MONTHS,
    months_with_day: EN_MONTHS,
    full_date: "{M} {d}, {y}",
    month_year: "{M} {y}",
    year: "{y}",
};

/// English outside the US: "1 July 2018".
const EN_DAY_FIRST: Locale = Locale {
    full_date: "{d} {M} {y}",
    ..EN
};

const ZH_MONTHS: [&str; 12] = [
    "一月",
    "二月",
    "三月",
    "四月",
    "五月",
    "六月",
    "七月",
    "八月",
    "九月",
    "十月",
    "十一月",
    "十二月",
];

const ZH: Locale = Locale {
    lang: "zh",
    text: UiText {
        summary_heading: "执行摘要",
        expand_all: "全部展开",
        collapse_all: "全部收起",
        all_expanded: "已展开所有部分",
        all_collapsed: "已收起所有部分",
        authors: "关于作者",
        source: "来源",
        error_title: "无法显示此摘要",
        error_intro: "摘要数据存在以下问题：",
        error_more: "……另有 {n} 个问题（详见浏览器控制台）",
        retry: "重试",
    },
    colon: "：",
    separator: "，",
    full_stop: "。",
    months: ZH_MONTHS,
    months_with_day: ZH_MONTHS,
    full_date: "{y}年{m}月{d}日",
    month_year: "{y}年{m}月",
    year: "{y}年",
};

const RU: Locale = Locale {
    lang: "ru",
    text: UiText {
        summary_heading: "Краткое изложение",
        expand_all: "Развернуть все",
        collapse_all: "Свернуть все",
        all_expanded: "Все разделы развёрнуты",
        all_collapsed: "Все разделы свёрнуты",
        authors: "Об авторах",
        source: "Источник",
        error_title: "Не удалось показать это резюме",
        error_intro: "В данных резюме есть ошибки:",
        error_more: "… и ещё {n} (см. консоль браузера)",
        retry: "Повторить",
    },
    colon: ": ",
    separator: ", ",
    full_stop: ". ",
    months: [
        "январь",
        "февраль",
        "март",
        "апрель",
        "май",
        "июнь",
        "июль",
        "август",
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь",
    ],
    months_with_day: [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
    full_date: "{d} {M} {y} г.",
    month_year: "{M} {y} г.",
    year: "{y}",
};

const FR_MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

const FR: Locale = Locale {
    lang: "fr",
    text: UiText {
        summary_heading: "Synthèse",
        expand_all: "Tout déplier",
        collapse_all: "Tout replier",
        all_expanded: "Toutes les sections sont dépliées",
        all_collapsed: "Toutes les sections sont repliées",
        authors: "À propos des auteurs",
        source: "Source",
        error_title: "Impossible d’afficher ce résumé",
        error_intro: "Les données du résumé posent problème\u{202f}:",
        error_more: "… et {n} de plus (voir la console du navigateur)",
        retry: "Réessayer",
    },
    // French sets a (narrow) no-break space before a colon.
    colon: "\u{202f}: ",
    separator: ", ",
    full_stop: ". ",
    months: FR_MONTHS,
    months_with_day: FR_MONTHS,
    full_date: "{d} {M} {y}",
    month_year: "{M} {y}",
    year: "{y}",
};

const ES_MONTHS: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];

const ES: Locale = Locale {
    lang: "es",
    text: UiText {
        summary_heading: "Resumen ejecutivo",
        expand_all: "Expandir todo",
        collapse_all: "Contraer todo",
        all_expanded: "Todas las secciones expandidas",
        all_collapsed: "Todas las secciones contraídas",
        authors: "Sobre los autores",
        source: "Fuente",
        error_title: "No se pudo mostrar este resumen",
        error_intro: "Los datos del resumen tienen problemas:",
        error_more: "… y {n} más (véase la consola del navegador)",
        retry: "Reintentar",
    },
    colon: ": ",
    separator: ", ",
    full_stop: ". ",
    months: ES_MONTHS,
    months_with_day: ES_MONTHS,
    full_date: "{d} de {M} de {y}",
    month_year: "{M} de {y}",
    year: "{y}",
};

const DE_MONTHS: [&str; 12] = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
];

const DE: Locale = Locale {
    lang: "de",
    text: UiText {
        summary_heading: "Zusammenfassung",
        expand_all: "Alle ausklappen",
        collapse_all: "Alle einklappen",
        all_expanded: "Alle Abschnitte ausgeklappt",
        all_collapsed: "Alle Abschnitte eingeklappt",
        authors: "Über die Autoren",
        source: "Quelle",
        error_title: "Diese Zusammenfassung kann nicht angezeigt werden",
        error_intro: "Die Daten der Zusammenfassung sind fehlerhaft:",
        error_more: "… und {n} weitere (siehe Browserkonsole)",
        retry: "Erneut versuchen",
    },
    colon: ": ",
    separator: ", ",
    full_stop: ". ",
    months: DE_MONTHS,
    months_with_day: DE_MONTHS,
    full_date: "{d}. {M} {y}",
    month_year: "{M} {y}",
    year: "{y}",
};

/// German as written in Austria.
const DE_AT: Locale = Locale {
    months: DE_AT_MONTHS,
    months_with_day: DE_AT_MONTHS,
    ..DE
};

const DE_AT_MONTHS: [&str; 12] = [
    "Jänner",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
];

const AR_MONTHS: [&str; 12] = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
];

const AR: Locale = Locale {
    lang: "ar",
    text: UiText {
        summary_heading: "الملخص التنفيذي",
        expand_all: "توسيع الكل",
        collapse_all: "طي الكل",
        all_expanded: "تم توسيع جميع الأقسام",
        all_collapsed: "تم طي جميع الأقسام",
        authors: "نبذة عن المؤلفين",
        source: "المصدر",
        error_title: "تعذّر عرض هذا الملخص",
        error_intro: "توجد مشكلات في بيانات الملخص:",
        error_more: "… و{n} مشكلات أخرى (راجع وحدة التحكم في المتصفح)",
        retry: "إعادة المحاولة",
    },
    colon: ": ",
    separator: "، ",
    full_stop: ". ",
    months: AR_MONTHS,
    months_with_day: AR_MONTHS,
    full_date: "{d} {M} {y}",
    month_year: "{M} {y}",
    year: "{y}",
};

#[cfg(test)]
mod tests;
