//! Who may choose the data: only the portal. A `data-src` dataset is fetched from the widget's
//! own origin (where `dist/` is published) or from an origin the portal listed when it built
//! the widget (`BL_DATA_ORIGINS`, space-separated, compiled in); from nowhere else, whatever
//! the way the address came in (attribute, `frame.html` query, an upgraded link, `<oembed>`).
//!
//! The same list goes into `frame.html`'s `connect-src` and into the loader (see the prerender),
//! so the browser holds the same line should this check ever miss.

/// The origins listed at build time, as given (checked by [`parse_list`] when the build runs).
const LISTED: &str = match option_env!("BL_DATA_ORIGINS") {
    Some(list) => list,
    None => "",
};

/// The origins, besides the widget's own, that a dataset may come from.
pub fn listed() -> impl Iterator<Item = &'static str> {
    LISTED.split_whitespace()
}

/// Whether a dataset at a URL of `protocol` (`https:`) and `origin` (`https://host:port`, as
/// the browser's `URL.origin` writes it) may be fetched by the widget whose own origin is `own`.
pub fn allowed(protocol: &str, origin: &str, own: Option<&str>) -> bool {
    matches!(protocol, "http:" | "https:")
        && (own == Some(origin) || listed().any(|listed| listed == origin))
}

/// Checks a `BL_DATA_ORIGINS` value: each entry must be an origin written as the browser
/// writes it (`https://data.example.gov.vn`, `http://127.0.0.1:8080`): a scheme of http or
/// https, a lower-case host name or IPv4 address, an optional port, no path, no trailing slash. A looser entry
/// would never match and the portal would not know why, so the build stops on it.
pub fn parse_list(list: &str) -> Result<Vec<&str>, String> {
    list.split_whitespace()
        .map(|entry| match is_origin(entry) {
            true => Ok(entry),
            false => Err(format!(
                "BL_DATA_ORIGINS: \"{entry}\" is not an origin such as https://data.example.gov.vn \
                 (http or https, lower-case host, optional port, no path or trailing slash)"
            )),
        })
        .collect()
}

fn is_origin(entry: &str) -> bool {
    let Some(rest) = entry
        .strip_prefix("https://")
        .or_else(|| entry.strip_prefix("http://"))
    else {
        return false;
    };
    let (host, port) = match rest.split_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (rest, None),
    };
    let host_ok = !host.is_empty()
        && host
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '-');
    let port_ok =
        port.is_none_or(|p| !p.is_empty() && !p.starts_with('0') && p.parse::<u16>().is_ok());
    host_ok && port_ok
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_widgets_own_origin_without_a_list() {
        let own = Some("https://baclieu.example.vn");
        assert!(allowed("https:", "https://baclieu.example.vn", own));
        assert!(!allowed("https:", "https://another-site.example", own));
        assert!(!allowed(
            "https:",
            "https://baclieu.example.vn.evil.example",
            own
        ));
        assert!(
            !allowed("http:", "http://baclieu.example.vn", own),
            "scheme is part of it"
        );
        assert!(!allowed("data:", "null", Some("null")), "no data: URLs");
        assert!(
            !allowed("blob:", "https://baclieu.example.vn", own),
            "no blob: URLs"
        );
        assert!(!allowed("https:", "https://baclieu.example.vn", None));
    }

    #[test]
    fn a_build_list_is_checked_entry_by_entry() {
        assert_eq!(
            parse_list(" https://data.example.gov.vn  http://127.0.0.3:8093 "),
            Ok(vec!["https://data.example.gov.vn", "http://127.0.0.3:8093"])
        );
        assert_eq!(parse_list(""), Ok(vec![]));
        for loose in [
            "https://data.example.gov.vn/",
            "https://Data.example.gov.vn",
            "data.example.gov.vn",
            "ftp://data.example.gov.vn",
            "https://data.example.gov.vn/json",
            "https://data.example.gov.vn:",
            "https://data.example.gov.vn:99999",
            "https://",
            "*",
        ] {
            let err = parse_list(loose).expect_err(loose);
            assert!(err.contains(loose), "{err}");
        }
    }

    #[test]
    fn every_origin_listed_at_build_time_is_allowed_and_no_other() {
        let asked = option_env!("BL_DATA_ORIGINS").unwrap_or("");
        assert_eq!(
            listed().collect::<Vec<_>>(),
            parse_list(asked).expect("checked")
        );
        for origin in asked.split_whitespace() {
            assert!(allowed("https:", origin, None), "{origin}");
            assert!(!allowed("ftp:", origin, None), "{origin}");
        }
        assert!(!allowed("https:", "https://not-listed.example", None));
    }
}
