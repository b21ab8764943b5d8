//! The checklist of the self-assessment as the scenario holds it: each item's id and title (seed
//! 003's seven criteria, seed 001's crisis services) and the user's scores. The items' quoted
//! texts, the scale and the model's judgements are [`crate::analysis::criteria`].

use std::collections::BTreeMap;

use crate::text::lang::Lang;

/// HSRI, Framework for an Ideal Behavioral Health System (2025): its list of crisis services.
pub const SEED_HSRI: &str = "001_34aad73059ae8cb3.txt";

/// The Crisis Roadmap's Report Card, the source of the 1-5 scale's level descriptions.
pub const REPORT_CARD: &str =
    "Crisis Roadmap, Roadmap Report Card (crisisroadmap.com/roadmap/report-card)";

/// The id and the title, in English and Spanish, of every item, in the order of [`ITEMS`]. Checking
/// a scenario's scores needs these only; they are kept apart from the items' texts so that the
/// page's first download, which validates on every change, does not carry the quoted criteria.
pub const TITLES: [(&str, &str, &str); 23] = [
    ("criterion-1", "A comprehensive array for adults and youth", "Una gama integral para adultos y jóvenes"),
    ("criterion-2", "Adequate cost-based rates from many payers", "Tarifas adecuadas basadas en costos, de muchos pagadores"),
    ("criterion-3", "Smooth movement in any direction, monitored for quality", "Movimiento fluido en cualquier dirección, con seguimiento de la calidad"),
    ("criterion-4", "Co-occurring capable", "Preparados para trastornos concurrentes"),
    ("criterion-5", "Consistent level-of-care criteria; utilization 50-95%, full at most 5% of days", "Criterios uniformes de nivel de atención; utilización del 50 al 95%, llenos como máximo el 5% de los días"),
    ("criterion-6", "Adequate volume and flexibility", "Volumen y flexibilidad adecuados"),
    ("criterion-7", "The essential elements", "Los elementos esenciales"),
    ("warm-line", "Warm line", "Línea de apoyo emocional (warm line)"),
    ("crisis-line", "Crisis line (988)", "Línea de crisis (988)"),
    ("peer-respite", "Peer respite", "Respiro dirigido por pares"),
    ("open-dialogue", "Open dialogue", "Diálogo abierto"),
    ("mobile-crisis", "Mobile crisis teams", "Equipos móviles de crisis"),
    ("non-police-response", "Non-law-enforcement crisis response", "Respuesta a crisis sin fuerzas del orden"),
    ("in-home-family", "In-home family crisis intervention", "Intervención en crisis familiares en el hogar"),
    ("walk-in-center", "24/7 crisis walk-in center", "Centro de crisis sin cita previa 24/7"),
    ("psychiatric-er", "Psychiatric emergency room", "Sala de emergencias psiquiátricas"),
    ("crisis-residential", "Crisis stabilization, residential and respite", "Estabilización de crisis, atención residencial y respiro"),
    ("non-police-transport", "Non-law-enforcement transport", "Transporte sin fuerzas del orden"),
    ("detox", "Medical and social detox", "Desintoxicación médica y social"),
    ("opioid-treatment", "Immediate treatment for opioid use disorder", "Tratamiento inmediato del trastorno por consumo de opioides"),
    ("overdose-response", "Overdose response", "Respuesta a sobredosis"),
    ("living-room", "Living Room", "Living Room (sala de estar)"),
    ("youth", "Crisis services for children and youth", "Servicios de crisis para niños y jóvenes"),
];

/// Whether an id is a checklist item's.
pub fn is_item(id: &str) -> bool {
    TITLES.iter().any(|t| t.0 == id)
}

/// The title of the item with an id, in a language.
pub fn title_of(id: &str, lang: Lang) -> Option<&'static str> {
    let t = TITLES.iter().find(|t| t.0 == id)?;
    Some(lang.pick(t.1, t.2))
}

/// Every item's id, in order.
pub fn item_ids() -> [&'static str; 23] {
    TITLES.map(|t| t.0)
}

/// The user's self-assessment scores, part of the scenario.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Assessment {
    /// Scores by item id, each a whole number from 1 to 5; unscored items are absent. A `null`
    /// reads as unscored.
    pub scores: BTreeMap<String, f64>,
}

crate::text::json::json_struct!(Assessment { scores });

impl Assessment {
    /// The score of an item, if it is scored with a whole number from 1 to 5.
    pub fn score(&self, id: &str) -> Option<u8> {
        let x = *self.scores.get(id)?;
        (x.fract() == 0.0 && (1.0..=5.0).contains(&x)).then_some(x as u8)
    }

    /// Score an item (`None` clears the score).
    pub fn set_score(&mut self, id: &str, score: Option<u8>) {
        match score {
            Some(x) => {
                self.scores.insert(id.to_string(), f64::from(x));
            }
            None => {
                self.scores.remove(id);
            }
        }
    }
}
