//! Pictures of the charts on the page, to take away: the SVG drawings inside an element copied
//! into one self-contained SVG (every element's computed style written inline, so the file needs
//! no stylesheet, font or variable of the page), with lines of text above and below, and that
//! SVG drawn into a PNG. Web glue only: which lines a picture carries is the widget's.

use super::{bounding_box, Rect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// The computed properties written into each element's `style`, so the copy draws as the page
/// does without its stylesheet.
const PROPERTIES: [&str; 19] = [
    "display",
    "visibility",
    "opacity",
    "fill",
    "fill-opacity",
    "stroke",
    "stroke-width",
    "stroke-opacity",
    "stroke-dasharray",
    "stroke-linecap",
    "stroke-linejoin",
    "paint-order",
    "font-family",
    "font-size",
    "font-weight",
    "font-style",
    "text-anchor",
    "dominant-baseline",
    "letter-spacing",
];

/// A line of text above or below a picture's drawings.
pub struct Line {
    pub text: String,
    pub size: f64,
    pub bold: bool,
}

/// One self-contained SVG picture: its markup and its size in CSS pixels.
pub struct Picture {
    pub svg: String,
    pub width: f64,
    pub height: f64,
}

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// `el`'s computed style: the properties the picture needs, with their values.
fn computed(el: &web_sys::Element) -> Vec<(&'static str, String)> {
    let Some(style) = web_sys::window().and_then(|w| w.get_computed_style(el).ok().flatten())
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for p in PROPERTIES {
        if let Ok(v) = style.get_property_value(p) {
            // a paint server of the drawing itself (`url("…#hatch")`) by its fragment alone, so
            // the file names no address
            let v = match (v.starts_with("url("), v.find('#')) {
                (true, Some(i)) => format!(
                    "url({})",
                    v[i..].trim_end_matches(')').trim_end_matches(['"', '\''])
                ),
                _ => v,
            };
            if !v.is_empty() {
                out.push((p, v));
            }
        }
    }
    out
}

/// Write properties into an element's inline style through the CSS object model (which a
/// Content Security Policy without `'unsafe-inline'` allows, unlike a `style` attribute).
fn set_style(el: &web_sys::Element, properties: &[(&str, String)]) {
    if let Some(svg) = el.dyn_ref::<web_sys::SvgElement>() {
        let style = svg.style();
        for (p, v) in properties {
            let _ = style.set_property(p, v);
        }
    }
}

/// The attributes a drawing may set to a variable of the page's stylesheet
/// (`fill="var(--brand)"`).
const PAINTED: [&str; 3] = ["fill", "stroke", "color"];

/// Take off an element's class and any attribute that names a variable of the page's
/// stylesheet: the inline style holds the computed values.
fn strip(el: &web_sys::Element) {
    let _ = el.remove_attribute("class");
    for name in PAINTED {
        if el.get_attribute(name).is_some_and(|v| v.contains("var(")) {
            let _ = el.remove_attribute(name);
        }
    }
}

/// A deep copy of `svg` with every element's computed style written inline.
fn styled_copy(svg: &web_sys::Element) -> Option<web_sys::Element> {
    let copy: web_sys::Element = svg.clone_node_with_deep(true).ok()?.dyn_into().ok()?;
    let (from, to) = (
        svg.query_selector_all("*").ok()?,
        copy.query_selector_all("*").ok()?,
    );
    for i in 0..from.length().min(to.length()) {
        let (Some(a), Some(b)) = (from.item(i), to.item(i)) else {
            continue;
        };
        let (Ok(a), Ok(b)) = (
            a.dyn_into::<web_sys::Element>(),
            b.dyn_into::<web_sys::Element>(),
        ) else {
            continue;
        };
        strip(&b);
        set_style(&b, &computed(&a));
    }
    strip(&copy);
    set_style(&copy, &computed(svg));
    Some(copy)
}

fn svg_element(
    doc: &web_sys::Document,
    name: &str,
    attrs: &[(&str, String)],
) -> Option<web_sys::Element> {
    let el = doc.create_element_ns(Some(SVG_NS), name).ok()?;
    for (k, v) in attrs {
        if *k == "style" {
            let properties: Vec<(&str, String)> = v
                .split(';')
                .filter_map(|d| d.split_once(':'))
                .map(|(p, v)| (p.trim(), v.trim().to_string()))
                .collect();
            set_style(&el, &properties);
            continue;
        }
        let _ = el.set_attribute(k, v);
    }
    Some(el)
}

/// Break `text` into lines of at most `room` characters, at spaces (a longer word has a line
/// of its own).
pub fn wrap(text: &str, room: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > room {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// A picture of the SVG drawings (`svg.chart`) inside `within`, placed as they are on the page,
/// at least `least` pixels wide (smaller drawings are scaled up), on the page's background, with
/// `above` and `below` as lines of text in the page's font and colour. `None` when there is no
/// drawing.
pub fn picture(
    within: &web_sys::Element,
    least: f64,
    above: &[Line],
    below: &[Line],
) -> Option<Picture> {
    let doc = document()?;
    let found = within.query_selector_all("svg.chart").ok()?;
    let mut charts: Vec<(web_sys::Element, Rect)> = Vec::new();
    for i in 0..found.length() {
        if let Some(el) = found
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        {
            let rect = bounding_box(&el);
            if rect.width > 0.0 && rect.height > 0.0 {
                charts.push((el, rect));
            }
        }
    }
    if charts.is_empty() {
        return None;
    }
    // names drawn beside the drawings in HTML (a small chart's heading): kept, as text
    let mut labels: Vec<(String, f64, Rect)> = Vec::new();
    if let Ok(found) = within.query_selector_all(".chart-label") {
        for i in 0..found.length() {
            if let Some(el) = found
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            {
                let rect = bounding_box(&el);
                let size = web_sys::window()
                    .and_then(|w| w.get_computed_style(&el).ok().flatten())
                    .and_then(|s| s.get_property_value("font-size").ok())
                    .and_then(|v| v.trim_end_matches("px").parse::<f64>().ok())
                    .unwrap_or(15.0);
                if rect.width > 0.0 {
                    labels.push((el.text_content().unwrap_or_default(), size, rect));
                }
            }
        }
    }
    let rects = || {
        charts
            .iter()
            .map(|(_, r)| r)
            .chain(labels.iter().map(|(_, _, r)| r))
    };
    let left = rects().map(|r| r.left).fold(f64::INFINITY, f64::min);
    let top = rects().map(|r| r.top).fold(f64::INFINITY, f64::min);
    let right = rects().map(|r| r.right()).fold(f64::NEG_INFINITY, f64::max);
    let bottom = rects()
        .map(|r| r.bottom())
        .fold(f64::NEG_INFINITY, f64::max);
    let (drawn_w, drawn_h) = (right - left, bottom - top);
    let content = drawn_w.max(least);
    let k = content / drawn_w;
    let pad = 24.0;
    let width = (content + 2.0 * pad).ceil();
    // the page's font, text colour and background
    let body = doc.body()?;
    let page = web_sys::window()?.get_computed_style(&body).ok()??;
    let read = |p: &str| page.get_property_value(p).unwrap_or_default();
    let font = read("font-family");
    let ink = read("color");
    let paper = match read("background-color").as_str() {
        "" | "transparent" | "rgba(0, 0, 0, 0)" => "#ffffff".to_string(),
        c => c.to_string(),
    };
    let text_line = |line: &Line, y: f64| -> Option<web_sys::Element> {
        let t = svg_element(
            &doc,
            "text",
            &[
                ("x", format!("{pad}")),
                ("y", format!("{y:.1}")),
                (
                    "style",
                    format!(
                        "font-family:{font};font-size:{}px;font-weight:{};fill:{ink};",
                        line.size,
                        if line.bold { 700 } else { 400 }
                    ),
                ),
            ],
        )?;
        t.set_text_content(Some(&line.text));
        Some(t)
    };
    let mut texts = Vec::new();
    let mut y = pad;
    for line in above {
        // about 0.55 em a character
        for part in wrap(
            &line.text,
            (content / (line.size * 0.55)).max(10.0) as usize,
        ) {
            y += line.size * 1.3;
            texts.push(text_line(
                &Line {
                    text: part,
                    size: line.size,
                    bold: line.bold,
                },
                y,
            )?);
        }
    }
    let charts_top = y + 16.0;
    let mut placed = Vec::new();
    for (el, r) in &charts {
        let copy = styled_copy(el)?;
        let _ = copy.set_attribute("x", &format!("{:.1}", pad + (r.left - left) * k));
        let _ = copy.set_attribute("y", &format!("{:.1}", charts_top + (r.top - top) * k));
        let _ = copy.set_attribute("width", &format!("{:.1}", r.width * k));
        let _ = copy.set_attribute("height", &format!("{:.1}", r.height * k));
        placed.push(copy);
    }
    for (text, size, r) in &labels {
        let t = svg_element(
            &doc,
            "text",
            &[
                ("x", format!("{:.1}", pad + (r.left - left) * k)),
                (
                    "y",
                    format!(
                        "{:.1}",
                        charts_top + (r.bottom() - top) * k - 0.25 * size * k
                    ),
                ),
                (
                    "style",
                    format!(
                        "font-family:{font};font-size:{:.1}px;font-weight:700;fill:{ink};",
                        size * k
                    ),
                ),
            ],
        )?;
        t.set_text_content(Some(text));
        texts.push(t);
    }
    y = charts_top + drawn_h * k + 8.0;
    for line in below {
        y += line.size * 1.3;
        texts.push(text_line(line, y)?);
    }
    let height = (y + pad).ceil();
    let root = svg_element(
        &doc,
        "svg",
        &[
            ("xmlns", SVG_NS.to_string()),
            ("width", format!("{width}")),
            ("height", format!("{height}")),
            ("viewBox", format!("0 0 {width} {height}")),
            ("style", format!("font-family:{font};")),
        ],
    )?;
    let background = svg_element(
        &doc,
        "rect",
        &[
            ("width", format!("{width}")),
            ("height", format!("{height}")),
            ("style", format!("fill:{paper};")),
        ],
    )?;
    let _ = root.append_child(&background);
    for el in texts.iter().chain(placed.iter()) {
        let _ = root.append_child(el);
    }
    let svg = web_sys::XmlSerializer::new()
        .ok()?
        .serialize_to_string(&root)
        .ok()?;
    Some(Picture { svg, width, height })
}

/// `picture` drawn into a PNG `width` pixels wide (its height in proportion).
pub async fn png(picture: &Picture, width: f64) -> Option<web_sys::Blob> {
    let doc = document()?;
    let image = web_sys::HtmlImageElement::new().ok()?;
    let loaded = js_sys::Promise::new(&mut |resolve, reject| {
        image.set_onload(Some(&resolve));
        image.set_onerror(Some(&reject));
    });
    image.set_src(&format!(
        "data:image/svg+xml;charset=utf-8,{}",
        js_sys::encode_uri_component(&picture.svg)
    ));
    JsFuture::from(loaded).await.ok()?;
    let height = (picture.height * width / picture.width).round();
    let canvas: web_sys::HtmlCanvasElement = doc.create_element("canvas").ok()?.dyn_into().ok()?;
    canvas.set_width(width as u32);
    canvas.set_height(height as u32);
    let context: web_sys::CanvasRenderingContext2d =
        canvas.get_context("2d").ok()??.dyn_into().ok()?;
    context
        .draw_image_with_html_image_element_and_dw_and_dh(&image, 0.0, 0.0, width, height)
        .ok()?;
    let made = js_sys::Promise::new(&mut |resolve, _reject| {
        let refused = resolve.clone();
        let done = Closure::once_into_js(move |blob: JsValue| {
            let _ = resolve.call1(&JsValue::NULL, &blob);
        });
        if canvas
            .to_blob_with_type(done.unchecked_ref(), "image/png")
            .is_err()
        {
            // resolved with nothing: the caller says the browser refused
            let _ = refused.call1(&JsValue::NULL, &JsValue::NULL);
        }
    });
    JsFuture::from(made)
        .await
        .ok()?
        .dyn_into::<web_sys::Blob>()
        .ok()
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn long_lines_wrap_at_spaces() {
        assert_eq!(wrap("Who pays, by level", 40), vec!["Who pays, by level"]);
        assert_eq!(
            wrap("Beds, full days and utilization", 12),
            vec!["Beds, full", "days and", "utilization"]
        );
        assert_eq!(
            wrap("Supercalifragilistic x", 5),
            vec!["Supercalifragilistic", "x"]
        );
        assert!(wrap("   ", 5).is_empty());
    }
}
