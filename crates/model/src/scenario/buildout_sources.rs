//! The sources of the build-out plan's defaults ([`crate::scenario::buildout`]), with their
//! Spanish: kept apart from [`crate::scenario::sources`] so that the page's first download does
//! not carry them (only the build-out section, loaded on demand, asks for them).

use crate::scenario::inventory::Entry;
use crate::scenario::sources::Source;
use crate::text::lang::Lang;

/// The source of a build-out input's default by its path (`buildout.cost_growth`,
/// `buildout.additions.mobile.per_year`); `None` for a path that is not one. Kept here, not in
/// [`crate::scenario::sources`], so that the page's first download does not carry it.
pub fn source_of(field: &str) -> Option<Source> {
    let field = field.strip_prefix("buildout.")?;
    if let Some(rest) = field.strip_prefix("additions.") {
        let (key, leaf) = rest.rsplit_once('.')?;
        Entry::from_key(key)?;
        return matches!(leaf, "start_year" | "per_year").then_some(assumption(ENTERED));
    }
    Some(match field {
        "horizon_years" => assumption(
            "Five years, the length of a typical multi-year plan: set the years your board plans \
             for.",
        ),
        "population_growth" => publication(
            CMS_NHE,
            "Population growth of about 0.6% a year, 2024-2032 (the Census Bureau's 2023 \
             projections imply about 0.2% a year to 2080): use your state's projection.",
        ),
        "cost_growth" => publication(
            CMS_NHE,
            "The personal health care price index grows about 2.7% a year, 2024-2032.",
        ),
        "startup_per_bed_low" | "startup_per_bed" | "startup_per_bed_high" => publication(
            CAPITAL_BUDGETS,
            "About $300,000 a bed for new construction or major renovation, $90,000 \
             (renovation) to $350,000: derived from public budgets, not a published standard.",
        ),
        "startup_per_chair_low" | "startup_per_chair" | "startup_per_chair_high" => assumption(
            "A receiving-facility chair costs about what a crisis bed costs to build or renovate \
             ($90,000-350,000, default $300,000): no published figure per chair was found.",
        ),
        "startup_per_team_low" | "startup_per_team" | "startup_per_team_high" => publication(
            "El Dorado County, California, FY2024-25 budget (two mobile crisis vans, $500,000)",
            "A fitted-out van about $250,000 a team; an ordinary vehicle about $40,000 \
             (assumption) as the low end.",
        ),
        "preopening_months" => assumption(
            "Three months of operating cost before opening, after California's crisis capital \
             grants, which fund three months of start-up.",
        ),
        "ramp_up_months" => assumption(
            "Use rises evenly to normal over 12 months: no published figure was found, and \
             programs have opened slowly where staffing lagged (Virginia's 2024 budget notes \
             crisis stabilization beds left empty for lack of staff).",
        ),
        "yearly_budget" => assumption(
            "$5 million a year for new capacity: a placeholder for the budget your board sets.",
        ),
        _ => return None,
    })
}

/// [`source_of`]'s citation in a language (`Supuesto: …` in Spanish).
pub fn citation_in(field: &str, lang: Lang) -> Option<String> {
    let src = source_of(field)?;
    let note = match lang {
        Lang::En => src.note(),
        Lang::Es => NOTES_ES
            .iter()
            .find(|(en, _)| *en == src.note())
            .map_or(src.note(), |(_, es)| *es),
    };
    Some(match src {
        Source::Publication { name, .. } => format!("{name}: {note}"),
        Source::Seed { file, .. } => format!("{file}: {note}"),
        Source::Assumption { .. } => format!("{}: {note}", lang.pick("Assumption", "Supuesto")),
    })
}

const fn assumption(note: &'static str) -> Source {
    Source::Assumption { note }
}

const fn publication(name: &'static str, note: &'static str) -> Source {
    Source::Publication { name, note }
}

const ENTERED: &str = "Entered by the user: the year a service opens or grows and what it adds \
                       each year until it meets the need (nothing, until you enter it or use the \
                       suggested phasing).";
const CMS_NHE: &str = "CMS National Health Expenditure Projections, 2024-2032";
const CAPITAL_BUDGETS: &str = "Public capital budgets: Washington Department of Commerce 2024 \
                               supplemental capital budget; Pennington County, South Dakota, \
                               2021; California SB 82 grants, round 1; Doña Ana County, New \
                               Mexico, 2013";

/// The Spanish of every note above, by its English text.
pub const NOTES_ES: &[(&str, &str)] = &[
    (
        "Five years, the length of a typical multi-year plan: set the years your board plans for.",
        "Cinco años, la duración de un plan plurianual típico: fije los años para los que \
         planifica su junta.",
    ),
    (
        "Population growth of about 0.6% a year, 2024-2032 (the Census Bureau's 2023 projections \
         imply about 0.2% a year to 2080): use your state's projection.",
        "Crecimiento de la población de alrededor del 0.6% al año, 2024-2032 (las proyecciones \
         de 2023 de la Oficina del Censo implican alrededor del 0.2% al año hasta 2080): use la \
         proyección de su estado.",
    ),
    (
        "The personal health care price index grows about 2.7% a year, 2024-2032.",
        "El índice de precios de la atención médica personal crece alrededor del 2.7% al año, \
         2024-2032.",
    ),
    (
        "About $300,000 a bed for new construction or major renovation, $90,000 (renovation) to \
         $350,000: derived from public budgets, not a published standard.",
        "Unos $300,000 por cama para construcción nueva o renovación mayor, de $90,000 \
         (renovación) a $350,000: derivado de presupuestos públicos, no de un estándar publicado.",
    ),
    (
        "A receiving-facility chair costs about what a crisis bed costs to build or renovate \
         ($90,000-350,000, default $300,000): no published figure per chair was found.",
        "Un sillón del centro de recepción cuesta más o menos lo que cuesta construir o renovar \
         una cama de crisis ($90,000-$350,000, $300,000 de forma predeterminada): no se encontró \
         una cifra publicada por sillón.",
    ),
    (
        "A fitted-out van about $250,000 a team; an ordinary vehicle about $40,000 (assumption) \
         as the low end.",
        "Una camioneta equipada, unos $250,000 por equipo; un vehículo común, unos $40,000 \
         (supuesto), como valor bajo.",
    ),
    (
        "Three months of operating cost before opening, after California's crisis capital \
         grants, which fund three months of start-up.",
        "Tres meses de costo de operación antes de abrir, según las subvenciones de capital para \
         crisis de California, que financian tres meses de puesta en marcha.",
    ),
    (
        "Use rises evenly to normal over 12 months: no published figure was found, and programs \
         have opened slowly where staffing lagged (Virginia's 2024 budget notes crisis \
         stabilization beds left empty for lack of staff).",
        "El uso sube de manera uniforme hasta lo normal en 12 meses: no se encontró una cifra \
         publicada, y los programas han abierto lentamente donde faltó personal (el presupuesto \
         de 2024 de Virginia señala camas de estabilización de crisis vacías por falta de \
         personal).",
    ),
    (
        "$5 million a year for new capacity: a placeholder for the budget your board sets.",
        "$5 millones al año para capacidad nueva: un valor provisional para el presupuesto que \
         fije su junta.",
    ),
    (
        "Entered by the user: the year a service opens or grows and what it adds each year until \
         it meets the need (nothing, until you enter it or use the suggested phasing).",
        "Dato del usuario: el año en que un servicio abre o crece y lo que agrega cada año hasta \
         cubrir la necesidad (nada, hasta que lo ingrese o use la distribución sugerida por \
         etapas).",
    ),
];
