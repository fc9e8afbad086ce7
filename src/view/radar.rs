//! Geometry of the radar chart: one axis per competency, clockwise from the top.

use crate::domain::format::number::fixed;

/// Where value `v` (0 to 1) lies on axis `i` of `n`, for a chart centred at `(cx, cy)` with
/// radius `r`.
pub fn point(i: usize, n: usize, v: f64, cx: f64, cy: f64, r: f64) -> (f64, f64) {
    let angle = std::f64::consts::TAU * i as f64 / n.max(1) as f64 - std::f64::consts::FRAC_PI_2;
    let d = r * v.clamp(0.0, 1.0);
    (cx + d * angle.cos(), cy + d * angle.sin())
}

/// The `points` attribute of an SVG polygon through `values` (0 to 1), one per axis.
pub fn polygon(values: &[f64], cx: f64, cy: f64, r: f64) -> String {
    let n = values.len();
    values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let (x, y) = point(i, n, *v, cx, cy, r);
            format!("{},{}", coord(x), coord(y))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A coordinate to a tenth of a pixel (`-10.0`, `3.5`).
pub fn coord(x: f64) -> String {
    fixed(x, 1)
}

/// A share (0 to 1) as a whole percentage.
pub fn whole_percent(v: f64) -> u32 {
    (v.clamp(0.0, 1.0) * 100.0).round() as u32
}

/// How an axis label at angle `i` of `n` should be anchored: `start`, `middle` or `end`.
pub fn anchor(i: usize, n: usize) -> &'static str {
    let (x, _) = point(i, n, 1.0, 0.0, 0.0, 1.0);
    if x > 0.2 {
        "start"
    } else if x < -0.2 {
        "end"
    } else {
        "middle"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axes_go_clockwise_from_the_top() {
        let (x, y) = point(0, 4, 1.0, 100.0, 100.0, 50.0);
        assert!((x - 100.0).abs() < 1e-9 && (y - 50.0).abs() < 1e-9);
        let (x, y) = point(1, 4, 1.0, 100.0, 100.0, 50.0);
        assert!((x - 150.0).abs() < 1e-9 && (y - 100.0).abs() < 1e-9);
        assert_eq!(point(2, 4, 0.0, 10.0, 20.0, 50.0), (10.0, 20.0));
        assert_eq!(
            polygon(&[1.0, 2.0, 0.5, 0.0], 0.0, 0.0, 10.0),
            "0.0,-10.0 10.0,0.0 0.0,5.0 0.0,0.0"
        );
        assert_eq!(coord(-0.04), "0.0");
        assert_eq!(coord(-0.05), "-0.1");
        assert_eq!(coord(149.96), "150.0");
        assert_eq!(coord(1.23456), "1.2");
        assert_eq!(whole_percent(0.675), 68);
        assert_eq!(whole_percent(1.5), 100);
        assert_eq!(anchor(0, 4), "middle");
        assert_eq!(anchor(1, 4), "start");
        assert_eq!(anchor(3, 4), "end");
    }
}
