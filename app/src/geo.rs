//! Where a place is on the map: its coordinates, the links that open them in a phone's map
//! (a `geo:` link and OpenStreetMap, nothing loaded from elsewhere), and how far it is.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A point in WGS 84 degrees, as maps give it: latitude first.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Coordinates {
    pub lat: f64,
    pub lon: f64,
}

/// Written coordinates that are not a point on Earth.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not a latitude and a longitude in degrees, such as 45.0703, 7.5211")]
pub struct BadCoordinates(pub String);

impl TryFrom<String> for Coordinates {
    type Error = BadCoordinates;

    /// Reads `45.0703, 7.5211` (what OpenStreetMap and phone maps show), with or without the
    /// space, or with a semicolon between.
    fn try_from(text: String) -> Result<Self, BadCoordinates> {
        let parts: Vec<&str> = text.split([',', ';']).map(str::trim).collect();
        let degrees = |s: &str| s.parse::<f64>().ok().filter(|d| d.is_finite());
        match parts.as_slice() {
            [lat, lon] => match (degrees(lat), degrees(lon)) {
                (Some(lat), Some(lon)) if (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon) => {
                    Ok(Self { lat, lon })
                }
                _ => Err(BadCoordinates(text)),
            },
            _ => Err(BadCoordinates(text)),
        }
    }
}

impl fmt::Display for Coordinates {
    /// Six decimals: about ten centimetres, more than any door needs.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{},{}", trimmed(self.lat), trimmed(self.lon))
    }
}

impl From<Coordinates> for String {
    fn from(point: Coordinates) -> Self {
        point.to_string()
    }
}

fn trimmed(degrees: f64) -> String {
    let text = format!("{degrees:.6}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// The mean radius of the Earth, in metres.
const EARTH_RADIUS_M: f64 = 6_371_000.0;

impl Coordinates {
    /// The `geo:` link (RFC 5870): a phone opens it in its own map app.
    pub fn geo_uri(&self) -> String {
        format!("geo:{self}")
    }

    /// The place on OpenStreetMap's site, marked.
    pub fn osm_url(&self) -> String {
        let (lat, lon) = (trimmed(self.lat), trimmed(self.lon));
        format!("https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=18/{lat}/{lon}")
    }

    /// Directions to the place on OpenStreetMap, on foot, from wherever the phone is.
    pub fn directions_url(&self) -> String {
        format!(
            "https://www.openstreetmap.org/directions?engine=fossgis_osrm_foot&route=%3B{}%2C{}",
            trimmed(self.lat),
            trimmed(self.lon)
        )
    }

    /// The distance to `other` along the Earth's surface, in metres (haversine).
    pub fn distance_m(&self, other: &Coordinates) -> f64 {
        let (lat1, lat2) = (self.lat.to_radians(), other.lat.to_radians());
        let (dlat, dlon) = ((other.lat - self.lat).to_radians(), (other.lon - self.lon).to_radians());
        let a = (dlat / 2.0).sin().powi(2) + lat1.cos() * lat2.cos() * (dlon / 2.0).sin().powi(2);
        2.0 * EARTH_RADIUS_M * a.sqrt().asin()
    }
}

/// How much distance weighs in a kiosk's ranking: a result's score is multiplied by
/// `1 - NEARNESS_WEIGHT + NEARNESS_WEIGHT × e^(-d / NEARNESS_SCALE_M)`, from 1 at the desk's
/// door to 0.8 far away (or where the service gives no coordinates). A fifth at most: a
/// result at least a quarter more relevant always stays ahead, whatever the distances.
pub const NEARNESS_WEIGHT: f64 = 0.2;
/// The distance at which the nearness bonus has fallen to about a third (e⁻¹).
pub const NEARNESS_SCALE_M: f64 = 5_000.0;

/// The ranking factor of a service `distance_m` metres from the desk (`None`: unknown).
pub fn nearness(distance_m: Option<f64>) -> f64 {
    let bonus = distance_m.map_or(0.0, |d| (-d.max(0.0) / NEARNESS_SCALE_M).exp());
    1.0 - NEARNESS_WEIGHT + NEARNESS_WEIGHT * bonus
}

/// A distance as a person reads it: metres under one kilometre (rounded to 50), then
/// kilometres with one decimal under ten, whole kilometres beyond.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Distance {
    Metres(u32),
    /// Tenths of a kilometre.
    TenthsKm(u32),
    Km(u32),
}

impl Distance {
    pub fn from_metres(metres: f64) -> Self {
        let metres = metres.max(0.0);
        if metres < 950.0 {
            Self::Metres(((metres / 50.0).round() as u32 * 50).max(50))
        } else if metres < 9_950.0 {
            Self::TenthsKm((metres / 100.0).round() as u32)
        } else {
            Self::Km((metres / 1000.0).round() as u32)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn point(text: &str) -> Result<Coordinates, BadCoordinates> {
        Coordinates::try_from(text.to_string())
    }

    #[test]
    fn coordinates_read_as_maps_write_them_and_refuse_the_rest() {
        assert_eq!(point("45.0703, 7.5211"), Ok(Coordinates { lat: 45.0703, lon: 7.5211 }));
        assert_eq!(point("45.0703,7.5211").map(|p| p.to_string()), Ok("45.0703,7.5211".to_string()));
        assert_eq!(point(" -33.9;18.4 ").map(|p| p.to_string()), Ok("-33.9,18.4".to_string()));
        for bad in ["", "45.07", "91, 7", "45, 181", "a, b", "45, 7, 3", "NaN, 7", "inf, 7", "45.0703 7.5211"] {
            assert!(point(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn links_open_the_place_in_maps() {
        let piazza = point("41.9009, 12.4833").unwrap();
        assert_eq!(piazza.geo_uri(), "geo:41.9009,12.4833");
        assert_eq!(piazza.osm_url(), "https://www.openstreetmap.org/?mlat=41.9009&mlon=12.4833#map=18/41.9009/12.4833");
        assert!(piazza.directions_url().ends_with("route=%3B41.9009%2C12.4833"));
    }

    #[test]
    fn distances_are_measured_on_the_earth() {
        // Orbassano and Piossasco, near Turin: about 1.8 km north-south, 6 km east-west.
        let orbassano = point("45.0064, 7.5381").unwrap();
        let piossasco = point("44.9902, 7.4617").unwrap();
        let d = orbassano.distance_m(&piossasco);
        assert!((6_000.0..6_400.0).contains(&d), "{d}");
        assert_eq!(orbassano.distance_m(&orbassano), 0.0);
        // One degree of latitude is about 111 km.
        let north = Coordinates { lat: 46.0064, lon: 7.5381 };
        assert!((orbassano.distance_m(&north) - 111_195.0).abs() < 100.0);
    }

    #[test]
    fn nearness_is_a_gentle_decay_never_above_relevance() {
        assert_eq!(nearness(Some(0.0)), 1.0);
        assert!((nearness(None) - 0.8).abs() < 1e-12, "unknown counts as far");
        let mut last = 1.0;
        for km in 1..100 {
            let f = nearness(Some(f64::from(km) * 1000.0));
            assert!(f < last && f > 0.8, "{km} km: {f}");
            last = f;
        }
        // A result 25 % more relevant, as far as can be, beats one at the door.
        assert!(1.25 * nearness(None) >= 1.0 * nearness(Some(0.0)));
    }

    #[test]
    fn distances_read_as_people_say_them() {
        assert_eq!(Distance::from_metres(12.0), Distance::Metres(50));
        assert_eq!(Distance::from_metres(420.0), Distance::Metres(400));
        assert_eq!(Distance::from_metres(949.0), Distance::Metres(950));
        assert_eq!(Distance::from_metres(1_260.0), Distance::TenthsKm(13));
        assert_eq!(Distance::from_metres(23_400.0), Distance::Km(23));
    }
}
