//! ISO 8601 UTC timestamps (`2026-11-27T21:51:53.123Z`) from and to milliseconds since the Unix
//! epoch, without a date library.

/// Formats milliseconds since 1970-01-01T00:00:00Z.
pub fn format_iso(ms: i64) -> String {
    let secs = ms.div_euclid(1000);
    let millis = ms.rem_euclid(1000);
    let days = secs.div_euclid(86_400);
    let sod = secs.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{millis:03}Z",
        sod / 3600,
        sod % 3600 / 60,
        sod % 60
    )
}

/// Parses `YYYY-MM-DDTHH:MM:SS[.fff]Z`.
pub fn parse_iso(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    let num = |from: usize, len: usize| -> Option<i64> {
        let part = s.get(from..from + len)?;
        if !part.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        part.parse().ok()
    };
    let sep = |at: usize, c: u8| b.get(at) == Some(&c);
    if !(sep(4, b'-') && sep(7, b'-') && sep(10, b'T') && sep(13, b':') && sep(16, b':')) {
        return None;
    }
    let (y, mo, d) = (num(0, 4)?, num(5, 2)?, num(8, 2)?);
    let (h, mi, se) = (num(11, 2)?, num(14, 2)?, num(17, 2)?);
    let (millis, rest) = if sep(19, b'.') {
        (num(20, 3)?, s.get(23..)?)
    } else {
        (0, s.get(19..)?)
    };
    if rest != "Z" || !(1..=12).contains(&mo) || h > 23 || mi > 59 || se > 59 {
        return None;
    }
    if d < 1 || d > days_in_month(y, mo) {
        return None;
    }
    let days = days_from_civil(y, mo, d);
    Some(((days * 86_400 + h * 3600 + mi * 60 + se) * 1000) + millis)
}

/// Milliseconds in a day.
pub const DAY_MS: i64 = 86_400_000;

/// The calendar day (days since 1970-01-01) of the instant `ms` on a clock `offset_minutes` east
/// of UTC (Kalimantan Selatan, WITA: +480).
pub fn local_day(ms: i64, offset_minutes: i32) -> i64 {
    ms.saturating_add(i64::from(offset_minutes) * 60_000)
        .div_euclid(DAY_MS)
}

/// A calendar day as `YYYY-MM-DD`.
pub fn format_date(day: i64) -> String {
    let (y, m, d) = civil_from_days(day);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Parses `YYYY-MM-DD` into days since 1970-01-01.
pub fn parse_date(s: &str) -> Option<i64> {
    parse_iso(&format!("{s}T00:00:00Z"))
        .filter(|_| s.len() == 10)
        .map(|ms| ms.div_euclid(DAY_MS))
}

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// Howard Hinnant's algorithms for the proleptic Gregorian calendar.
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_days_and_dates() {
        // 2026-12-02T16:30Z is 00:30 on the 3rd in WITA (UTC+8), still the 2nd in UTC.
        let ms = parse_iso("2026-12-02T16:30:00Z").unwrap();
        assert_eq!(format_date(local_day(ms, 0)), "2026-12-02");
        assert_eq!(format_date(local_day(ms, 480)), "2026-12-03");
        assert_eq!(format_date(local_day(ms, -300)), "2026-12-02");
        assert_eq!(parse_date("2026-12-03"), Some(local_day(ms, 480)));
        assert_eq!(parse_date("2026-02-30"), None);
        assert_eq!(parse_date("2026-12-3"), None);
        assert_eq!(parse_date("2026-12-03T00:00:00Z"), None);
    }

    #[test]
    fn known_instants() {
        assert_eq!(format_iso(0), "1970-01-01T00:00:00.000Z");
        assert_eq!(format_iso(1_795_816_313_123), "2026-11-27T21:51:53.123Z");
        assert_eq!(parse_iso("2024-02-29T23:59:59Z"), Some(1_709_251_199_000));
        assert_eq!(parse_iso("2023-02-29T00:00:00Z"), None);
        assert_eq!(parse_iso("2026-11-27 21:51:53Z"), None);
        assert_eq!(parse_iso("2026-11-27T21:51:53+07:00"), None);
    }
}
