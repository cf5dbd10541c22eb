//! Open Referral (HSDS) ids: every entity exchanged in HSDS has a UUID, stable across
//! restarts, imports and exports.
//!
//! An entry that came with its own id (an HSDS import) keeps it in its document
//! (`id = "…"`). Our own entries have none written down: their id is derived from what
//! already names them for good (the slug, a location's key in its organisation) as a
//! version-5 UUID in Portineria's namespace, so every instance, every fresh install and every
//! export gives the same one without storing anything new in `content/`. Parts that have no
//! name of their own (a phone, a schedule, a document to bring) get an id derived from their
//! owner's and their position.

use super::{Location, Organization, Programme, Service};
use uuid::Uuid;

/// Portineria's UUID namespace. Fixed for ever: ids derived from it are published.
const NAMESPACE: Uuid = Uuid::from_u128(0x6d1f_5cf2_7a0e_4b8e_9c43_2f1d_8a77_b3e5);

/// The id of the thing of `kind` named `name` (`service`, `its-slug`).
pub fn derived(kind: &str, name: &str) -> Uuid {
    Uuid::new_v5(&NAMESPACE, format!("{kind}:{name}").as_bytes())
}

/// The id of the `what` numbered `n` of the entity `owner` (its second phone, say).
pub fn part(owner: Uuid, what: &str, n: usize) -> Uuid {
    Uuid::new_v5(&owner, format!("{what}:{n}").as_bytes())
}

impl Organization {
    pub fn hsds_id(&self) -> Uuid {
        self.id.unwrap_or_else(|| derived("organization", &self.slug))
    }
}

impl Service {
    pub fn hsds_id(&self) -> Uuid {
        self.id.unwrap_or_else(|| derived("service", &self.slug))
    }
}

impl Programme {
    pub fn hsds_id(&self) -> Uuid {
        self.id.unwrap_or_else(|| derived("programme", &self.slug))
    }
}

impl Location {
    /// A location's key is only unique in its organisation.
    pub fn hsds_id(&self, organization: &Organization) -> Uuid {
        self.id.unwrap_or_else(|| derived("location", &format!("{}/{}", organization.slug, self.key)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derived_ids_are_stable_and_distinct() {
        // Pinned: a published id must never change with a code change.
        assert_eq!(derived("service", "torino-mediazione").to_string(), "458ebe09-bf5b-5f4a-b2cd-5f681936a2f8");
        assert_ne!(derived("service", "a"), derived("programme", "a"));
        assert_ne!(part(derived("service", "a"), "phone", 0), part(derived("service", "a"), "phone", 1));
        let own = Uuid::from_u128(7);
        let service = Service { id: Some(own), slug: "a".into(), ..Default::default() };
        assert_eq!(service.hsds_id(), own);
    }
}
