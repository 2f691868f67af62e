//! Plain-language texts: what a listing means for a buyer, per list. Summaries, not legal advice;
//! the detail view always links the official source next to them.

use supplyscreen_engine::model::ListCode;

pub fn what_it_means(list: ListCode) -> &'static str {
    match list {
        ListCode::DhsUflpa => "Goods mined, produced or manufactured wholly or in part by this entity are presumed to be made with forced labour and are barred from import into the United States, unless the importer rebuts the presumption with clear and convincing evidence (Uyghur Forced Labor Prevention Act).",
        ListCode::CbpWro => "U.S. Customs and Border Protection detains shipments of the named merchandise from this source at the border (19 U.S.C. 1307). The importer must show the goods were not made with forced labour; under a Finding, CBP may seize them.",
        ListCode::BisEntity => "A licence from the U.S. Commerce Department is required to export, re-export or transfer items subject to the Export Administration Regulations to this party. It restricts selling (exporting) to the party, not buying from it — but it is a serious red flag for your due diligence.",
        ListCode::BisMeu => "A licence is required to export certain items to this military end user (15 CFR 744.21). It restricts exports to the party, not purchases from it.",
        ListCode::BisDpl => "This party's U.S. export privileges are denied: no one may take part in an export transaction subject to the Export Administration Regulations with it.",
        ListCode::BisUvl => "BIS could not verify this party's bona fides. Exports to it need an Unverified List statement and licence exceptions are unavailable; treat it as a red flag.",
        ListCode::StateIsn => "The U.S. State Department has imposed nonproliferation sanctions on this party; depending on the measure, U.S. government procurement, assistance or export licences are barred.",
        ListCode::StateDtc => "This party is debarred from taking part, directly or indirectly, in exports of defence articles and services (ITAR).",
        ListCode::OfacSdn => "All property of this party in U.S. jurisdiction is blocked and U.S. persons may not deal with it, directly or indirectly. Entities owned 50% or more by blocked parties are blocked too.",
        ListCode::OfacCmic => "U.S. persons may not buy or sell publicly traded securities of this company (Chinese Military-Industrial Complex list), or face the narrower restrictions of the program shown. Trade in goods is not itself prohibited by this listing.",
        ListCode::DolIlab => "The U.S. Department of Labor has reason to believe this good is produced with child labour or forced labour in this country. It is a risk signal for due diligence, not a legal prohibition on its own.",
    }
}

pub const NOT_LEGAL_ADVICE: &str =
    "A summary to orient you, not legal advice: check the official source and seek advice before acting.";
