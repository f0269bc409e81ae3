#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use serde_json::json;

use super::*;

/// Formats `iso` in `lang`, for data-driven checks.
fn date(lang: &str, iso: &str) -> Option<String> {
    locale_for(lang).format_date(iso)
}

#[test]
fn locale_is_chosen_by_primary_subtag() {
    for (tag, expected) in [
        ("en", "en"),
        ("en-GB", "en"),
        ("zh", "zh"),
        ("zh-Hans", "zh"),
        ("zh-Hans-CN", "zh"),
        ("ZH-cn", "zh"),
        ("ru-RU", "ru"),
        ("fr-CA", "fr"),
        ("es-419", "es"),
        ("de-AT", "de"),
        ("de_CH", "de"),
        ("ar-EG", "ar"),
        ("ar", "ar"),
    ] {
        assert_eq!(locale_for(tag).lang, expected, "{tag}");
    }
}

#[test]
fn unknown_and_malformed_tags_fall_back_to_english() {
    for tag in ["", "he", "pt-BR", "x-private", "-", "english"] {
        assert_eq!(locale_for(tag).lang, "en", "{tag:?}");
        assert_eq!(ui_text(tag).expand_all, "Expand all");
    }
}

#[test]
fn every_locale_has_every_string_and_its_own_words() {
    let english = &locale_for("en").text;
    for tag in ["zh", "ru", "fr", "es", "de", "ar"] {
        let text = ui_text(tag);
        let strings = [
            text.summary_heading,
            text.expand_all,
            text.collapse_all,
            text.all_expanded,
            text.all_collapsed,
            text.authors,
            text.source,
            text.error_title,
            text.error_intro,
            text.error_more,
            text.retry,
        ];
        for s in strings {
            assert!(!s.trim().is_empty(), "{tag}: empty string");
            assert_eq!(s, s.trim(), "{tag}: {s:?} has stray spaces");
        }
        assert_ne!(text.expand_all, english.expand_all, "{tag}");
        assert_ne!(text.collapse_all, text.expand_all, "{tag}");
        assert_ne!(text.all_expanded, text.all_collapsed, "{tag}");
        assert!(
            text.error_more.contains("{n}"),
            "{tag}: error_more lacks {{n}}"
        );
    }
}

#[test]
fn known_strings_per_locale() {
    let check = |tag: &str, expand: &str, collapse: &str, authors: &str, source: &str| {
        let text = ui_text(tag);
        assert_eq!(
            (
                text.expand_all,
                text.collapse_all,
                text.authors,
                text.source
            ),
            (expand, collapse, authors, source),
            "{tag}"
        );
    };
    check(
        "en",
        "Expand all",
        "Collapse all",
        "About the authors",
        "Source",
    );
    check("zh-Hans", "全部展开", "全部收起", "关于作者", "来源");
    check(
        "ru",
        "Развернуть все",
        "Свернуть все",
        "Об авторах",
        "Источник",
    );
    check(
        "fr",
        "Tout déplier",
        "Tout replier",
        "À propos des auteurs",
        "Source",
    );
    check(
        "es",
        "Expandir todo",
        "Contraer todo",
        "Sobre los autores",
        "Fuente",
    );
    check(
        "de",
        "Alle ausklappen",
        "Alle einklappen",
        "Über die Autoren",
        "Quelle",
    );
    check("ar", "توسيع الكل", "طي الكل", "نبذة عن المؤلفين", "المصدر");
}

#[test]
fn full_dates_are_written_as_each_language_writes_them() {
    // The same forms as `Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', day:
    // 'numeric' })` in Chromium (the browser tests compare every month against it).
    for (lang, expected) in [
        ("en", "July 1, 2018"),
        ("en-US", "July 1, 2018"),
        ("en-GB", "1 July 2018"),
        ("en-AU", "1 July 2018"),
        ("zh-Hans", "2018年7月1日"),
        ("ru", "1 июля 2018 г."),
        ("fr", "1 juillet 2018"),
        ("es", "1 de julio de 2018"),
        ("de", "1. Juli 2018"),
        ("ar", "1 يوليو 2018"),
    ] {
        assert_eq!(
            date(lang, "2018-07-01").as_deref(),
            Some(expected),
            "{lang}"
        );
    }
}

#[test]
fn year_and_month_dates_use_the_uninflected_month() {
    for (lang, expected) in [
        ("en", "December 2020"),
        ("zh", "2020年12月"),
        ("ru", "декабрь 2020 г."),
        ("fr", "décembre 2020"),
        ("es", "diciembre de 2020"),
        ("de", "Dezember 2020"),
        ("ar", "ديسمبر 2020"),
    ] {
        assert_eq!(date(lang, "2020-12").as_deref(), Some(expected), "{lang}");
    }
    assert_eq!(date("ru", "2020-03-08").as_deref(), Some("8 марта 2020 г."));
    assert_eq!(date("de-AT", "2020-01").as_deref(), Some("Jänner 2020"));
    assert_eq!(date("de-DE", "2020-01").as_deref(), Some("Januar 2020"));
}

#[test]
fn year_only_dates() {
    for (lang, expected) in [
        ("en", "1999"),
        ("zh", "1999年"),
        ("ru", "1999"),
        ("ar", "1999"),
    ] {
        assert_eq!(date(lang, "1999").as_deref(), Some(expected), "{lang}");
    }
}

#[test]
fn every_month_has_a_name_in_every_locale() {
    for tag in ["en", "zh", "ru", "fr", "es", "de", "ar"] {
        let mut seen = Vec::new();
        for month in 1..=12 {
            let with_day = date(tag, &format!("2021-{month:02}-15")).unwrap();
            let without = date(tag, &format!("2021-{month:02}")).unwrap();
            assert!(!seen.contains(&with_day), "{tag}: {with_day} twice");
            seen.push(with_day);
            assert!(without.contains("2021"), "{tag}: {without}");
        }
    }
}

#[test]
fn invalid_dates_are_not_formatted() {
    for iso in [
        "",
        "18",
        "2018-7-01",
        "2018-13",
        "2018-00",
        "2018-02-30",
        "2019-02-29",
        "2018-07-00",
        "2018-07-32",
        "2018-07-01T00:00",
        "2018/07/01",
        "+018",
        "2018-07-01-",
        "２０１８",
    ] {
        assert_eq!(date("en", iso), None, "{iso:?}");
    }
}

#[test]
fn leap_days_follow_the_gregorian_rules() {
    assert_eq!(
        date("en", "2024-02-29").as_deref(),
        Some("February 29, 2024")
    );
    assert_eq!(
        date("en", "2000-02-29").as_deref(),
        Some("February 29, 2000")
    );
    assert_eq!(date("en", "1900-02-29"), None);
    assert_eq!(date("en", "2023-04-31"), None);
}

#[test]
fn auto_direction_becomes_rtl_for_right_to_left_languages() {
    for lang in [
        "ar", "ar-EG", "he", "fa-IR", "ur", "ps", "yi", "az-Arab", "pa-Arab",
    ] {
        assert_eq!(resolve_dir(lang, Dir::Auto), "rtl", "{lang}");
    }
    for lang in ["en", "zh-Hans", "ru", "ku-Latn", "fr", "x-ar", "arn"] {
        assert_eq!(resolve_dir(lang, Dir::Auto), "auto", "{lang}");
    }
}

#[test]
fn a_declared_direction_is_kept() {
    assert_eq!(resolve_dir("ar", Dir::Ltr), "ltr");
    assert_eq!(resolve_dir("en", Dir::Rtl), "rtl");
    assert_eq!(resolve_dir("he", Dir::Rtl), "rtl");
}

#[test]
fn overrides_replace_only_the_strings_they_name() {
    let mut overrides = UiOverrides::default();
    assert!(overrides.set("expandAll", "Show everything"));
    assert!(!overrides.set("expand_all", "wrong key style"));
    let labels = Labels::new("fr", "fr", &overrides);
    assert_eq!(labels.expand_all.text, "Show everything");
    assert_eq!(labels.collapse_all.text, "Tout replier");
    assert_eq!(labels.expand_all.lang, None);
}

#[test]
fn every_key_can_be_set() {
    let mut overrides = UiOverrides::default();
    for key in UiOverrides::KEYS {
        assert!(overrides.set(key, format!("<{key}>")), "{key}");
    }
    let labels = Labels::new("en", "en", &overrides);
    assert_eq!(labels.summary_heading.text, "<summaryHeading>");
    assert_eq!(labels.error_more.text, "<errorMore>");
    assert_eq!(UiOverrides::KEYS.len(), 11);
}

#[test]
fn overrides_read_from_an_object_report_what_they_skip() {
    let map = json!({"authors": "Contributors", "expandAl": "x", "source": 3});
    let (overrides, skipped) = UiOverrides::from_map(map.as_object().unwrap());
    assert_eq!(overrides.authors.as_deref(), Some("Contributors"));
    assert_eq!(overrides.source, None);
    assert_eq!(
        skipped,
        [
            ("expandAl".to_owned(), "unknown string name, ignored"),
            ("source".to_owned(), "expected a string"),
        ]
    );
}

#[test]
fn overrides_written_as_json_read_back_the_same() {
    let map = json!({"source": "From", "expandAll": "Show \"all\" <3"});
    let (overrides, _) = UiOverrides::from_map(map.as_object().unwrap());
    let json = overrides.to_json().unwrap();
    // In KEYS order, whatever order they were given in.
    assert_eq!(
        json,
        r#"{"expandAll":"Show \"all\" \u003c3","source":"From"}"#
    );
    let read: serde_json::Value = serde_json::from_str(&json).unwrap();
    let (again, skipped) = UiOverrides::from_map(read.as_object().unwrap());
    assert_eq!(again, overrides);
    assert!(skipped.is_empty());
    assert_eq!(UiOverrides::default().to_json(), None);
}

#[test]
fn strings_in_another_language_than_the_content_carry_their_own_lang() {
    // Hebrew content has no table yet: the English fallback strings are marked as English.
    let labels = Labels::new("he", "he", &UiOverrides::default());
    assert_eq!(labels.expand_all.text, "Expand all");
    assert_eq!(labels.expand_all.lang.as_deref(), Some("en"));
    // Same language, different region or script: no attribute needed.
    let labels = Labels::new("zh-Hans", "zh-CN", &UiOverrides::default());
    assert_eq!(labels.expand_all.lang, None);
    // A page showing English content with a German interface.
    let labels = Labels::new("de", "en", &UiOverrides::default());
    assert_eq!(labels.source.text, "Quelle");
    assert_eq!(labels.source.lang.as_deref(), Some("de"));
    // Overrides are taken to be in the interface language the host asked for.
    let mut overrides = UiOverrides::default();
    overrides.set("source", "מקור");
    let labels = Labels::new("he", "he", &overrides);
    assert_eq!(labels.source.lang, None);
    assert_eq!(labels.authors.lang.as_deref(), Some("en"));
}
