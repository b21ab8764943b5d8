//! The embedded page (`?embed=1`) and the page around its frame, by messages (`postMessage`):
//!
//! - to the parent, `{ "type": "crisis-planner:height", "height": 1234 }` whenever the page's
//!   height changes, so the frame can be sized to it (the resizer script `embed.js` does this);
//! - from the parent, `{ "type": "crisis-planner:set", "path": "population", "value": 250000 }`
//!   for an input `edit=` names (a path of the model's catalog, the value in the scenario file's
//!   units); the value then goes through the same validation as a typed one;
//! - to the parent, `{ "type": "crisis-planner:results", "valid": true, "figures": { ... } }`
//!   with the headline figures (`crisis_model::export::headline_figures`) once the page starts
//!   and after every change, once changes pause.
//!
//! Only messages from the parent window at the parent's origin are read, and messages go to that
//! origin only; anything else (another window or origin, an unknown type, an input `edit=` does
//! not name, a value that is not a number) is ignored. Loaded on demand (`Part::Frame`), and only
//! by an embedded page.

use crate::browser::frame::{self, Message};
use crate::browser::Debounce;
use crate::shell::embed::use_embed;
use crate::shell::state::use_planner;
use crisis_model::catalog;
use crisis_model::export::headline_figures;
use leptos::prelude::*;

/// How long the results wait for changes to pause before they are sent (the share of a second
/// the page's own "settled" figures wait).
const PAUSE_MS: u64 = 300;

/// The embedded page's messages to and from the page around its frame; draws nothing.
#[component]
pub fn FrameMessages() -> impl IntoView {
    let embed = use_embed();
    let planner = use_planner();
    // an embed link opened on its own has no page around it to talk to
    if !frame::in_frame() {
        return;
    }
    let to = frame::parent_origin();
    // the height goes to the parent's origin, or to any page when the browser does not say
    // which it is: the height tells nothing of the scenario
    let height_to = to.clone().unwrap_or_else(|| "*".to_string());
    frame::on_height_change(move |h| {
        Message::new("crisis-planner:height")
            .number("height", h)
            .post_to_parent(&height_to)
    });
    // without a known parent origin nothing is set and no figures are sent
    let Some(origin) = to else {
        return;
    };
    frame::on_parent_message(origin.clone(), move |data| {
        if frame::text_field(data, "type").as_deref() != Some("crisis-planner:set") {
            return;
        }
        let (Some(path), Some(value)) = (
            frame::text_field(data, "path"),
            frame::number_field(data, "value"),
        ) else {
            return;
        };
        if !value.is_finite() || !embed.may_set(&path) {
            return;
        }
        planner.scenario.update(|s| {
            catalog::set_number(s, &path, value);
        });
    });
    let pause = Debounce::new(PAUSE_MS);
    let send = move || {
        let valid = !planner.stale.get_untracked();
        planner.shown.with_untracked(|r| {
            if let Some(r) = r {
                Message::new("crisis-planner:results")
                    .flag("valid", valid)
                    .numbers("figures", &headline_figures(r))
                    .post_to_parent(&origin)
            }
        })
    };
    let first = StoredValue::new(true);
    Effect::new(move |_| {
        planner.scenario.track();
        if first.get_value() {
            first.set_value(false);
            send();
        } else {
            pause.call(send.clone());
        }
    });
}
