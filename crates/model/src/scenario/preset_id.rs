//! The presets' identities: ids, labels and descriptions (the scenarios themselves are in
//! [`crate::input::presets`]).

use crate::text::lang::Lang;

/// The presets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PresetId {
    CrisisNow,
    Roadmap,
    HospitalOnly,
}

impl PresetId {
    /// Every preset, in the order the page lists them.
    pub const ALL: [PresetId; 3] = [
        PresetId::CrisisNow,
        PresetId::Roadmap,
        PresetId::HospitalOnly,
    ];

    /// The id used in files, links and on the command line.
    pub fn id(self) -> &'static str {
        match self {
            PresetId::CrisisNow => "crisis-now",
            PresetId::Roadmap => "roadmap",
            PresetId::HospitalOnly => "hospital-only",
        }
    }

    /// The name shown to people.
    pub fn label(self) -> &'static str {
        match self {
            PresetId::CrisisNow => "Crisis Now (Arizona 2014 rates)",
            PresetId::Roadmap => "Roadmap worked example",
            PresetId::HospitalOnly => "Hospital only",
        }
    }

    /// The name shown to people, in a language (`label_in(Lang::En)` is [`PresetId::label`]).
    pub fn label_in(self, lang: Lang) -> &'static str {
        let es = match self {
            PresetId::CrisisNow => "Crisis Now (tasas de Arizona de 2014)",
            PresetId::Roadmap => "Ejemplo práctico de la Hoja de ruta de crisis",
            PresetId::HospitalOnly => "Solo atención hospitalaria",
        };
        lang.pick(self.label(), es)
    }

    /// The one-line description in a language.
    pub fn description_in(self, lang: Lang) -> &'static str {
        let es = match self {
            PresetId::CrisisNow => {
                "El flujo de Crisis Now: 32% de los episodios a un equipo móvil, 54% a un centro \
                 de recepción de crisis y 14% a una sala de emergencias; una combinación de \
                 tipos de programas residenciales; servicios para jóvenes activados."
            }
            PresetId::Roadmap => {
                "El ejemplo práctico del Crisis Roadmap: 30% de los casos de crisis a atención \
                 residencial de crisis (estadías de 5 días), 14% a hospitalización y el resto se \
                 resuelve en la comunidad."
            }
            PresetId::HospitalOnly => {
                "Sin continuo de crisis: quienes habrían usado atención residencial u hospitalaria \
                 en el flujo de Crisis Now (36.26% de los episodios) son hospitalizados."
            }
        };
        lang.pick(self.description(), es)
    }

    /// A one-line description.
    pub fn description(self) -> &'static str {
        match self {
            PresetId::CrisisNow => {
                "The Crisis Now flow: 32% of episodes to a mobile team, 54% to a receiving \
                 facility, 14% to an emergency department; a mix of residential program types; \
                 youth stream on."
            }
            PresetId::Roadmap => {
                "The Crisis Roadmap worked example: 30% of presentations to residential crisis \
                 care (5-day stays), 14% to inpatient, the rest resolved in the community."
            }
            PresetId::HospitalOnly => {
                "No crisis continuum: those who would have used residential or inpatient care in \
                 the Crisis Now flow (36.26% of episodes) are hospitalized."
            }
        }
    }

    /// The preset with an id (`"crisis-now"`, `"roadmap"`, `"hospital-only"`).
    pub fn from_id(id: &str) -> Option<PresetId> {
        let id = id.trim().to_ascii_lowercase().replace('_', "-");
        PresetId::ALL.into_iter().find(|p| p.id() == id)
    }
}
