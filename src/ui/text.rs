//! Plain-language texts: what a listing means for a buyer, per list. Summaries, not legal advice;
//! the detail view always links the official source next to them. The texts themselves are in
//! `locales/*.ftl` (ids `meaning-<list code>`), so each language words them.

use supplyscreen_engine::model::ListCode;

/// The message id of what a listing on `list` means for a buyer.
pub fn what_it_means(list: ListCode) -> &'static str {
    match list {
        ListCode::DhsUflpa => "meaning-dhs_uflpa",
        ListCode::CbpWro => "meaning-cbp_wro",
        ListCode::BisEntity => "meaning-bis_entity",
        ListCode::BisMeu => "meaning-bis_meu",
        ListCode::BisDpl => "meaning-bis_dpl",
        ListCode::BisUvl => "meaning-bis_uvl",
        ListCode::StateIsn => "meaning-state_isn",
        ListCode::StateDtc => "meaning-state_dtc",
        ListCode::OfacSdn => "meaning-ofac_sdn",
        ListCode::OfacCmic => "meaning-ofac_cmic",
        ListCode::DolIlab => "meaning-dol_ilab",
    }
}

/// Message id of the caution shown under every summary.
pub const NOT_LEGAL_ADVICE: &str = "not-legal-advice";
