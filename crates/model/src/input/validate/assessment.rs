//! The self-assessment's problems: scores that are not whole numbers from 1 to 5, and ids that
//! are not checklist items (one problem naming them, at `assessment.scores`).

use crate::scenario::checklist::{item_ids, title_of};
use crate::scenario::{Problem, Scenario};
use crate::text::format::Format;
use crate::text::lang::Lang;

pub(super) fn validate(s: &Scenario, lang: Lang) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut unknown = Vec::new();
    for (id, &x) in &s.assessment.scores {
        match title_of(id, lang) {
            None => unknown.push(id),
            Some(title) => {
                if !(x.is_finite() && x.fract() == 0.0 && (1.0..=5.0).contains(&x)) {
                    let message = match lang {
                        Lang::En => format!(
                            "The score of \"{title}\" must be a whole number from 1 to 5 (the \
                             Roadmap's scale), or left unscored.",
                        ),
                        Lang::Es => format!(
                            "La calificación de \"{title}\" debe ser un número entero de 1 a 5 \
                             (la escala de la Hoja de ruta de crisis), o quedar sin calificar.",
                        ),
                    };
                    out.push(Problem {
                        field: format!("assessment.scores.{id}"),
                        message,
                    });
                }
            }
        }
    }
    if !unknown.is_empty() {
        let f = Format::new(lang);
        let shown: Vec<String> = unknown
            .iter()
            .take(5)
            .map(|id| format!("\"{}\"", id.chars().take(40).collect::<String>()))
            .collect();
        let shown = shown.join(", ");
        let more = if unknown.len() > 5 {
            let n = f.count(unknown.len() as u64 - 5);
            lang.pick(format!(" and {n} more"), format!(" y {n} más"))
        } else {
            String::new()
        };
        let items = item_ids().join(", ");
        let message = match lang {
            Lang::En => format!("Unknown checklist item {shown}{more}. The items are {items}."),
            Lang::Es => format!(
                "Elemento desconocido de la lista de verificación: {shown}{more}. Los elementos \
                 son: {items}."
            ),
        };
        out.push(Problem {
            field: "assessment.scores".into(),
            message,
        });
    }
    out
}
