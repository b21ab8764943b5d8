//! Chart maths: scales, ticks and the flow-diagram layout, as pure functions tested natively.
//!
//! Nothing here knows about Leptos or the DOM; the chart components turn these shapes into SVG.

/// A linear map from a data interval onto a pixel interval.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Linear {
    pub d0: f64,
    pub d1: f64,
    pub r0: f64,
    pub r1: f64,
}

impl Linear {
    pub fn new(domain: (f64, f64), range: (f64, f64)) -> Self {
        let (mut d0, mut d1) = domain;
        if !d0.is_finite() || !d1.is_finite() {
            d0 = 0.0;
            d1 = 1.0;
        }
        if (d1 - d0).abs() < 1e-12 {
            d1 = d0 + 1.0;
        }
        Linear {
            d0,
            d1,
            r0: range.0,
            r1: range.1,
        }
    }

    /// Pixel position of a data value (finite for any finite input).
    pub fn map(&self, v: f64) -> f64 {
        let v = if v.is_finite() { v } else { self.d0 };
        self.r0 + (v - self.d0) / (self.d1 - self.d0) * (self.r1 - self.r0)
    }
}

/// The width a chart is drawn at, in its own units drawn one to one with CSS pixels: its `full`
/// width when the `room` it has on screen allows, else the room, never under `least` (its text
/// stays at its size instead of shrinking with the drawing).
pub fn fit_width(room: f64, full: f64, least: f64) -> f64 {
    if room.is_finite() && room > 0.0 {
        room.min(full).max(least)
    } else {
        full
    }
}

/// How many ticks an axis `length` pixels long takes: one every `spacing` pixels, between 2
/// and `most`.
pub fn tick_count(length: f64, spacing: f64, most: usize) -> usize {
    if !(length.is_finite() && spacing > 0.0) {
        return 2;
    }
    ((length / spacing).floor() as usize).clamp(2, most.max(2))
}

/// Round tick values covering [lo, hi]: about `count` of them, at 1, 2 or 5 times a power of ten.
pub fn nice_ticks(lo: f64, hi: f64, count: usize) -> Vec<f64> {
    if !lo.is_finite() || !hi.is_finite() || count == 0 {
        return vec![0.0];
    }
    let (lo, hi) = if hi < lo { (hi, lo) } else { (lo, hi) };
    if (hi - lo).abs() < 1e-12 {
        return vec![lo];
    }
    let raw = (hi - lo) / count as f64;
    let mag = 10f64.powf(raw.log10().floor());
    let norm = raw / mag;
    let step = mag
        * if norm < 1.5 {
            1.0
        } else if norm < 3.0 {
            2.0
        } else if norm < 7.0 {
            5.0
        } else {
            10.0
        };
    let start = (lo / step).ceil() * step;
    let mut ticks = Vec::new();
    let mut t = start;
    while t <= hi + step * 1e-9 && ticks.len() < 50 {
        // clean float noise (0.6000000000000001 -> 0.6) at the step's precision
        let digits = (-(step.log10().floor()) + 2.0).clamp(0.0, 15.0) as i32;
        let unit = 10f64.powi(digits);
        ticks.push(((t / step).round() * step * unit).round() / unit);
        t += step;
    }
    ticks
}

/// The smallest "nice" number at or above `v` (1, 2, 2.5 or 5 times a power of ten): an axis top.
pub fn nice_ceiling(v: f64) -> f64 {
    if !v.is_finite() || v <= 0.0 {
        return 1.0;
    }
    let mag = 10f64.powf(v.log10().floor());
    for m in [1.0, 2.0, 2.5, 5.0, 10.0] {
        if m * mag >= v * (1.0 - 1e-12) {
            return m * mag;
        }
    }
    10.0 * mag
}

// --- the flow (Sankey) diagram ---------------------------------------------------------------

/// A box in the flow diagram: a service or an outcome.
#[derive(Clone, Debug, PartialEq)]
pub struct FlowNode {
    pub key: String,
    pub label: String,
    /// Left-to-right position (0 = where episodes enter).
    pub column: usize,
    /// Episodes passing through (the larger of what enters and what leaves).
    pub value: f64,
}

/// A ribbon: episodes moving from one node to another.
#[derive(Clone, Debug, PartialEq)]
pub struct FlowLink {
    pub from: usize,
    pub to: usize,
    pub value: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct NodeBox {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Ribbon {
    pub from: usize,
    pub to: usize,
    /// Thickness of the ribbon.
    pub width: f64,
    /// Centre of the ribbon where it leaves its source and where it reaches its target.
    pub y0: f64,
    pub y1: f64,
    pub x0: f64,
    pub x1: f64,
}

impl Ribbon {
    /// The SVG path of the ribbon's centre line (drawn with `stroke-width = width`).
    pub fn path(&self) -> String {
        let mid = (self.x0 + self.x1) / 2.0;
        format!(
            "M{:.1},{:.1}C{:.1},{:.1} {:.1},{:.1} {:.1},{:.1}",
            self.x0, self.y0, mid, self.y0, mid, self.y1, self.x1, self.y1
        )
    }
}

impl Ribbon {
    /// The same centre line drawn down the screen instead of across (the layout's x is the
    /// drawing's y): a flow diagram as narrow as a phone.
    pub fn path_down(&self) -> String {
        let mid = (self.x0 + self.x1) / 2.0;
        format!(
            "M{:.1},{:.1}C{:.1},{:.1} {:.1},{:.1} {:.1},{:.1}",
            self.y0, self.x0, self.y0, mid, self.y1, mid, self.y1, self.x1
        )
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct FlowLayout {
    pub nodes: Vec<NodeBox>,
    pub ribbons: Vec<Ribbon>,
}

/// Where each column of a flow diagram starts, leaving after each column room for its labels:
/// `label_widths[c]` is the widest label of column `c`.
pub fn column_positions(label_widths: &[f64], node_width: f64, ribbon_room: f64) -> Vec<f64> {
    let mut xs = Vec::with_capacity(label_widths.len());
    let mut x = 0.0;
    for w in label_widths {
        xs.push(x);
        x += node_width + w.max(0.0) + ribbon_room;
    }
    xs
}

/// Lay out a flow diagram `height` high with its columns at `column_x`. Node heights are
/// proportional to their value with one scale for the whole diagram, so ribbons keep their
/// thickness end to end.
pub fn flow_layout(
    nodes: &[FlowNode],
    links: &[FlowLink],
    column_x: &[f64],
    height: f64,
    node_width: f64,
    gap: f64,
) -> FlowLayout {
    let columns = nodes.iter().map(|n| n.column).max().map_or(1, |c| c + 1);
    let value = |v: f64| if v.is_finite() && v > 0.0 { v } else { 0.0 };
    // one scale: the fullest column fills the height
    let mut scale = f64::INFINITY;
    for c in 0..columns {
        let in_col: Vec<&FlowNode> = nodes.iter().filter(|n| n.column == c).collect();
        if in_col.is_empty() {
            continue;
        }
        let total: f64 = in_col.iter().map(|n| value(n.value)).sum();
        let free = (height - gap * (in_col.len() as f64 - 1.0)).max(height * 0.2);
        if total > 0.0 {
            scale = scale.min(free / total);
        }
    }
    if !scale.is_finite() {
        scale = 0.0;
    }
    let mut boxes = vec![
        NodeBox {
            x: 0.0,
            y: 0.0,
            w: node_width,
            h: 0.0
        };
        nodes.len()
    ];
    for c in 0..columns {
        let mut y = 0.0;
        for (i, n) in nodes.iter().enumerate().filter(|(_, n)| n.column == c) {
            let h = value(n.value) * scale;
            boxes[i] = NodeBox {
                x: column_x.get(c).copied().unwrap_or(0.0),
                y,
                w: node_width,
                h,
            };
            y += h + gap;
        }
    }
    // stack ribbons at each end in the order of the other end's position, so they do not cross
    // more than they must
    let mut out_offset = vec![0.0; nodes.len()];
    let mut in_offset = vec![0.0; nodes.len()];
    let mut order: Vec<usize> = (0..links.len())
        .filter(|&i| links[i].from < nodes.len() && links[i].to < nodes.len())
        .collect();
    order.sort_by(|&a, &b| {
        let ka = (boxes[links[a].to].x, boxes[links[a].to].y);
        let kb = (boxes[links[b].to].x, boxes[links[b].to].y);
        ka.partial_cmp(&kb).unwrap_or(std::cmp::Ordering::Equal)
    });
    let mut starts = vec![0.0; links.len()];
    for &i in &order {
        let l = &links[i];
        let w = value(l.value) * scale;
        starts[i] = boxes[l.from].y + out_offset[l.from] + w / 2.0;
        out_offset[l.from] += w;
    }
    order.sort_by(|&a, &b| {
        let ka = (boxes[links[a].from].x, boxes[links[a].from].y);
        let kb = (boxes[links[b].from].x, boxes[links[b].from].y);
        ka.partial_cmp(&kb).unwrap_or(std::cmp::Ordering::Equal)
    });
    let mut ribbons = vec![
        Ribbon {
            from: 0,
            to: 0,
            width: 0.0,
            y0: 0.0,
            y1: 0.0,
            x0: 0.0,
            x1: 0.0
        };
        links.len()
    ];
    for &i in &order {
        let l = &links[i];
        let w = value(l.value) * scale;
        let y1 = boxes[l.to].y + in_offset[l.to] + w / 2.0;
        in_offset[l.to] += w;
        ribbons[i] = Ribbon {
            from: l.from,
            to: l.to,
            width: w,
            y0: starts[i],
            y1,
            x0: boxes[l.from].x + node_width,
            x1: boxes[l.to].x,
        };
    }
    let ribbons = order.iter().map(|&i| ribbons[i].clone()).collect();
    FlowLayout {
        nodes: boxes,
        ribbons,
    }
}

/// One row of a "today against need" chart, in pixels: today's bar from `x0` to `today`, the
/// need marked at `need`, and the shortfall (when today is below need) from `today` to `need`.
/// Each row is scaled to the larger of its two values, so a row of 4 teams and a row of 60 beds
/// are both readable; the numbers are written beside every bar.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bullet {
    pub x0: f64,
    pub today: f64,
    pub need: f64,
    /// Whether the shortfall segment `today..need` is drawn.
    pub short: bool,
}

/// The bullet row of `today` and `need` between the pixels `x0` and `x1` (nothing drawn for
/// values that are not finite or not positive).
pub fn bullet(today: f64, need: f64, x0: f64, x1: f64) -> Bullet {
    let clean = |v: f64| if v.is_finite() && v > 0.0 { v } else { 0.0 };
    let (today, need) = (clean(today), clean(need));
    let top = today.max(need);
    let x = Linear::new((0.0, if top > 0.0 { top } else { 1.0 }), (x0, x1));
    Bullet {
        x0,
        today: x.map(today),
        need: x.map(need),
        short: need > today,
    }
}

/// A day-by-day series as steps: day `i` is flat from `x(i)` to `x(i + 1)` at its value, and
/// consecutive days are joined by a vertical step (`M x0,y0 H x1 V y1 H x2 ...`). Empty for no
/// days. A value that is not a number is drawn at the foot of the axis.
pub fn step_path(values: &[f64], x: Linear, y: Linear) -> String {
    let mut out = String::with_capacity(values.len() * 16);
    for (i, v) in values.iter().enumerate() {
        let py = y.map(if v.is_finite() { *v } else { y.d0 });
        if i == 0 {
            out.push_str(&format!("M{:.1},{py:.1}", x.map(0.0)));
        } else {
            out.push_str(&format!("V{py:.1}"));
        }
        out.push_str(&format!("H{:.1}", x.map((i + 1) as f64)));
    }
    out
}

/// A day-by-day series as a line through the middle of each day (`M ... L ...`). Empty for no
/// days.
pub fn day_line(values: &[f64], x: Linear, y: Linear) -> String {
    let mut out = String::with_capacity(values.len() * 14);
    for (i, v) in values.iter().enumerate() {
        let py = y.map(if v.is_finite() { *v } else { y.d0 });
        let cmd = if i == 0 { 'M' } else { 'L' };
        out.push_str(&format!("{cmd}{:.1},{py:.1}", x.map(i as f64 + 0.5)));
    }
    out
}

/// The runs of consecutive marked days: (first day, number of days), in order.
pub fn runs(marked: &[bool]) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for (i, &m) in marked.iter().enumerate() {
        if !m {
            continue;
        }
        match out.last_mut() {
            Some((start, len)) if *start + *len == i => *len += 1,
            _ => out.push((i, 1)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chart_is_drawn_at_the_width_it_has() {
        assert_eq!(fit_width(1216.0, 760.0, 300.0), 760.0);
        assert_eq!(fit_width(326.0, 760.0, 300.0), 326.0);
        assert_eq!(fit_width(200.0, 760.0, 300.0), 300.0);
        assert_eq!(fit_width(0.0, 760.0, 300.0), 760.0);
        assert_eq!(fit_width(f64::NAN, 760.0, 300.0), 760.0);
    }

    #[test]
    fn a_ribbon_drawn_down_is_the_same_curve_with_x_and_y_swapped() {
        let rb = Ribbon {
            from: 0,
            to: 1,
            width: 4.0,
            y0: 10.0,
            y1: 30.0,
            x0: 0.0,
            x1: 100.0,
        };
        assert_eq!(rb.path(), "M0.0,10.0C50.0,10.0 50.0,30.0 100.0,30.0");
        assert_eq!(rb.path_down(), "M10.0,0.0C10.0,50.0 30.0,50.0 30.0,100.0");
    }

    #[test]
    fn a_narrow_axis_takes_fewer_ticks() {
        assert_eq!(tick_count(684.0, 80.0, 8), 8);
        assert_eq!(tick_count(250.0, 80.0, 8), 3);
        assert_eq!(tick_count(40.0, 80.0, 8), 2);
        assert_eq!(tick_count(f64::INFINITY, 80.0, 8), 2);
    }

    #[test]
    fn bullet_rows_scale_to_the_larger_value() {
        // (today, need) -> (today px, need px, short) on 100..300
        let cases: &[(f64, f64, f64, f64, bool)] = &[
            (18.0, 55.0, 100.0 + 200.0 * 18.0 / 55.0, 300.0, true),
            (55.0, 55.0, 300.0, 300.0, false),
            (80.0, 40.0, 300.0, 200.0, false),
            (0.0, 12.0, 100.0, 300.0, true),
            (0.0, 0.0, 100.0, 100.0, false),
            (f64::NAN, 10.0, 100.0, 300.0, true),
            (-5.0, f64::INFINITY, 100.0, 100.0, false),
        ];
        for &(today, need, t, n, short) in cases {
            let b = bullet(today, need, 100.0, 300.0);
            assert!(
                (b.today - t).abs() < 1e-9,
                "{today} {need}: today at {}",
                b.today
            );
            assert!(
                (b.need - n).abs() < 1e-9,
                "{today} {need}: need at {}",
                b.need
            );
            assert_eq!(b.short, short, "{today} {need}");
        }
    }

    #[test]
    fn linear_maps_ends_and_survives_bad_domains() {
        let s = Linear::new((0.0, 10.0), (100.0, 0.0));
        assert_eq!(s.map(0.0), 100.0);
        assert_eq!(s.map(10.0), 0.0);
        assert_eq!(s.map(5.0), 50.0);
        let flat = Linear::new((3.0, 3.0), (0.0, 10.0));
        assert!(flat.map(3.0).is_finite());
        let nan = Linear::new((f64::NAN, 1.0), (0.0, 10.0));
        assert!(nan.map(f64::NAN).is_finite());
    }

    #[test]
    fn ticks_are_round_and_cover_the_range() {
        let cases: &[(f64, f64, usize, &[f64])] = &[
            (0.0, 1.0, 5, &[0.0, 0.2, 0.4, 0.6, 0.8, 1.0]),
            // 100/4 = 25 is not 1, 2 or 5 times a power of ten: the nearest is 20
            (0.0, 100.0, 4, &[0.0, 20.0, 40.0, 60.0, 80.0, 100.0]),
            (45.0, 65.0, 4, &[45.0, 50.0, 55.0, 60.0, 65.0]),
            (0.0, 0.3, 3, &[0.0, 0.1, 0.2, 0.3]),
        ];
        for (lo, hi, n, want) in cases {
            let got = nice_ticks(*lo, *hi, *n);
            assert_eq!(&got, want, "{lo}..{hi}");
        }
        assert_eq!(nice_ticks(f64::NAN, 1.0, 4), vec![0.0]);
        assert_eq!(nice_ticks(2.0, 2.0, 4), vec![2.0]);
    }

    #[test]
    fn nice_ceilings() {
        let cases = [
            (0.7, 1.0),
            (1.0, 1.0),
            (1.3, 2.0),
            (2.2, 2.5),
            (3.0, 5.0),
            (7.0, 10.0),
            (12_345.0, 20_000.0),
            (0.0, 1.0),
            (f64::NAN, 1.0),
        ];
        for (v, want) in cases {
            assert_eq!(nice_ceiling(v), want, "{v}");
        }
    }

    fn sample() -> (Vec<FlowNode>, Vec<FlowLink>) {
        let node = |key: &str, column, value| FlowNode {
            key: key.into(),
            label: key.into(),
            column,
            value,
        };
        let nodes = vec![
            node("entry", 0, 100.0),
            node("mobile", 1, 30.0),
            node("receiving", 2, 60.0),
            node("residential", 3, 20.0),
            node("resolved", 4, 80.0),
            node("inpatient", 4, 20.0),
        ];
        let link = |from, to, value| FlowLink { from, to, value };
        let links = vec![
            link(0, 1, 30.0),
            link(0, 2, 50.0),
            link(0, 5, 15.0),
            link(0, 4, 5.0),
            link(1, 2, 10.0),
            link(1, 4, 20.0),
            link(2, 3, 20.0),
            link(2, 4, 40.0),
            link(3, 4, 15.0),
            link(3, 5, 5.0),
        ];
        (nodes, links)
    }

    #[test]
    fn flow_ribbons_fill_their_nodes_exactly() {
        let (nodes, links) = sample();
        let xs = column_positions(&[100.0, 80.0, 90.0, 120.0, 0.0], 20.0, 40.0);
        assert_eq!(xs, vec![0.0, 160.0, 300.0, 450.0, 630.0]);
        let lay = flow_layout(&nodes, &links, &xs, 400.0, 20.0, 10.0);
        assert_eq!(lay.nodes.len(), nodes.len());
        for (b, n) in lay.nodes.iter().zip(&nodes) {
            assert_eq!(b.x, xs[n.column]);
        }
        assert_eq!(lay.ribbons.len(), links.len());
        for (i, b) in lay.nodes.iter().enumerate() {
            let out: f64 = lay
                .ribbons
                .iter()
                .filter(|r| r.from == i)
                .map(|r| r.width)
                .sum();
            let inn: f64 = lay
                .ribbons
                .iter()
                .filter(|r| r.to == i)
                .map(|r| r.width)
                .sum();
            assert!(out <= b.h + 1e-9, "node {i}: out {out} > h {}", b.h);
            assert!(inn <= b.h + 1e-9, "node {i}: in {inn} > h {}", b.h);
            assert!(b.y >= 0.0 && b.y + b.h <= 400.0 + 1e-9, "node {i} outside");
        }
        // the entry node carries everything: its ribbons sum to its height
        let out0: f64 = lay
            .ribbons
            .iter()
            .filter(|r| r.from == 0)
            .map(|r| r.width)
            .sum();
        assert!((out0 - lay.nodes[0].h).abs() < 1e-9);
        // ribbons leave from the right edge of their source and reach the left edge of their target
        for r in &lay.ribbons {
            assert_eq!(r.x0, lay.nodes[r.from].x + 20.0);
            assert_eq!(r.x1, lay.nodes[r.to].x);
            assert!(r.path().starts_with('M'));
        }
    }

    #[test]
    fn flow_layout_of_nothing_is_finite() {
        let (mut nodes, mut links) = sample();
        for n in &mut nodes {
            n.value = 0.0;
        }
        for l in &mut links {
            l.value = f64::NAN;
        }
        let lay = flow_layout(&nodes, &links, &[0.0, 100.0, 200.0], 400.0, 20.0, 10.0);
        for b in &lay.nodes {
            assert!(b.x.is_finite() && b.y.is_finite() && b.h.is_finite());
        }
        for r in &lay.ribbons {
            assert!(r.width.is_finite() && r.y0.is_finite() && r.y1.is_finite());
        }
        let empty = flow_layout(&[], &[], &[], 400.0, 20.0, 10.0);
        assert!(empty.nodes.is_empty() && empty.ribbons.is_empty());
    }

    #[test]
    fn a_daily_series_steps_across_its_days() {
        let x = Linear::new((0.0, 4.0), (0.0, 400.0));
        let y = Linear::new((0.0, 10.0), (100.0, 0.0));
        let d = step_path(&[2.0, 2.0, 10.0, f64::NAN], x, y);
        assert_eq!(d, "M0.0,80.0H100.0V80.0H200.0V0.0H300.0V100.0H400.0");
        assert_eq!(step_path(&[], x, y), "");
        // 365 days: one flat segment a day, ending at the right edge
        let year = vec![5.0; 365];
        let x = Linear::new((0.0, 365.0), (50.0, 850.0));
        let d = step_path(&year, x, y);
        assert_eq!(d.matches('H').count(), 365);
        assert!(d.ends_with("H850.0"));
        let line = day_line(&[1.0, 3.0], Linear::new((0.0, 2.0), (0.0, 20.0)), y);
        assert_eq!(line, "M5.0,90.0L15.0,70.0");
        assert!(!day_line(&[f64::INFINITY], x, y).contains("inf"));
    }

    #[test]
    fn full_days_group_into_runs() {
        assert_eq!(runs(&[]), vec![]);
        assert_eq!(runs(&[false, false]), vec![]);
        assert_eq!(
            runs(&[true, true, false, true, false, false, true, true, true]),
            vec![(0, 2), (3, 1), (6, 3)]
        );
        let total: usize = runs(&[true; 365]).iter().map(|r| r.1).sum();
        assert_eq!((runs(&[true; 365]).len(), total), (1, 365));
    }
}
