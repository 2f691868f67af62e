//! The US DOL/ILAB "List of Goods Produced by Child Labor or Forced Labor" (TVPRA list): the official
//! Sweat & Toil app data (`<Goods><Good><Good_Name/><Good_Sector/><Countries><Country>…`) and the
//! flattened CSV made from it. Each good x country pair is one [`GoodsRisk`] row: a product-risk
//! signal, not a listed party.

use crate::error::{read_utf8, IngestError, LineCounter, Location, Result};
use crate::text::clean;
use quick_xml::events::Event;
use quick_xml::Reader;
use std::path::Path;
use supplyscreen_lists::model::GoodsRisk;

fn yes_no(path: &Path, at: Location, field: &str, v: &str) -> Result<bool> {
    match v.trim() {
        "Yes" => Ok(true),
        "No" => Ok(false),
        other => Err(IngestError::malformed(
            path,
            at,
            format!("{field} is {other:?}, expected Yes or No"),
        )),
    }
}

/// ILAB's Derived_Country holds a country name, or Yes/No when none is named.
fn derived_country(v: &str) -> Option<String> {
    let v = clean(v);
    (!v.is_empty() && v != "Yes" && v != "No").then_some(v)
}

/// The fields of one `<Country>` element (or one CSV row), checked.
#[derive(Default)]
struct RawRow {
    good: String,
    sector: String,
    country: String,
    child: String,
    forced: String,
    forced_child: String,
    derived: String,
    derived_country: String,
}

impl RawRow {
    fn finish(&self, path: &Path, at: Location) -> Result<GoodsRisk> {
        for (field, v) in [("Good_Name", &self.good), ("Country_Name", &self.country)] {
            if v.trim().is_empty() {
                return Err(IngestError::malformed(
                    path,
                    at,
                    format!("{field} is empty"),
                ));
            }
        }
        Ok(GoodsRisk {
            good: clean(&self.good),
            sector: clean(&self.sector),
            country: clean(&self.country),
            child_labor: yes_no(path, at, "Child_Labor", &self.child)?,
            forced_labor: yes_no(path, at, "Forced_Labor", &self.forced)?,
            forced_child_labor: yes_no(path, at, "Forced_Child_Labor", &self.forced_child)?,
            derived_labor_exploitation: yes_no(
                path,
                at,
                "Derived_Labor_Exploitation",
                &self.derived,
            )?,
            derived_from_country: derived_country(&self.derived_country),
        })
    }
}

fn line_at(text: &str, pos: u64) -> Location {
    let pos = (pos as usize).min(text.len());
    Location::Line(
        text.as_bytes()[..pos]
            .iter()
            .filter(|&&b| b == b'\n')
            .count() as u64
            + 1,
    )
}

/// Parses the Sweat & Toil goods XML.
pub fn read_xml(path: &Path) -> Result<Vec<GoodsRisk>> {
    let text = read_utf8(path)?;
    let mut reader = Reader::from_str(&text);
    let mut out = Vec::new();
    let mut good = String::new();
    let mut sector = String::new();
    let mut row: Option<RawRow> = None;
    let mut buf = String::new();
    loop {
        let ev = reader.read_event().map_err(|e| {
            IngestError::malformed(
                path,
                line_at(&text, reader.error_position()),
                format!("bad XML: {e}"),
            )
        })?;
        let pos = reader.buffer_position();
        let decode_err = |e: &dyn std::fmt::Display| {
            IngestError::malformed(path, line_at(&text, pos), format!("bad XML text: {e}"))
        };
        match ev {
            Event::Start(e) => {
                buf.clear();
                let name = e.name();
                if name.as_ref() == b"Country" {
                    row = Some(RawRow {
                        good: good.clone(),
                        sector: sector.clone(),
                        ..Default::default()
                    });
                } else if name.as_ref() == b"Good" {
                    good.clear();
                    sector.clear();
                }
            }
            Event::Text(t) => buf.push_str(&t.decode().map_err(|e| decode_err(&e))?),
            Event::CData(t) => buf.push_str(&t.decode().map_err(|e| decode_err(&e))?),
            Event::GeneralRef(r) => {
                if let Some(c) = r.resolve_char_ref().map_err(|e| decode_err(&e))? {
                    buf.push(c);
                } else {
                    let name = r.decode().map_err(|e| decode_err(&e))?;
                    buf.push(match name.as_ref() {
                        "amp" => '&',
                        "lt" => '<',
                        "gt" => '>',
                        "quot" => '"',
                        "apos" => '\'',
                        other => {
                            return Err(IngestError::malformed(
                                path,
                                line_at(&text, pos),
                                format!("unknown entity &{other};"),
                            ))
                        }
                    });
                }
            }
            Event::End(e) => {
                let name = e.name();
                let value = std::mem::take(&mut buf);
                match name.as_ref() {
                    b"Good_Name" => good = clean(&value),
                    b"Good_Sector" => sector = clean(&value),
                    b"Country" => {
                        let r = row.take().ok_or_else(|| {
                            IngestError::malformed(
                                path,
                                line_at(&text, pos),
                                "</Country> without <Country>",
                            )
                        })?;
                        out.push(r.finish(path, line_at(&text, pos))?);
                    }
                    field => {
                        if let Some(r) = row.as_mut() {
                            let slot = match field {
                                b"Country_Name" => &mut r.country,
                                b"Child_Labor" => &mut r.child,
                                b"Forced_Labor" => &mut r.forced,
                                b"Forced_Child_Labor" => &mut r.forced_child,
                                b"Derived_Labor_Exploitation" => &mut r.derived,
                                b"Derived_Country" => &mut r.derived_country,
                                _ => continue,
                            };
                            *slot = value;
                        }
                    }
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if out.is_empty() {
        return Err(IngestError::malformed(
            path,
            Location::Whole,
            "no <Good>/<Country> entries found",
        ));
    }
    Ok(out)
}

/// Parses the flattened CSV (good, sector, country, region, child_labor, forced_labor,
/// forced_child_labor, derived_labor_exploitation, derived_country).
pub fn read_csv(path: &Path) -> Result<Vec<GoodsRisk>> {
    let text = read_utf8(path)?;
    let mut rdr = csv::ReaderBuilder::new().from_reader(text.as_bytes());
    let headers = rdr
        .headers()
        .map_err(|e| IngestError::malformed(path, Location::Line(1), format!("bad header: {e}")))?
        .clone();
    let names = [
        "good",
        "sector",
        "country",
        "child_labor",
        "forced_labor",
        "forced_child_labor",
        "derived_labor_exploitation",
        "derived_country",
    ];
    let mut idx = [0usize; 8];
    for (slot, n) in idx.iter_mut().zip(names) {
        *slot = headers.iter().position(|h| h == n).ok_or_else(|| {
            IngestError::malformed(path, Location::Line(1), format!("missing column {n:?}"))
        })?;
    }
    let mut out = Vec::new();
    let mut lines = LineCounter::new(text.as_bytes());
    for rec in rdr.records() {
        let (line, rec) = lines.record(path, rec)?;
        let at = Location::Line(line);
        let f = |i: usize| rec.get(idx[i]).unwrap_or("").to_string();
        let raw = RawRow {
            good: f(0),
            sector: f(1),
            country: f(2),
            child: f(3),
            forced: f(4),
            forced_child: f(5),
            derived: f(6),
            derived_country: f(7),
        };
        out.push(raw.finish(path, at)?);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(name: &str, text: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("ss-ilab-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let p = dir.join(name);
        std::fs::write(&p, text).unwrap();
        p
    }

    const ROW: &str = "<Country><Country_Name>China</Country_Name><Child_Labor>No</Child_Labor>\
        <Forced_Labor>No</Forced_Labor><Forced_Child_Labor>No</Forced_Child_Labor>\
        <Derived_Labor_Exploitation>Yes</Derived_Labor_Exploitation>\
        <Derived_Country>Congo, Democratic Republic of the</Derived_Country></Country>";

    #[test]
    fn xml_rows_and_errors() {
        let p = write("ok.xml", &format!("<Goods><Good><Good_Name>Lithium-Ion Batteries &amp; Cells</Good_Name><Good_Sector>Manufacturing</Good_Sector><Countries>{ROW}</Countries></Good></Goods>"));
        let rows = read_xml(&p).unwrap();
        assert_eq!(rows[0].good, "Lithium-Ion Batteries & Cells");
        assert!(rows[0].derived_labor_exploitation && !rows[0].forced_labor);
        assert_eq!(
            rows[0].derived_from_country.as_deref(),
            Some("Congo, Democratic Republic of the")
        );

        let p = write(
            "bad.xml",
            &format!(
                "<Goods>\n<Good><Good_Name>X</Good_Name><Countries>\n{}</Countries></Good></Goods>",
                ROW.replace("<Child_Labor>No", "<Child_Labor>Maybe")
            ),
        );
        let err = read_xml(&p).unwrap_err().to_string();
        assert!(
            err.contains("bad.xml") && err.contains("line 3") && err.contains("Maybe"),
            "{err}"
        );
        let p = write("broken.xml", "<Goods><Good><Good_Name>X</Good></Goods>");
        assert!(read_xml(&p).unwrap_err().to_string().contains("bad XML"));
        let p = write("empty.xml", "<Goods></Goods>");
        assert!(read_xml(&p).is_err());
        let p = write("bad.csv", "good,sector,country,region,child_labor,forced_labor,forced_child_labor,derived_labor_exploitation,derived_country\nX,A,China,Asia,Yes,No,No,No,No\nY,A,,Asia,Yes,No,No,No,No\n");
        let err = read_csv(&p).unwrap_err().to_string();
        assert!(
            err.contains("line 3") && err.contains("Country_Name is empty"),
            "{err}"
        );
    }
}
