//! The labels of the flow shares (`entry_to_mobile`, …), in English and Spanish: the inputs
//! panel lists them, the printed inputs name them.

use crate::widgets::fields::Text;

/// (flow share, label, unit) of every share of a stream's flow, in the order of the editor.
pub const FLOW_ROWS: [(&str, Text, Text); 13] = [
    (
        "entry_to_mobile",
        (
            "Episodes to a mobile crisis team",
            "Episodios a un equipo móvil de crisis",
        ),
        ("of all episodes", "de todos los episodios"),
    ),
    (
        "entry_to_receiving",
        (
            "Episodes to a crisis receiving facility",
            "Episodios a un centro de recepción de crisis",
        ),
        ("of all episodes", "de todos los episodios"),
    ),
    (
        "entry_to_ed",
        (
            "Episodes to an emergency department",
            "Episodios a una sala de emergencias",
        ),
        ("of all episodes", "de todos los episodios"),
    ),
    (
        "entry_to_residential",
        (
            "Episodes straight to residential crisis care",
            "Episodios que van directamente a atención residencial de crisis",
        ),
        ("of all episodes", "de todos los episodios"),
    ),
    (
        "entry_to_inpatient",
        (
            "Episodes straight to inpatient care",
            "Episodios que van directamente a hospitalización",
        ),
        ("of all episodes", "de todos los episodios"),
    ),
    (
        "mobile_to_receiving",
        (
            "Mobile team to receiving facility",
            "Del equipo móvil al centro de recepción",
        ),
        ("of dispatches", "de los despachos"),
    ),
    (
        "mobile_to_residential",
        (
            "Mobile team to residential",
            "Del equipo móvil a atención residencial",
        ),
        ("of dispatches", "de los despachos"),
    ),
    (
        "mobile_to_inpatient",
        (
            "Mobile team to inpatient",
            "Del equipo móvil a hospitalización",
        ),
        ("of dispatches", "de los despachos"),
    ),
    (
        "receiving_to_residential",
        (
            "Receiving facility to residential",
            "Del centro de recepción a atención residencial",
        ),
        ("of admissions", "de los ingresos"),
    ),
    (
        "receiving_to_inpatient",
        (
            "Receiving facility to inpatient",
            "Del centro de recepción a hospitalización",
        ),
        ("of admissions", "de los ingresos"),
    ),
    (
        "ed_to_residential",
        (
            "Emergency department to residential",
            "De la sala de emergencias a atención residencial",
        ),
        ("of visits", "de las visitas"),
    ),
    (
        "ed_to_inpatient",
        (
            "Emergency department to inpatient",
            "De la sala de emergencias a hospitalización",
        ),
        ("of visits", "de las visitas"),
    ),
    (
        "residential_to_inpatient",
        (
            "Residential to inpatient (step-up)",
            "De atención residencial a hospitalización (paso a un nivel mayor de atención)",
        ),
        ("of admissions", "de los ingresos"),
    ),
];

/// The label of a flow share (`entry_to_mobile`) in English and Spanish.
pub fn flow_label(name: &str) -> Option<Text> {
    FLOW_ROWS
        .iter()
        .find(|(n, _, _)| *n == name)
        .map(|(_, label, _)| *label)
}
