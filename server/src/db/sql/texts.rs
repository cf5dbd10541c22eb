//! Loading translated texts for one language, with the Italian fallback made visible.

use super::{Db, Pool};
use crate::db::DbError;
use portineria_app::lang::Lang;
use portineria_app::model::{Text, TranslationStatus};
use sqlx::QueryBuilder;
use std::collections::HashMap;

/// One stored text of one field of an entity.
#[derive(sqlx::FromRow)]
pub(super) struct TranslationRow {
    pub entity_id: i64,
    pub field: String,
    pub lang: String,
    pub text: String,
    pub status: String,
}

/// The columns of [`TranslationRow`], for `SELECT {TRANSLATION_COLUMNS} FROM translations`.
pub(super) const TRANSLATION_COLUMNS: &str = "entity_id, field, lang, text, status";

/// One stored text of a field: its language, text and translation status.
struct Stored {
    lang: String,
    text: String,
    status: String,
}

/// The texts of some entities in one language (and in Italian, for the fallback).
pub struct TextBag {
    lang: Lang,
    rows: HashMap<(i64, String), Vec<Stored>>,
}

impl TextBag {
    pub async fn load(pool: &Pool, entity: &str, ids: &[i64], lang: Lang) -> Result<Self, DbError> {
        let mut bag = TextBag { lang, rows: HashMap::new() };
        for chunk in ids.chunks(500) {
            let mut query: QueryBuilder<Db> =
                QueryBuilder::new(format!("SELECT {TRANSLATION_COLUMNS} FROM translations WHERE entity = "));
            query.push_bind(entity).push(" AND lang IN ('it', ").push_bind(lang.code()).push(") AND entity_id IN (");
            let mut list = query.separated(", ");
            for id in chunk {
                list.push_bind(*id);
            }
            query.push(")");
            let rows: Vec<TranslationRow> = query.build_query_as().fetch_all(pool).await?;
            for row in rows {
                let stored = Stored { lang: row.lang, text: row.text, status: row.status };
                bag.rows.entry((row.entity_id, row.field)).or_default().push(stored);
            }
        }
        Ok(bag)
    }

    /// The text of `field` of entity `id` in the bag's language, or the Italian marked as fallback.
    pub fn get(&self, id: i64, field: &str) -> Option<Text> {
        let lang = self.lang;
        let rows = self.rows.get(&(id, field.to_string()))?;
        let pick = |code: &str| rows.iter().find(|r| r.lang == code && !r.text.trim().is_empty());
        if let Some(row) = pick(lang.code()) {
            let status = TranslationStatus::parse(&row.status).unwrap_or(TranslationStatus::Machine);
            return Some(match (status, pick("it")) {
                (TranslationStatus::Outdated, Some(italian)) => Text::outdated(row.text.clone(), italian.text.clone()),
                _ => Text::new(row.text.clone(), status),
            });
        }
        pick("it").map(|row| Text::new(row.text.clone(), TranslationStatus::Fallback))
    }

    /// Like [`get`](Self::get) for a field every entity has; an empty text if the data lacks it.
    pub fn required(&self, id: i64, field: &str) -> Text {
        self.get(id, field).unwrap_or(Text::new(String::new(), TranslationStatus::Fallback))
    }

    pub fn plain(&self, id: i64, field: &str) -> String {
        self.required(id, field).text
    }
}
