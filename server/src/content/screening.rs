//! The needs screening for mediators (`content/screening.toml`): a short questionnaire whose
//! answers point to categories and target groups, and the ranking of services they suggest.
//! Answers come with a request and go with its response: nothing is stored.

use crate::content::{self, ContentError, FileTranslationStatus, Texts};
use portineria_app::lang::Lang;
use portineria_app::model::{ScreeningAnswer, ScreeningArea, ScreeningQuestion};
use serde::Deserialize;
use std::collections::{HashMap, HashSet};
use std::path::Path;

pub const SCREENING_FILE: &str = "screening.toml";

/// Most answers read from one request; a longer list is forged.
const MAX_ANSWERS: usize = 200;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Questionnaire {
    #[serde(default)]
    translations: FileTranslationStatus,
    #[serde(default)]
    areas: Vec<Area>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Area {
    slug: String,
    title: Texts,
    questions: Vec<Question>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Question {
    slug: String,
    kind: String,
    text: Texts,
    answers: Vec<Answer>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Answer {
    slug: String,
    text: Texts,
    #[serde(default)]
    categories: Vec<String>,
    #[serde(default)]
    target_groups: Vec<String>,
    weight: u32,
}

/// What the chosen answers ask for: per category and per target group, the summed weight
/// and the areas it comes from.
#[derive(Debug, Default, PartialEq)]
pub struct Needs {
    pub categories: HashMap<String, (u32, Vec<usize>)>,
    pub target_groups: HashMap<String, (u32, Vec<usize>)>,
}

impl Questionnaire {
    /// Reads and checks `screening.toml` (no file: an empty questionnaire).
    pub fn load(dir: &Path, taxonomy: &content::Taxonomy) -> Result<Self, ContentError> {
        let path = dir.join(SCREENING_FILE);
        if !path.exists() {
            return Ok(Self::default());
        }
        let file: Questionnaire = content::read_toml(&path)?;
        let problems = file.check(taxonomy);
        if !problems.is_empty() {
            return Err(ContentError::Invalid(problems));
        }
        Ok(file)
    }

    fn check(&self, taxonomy: &content::Taxonomy) -> Vec<String> {
        let categories: HashSet<&str> = taxonomy.categories.iter().map(|c| c.slug.as_str()).collect();
        let groups: HashSet<&str> = taxonomy.target_groups.iter().map(|g| g.slug.as_str()).collect();
        let mut problems = Vec::new();
        let mut questions = HashSet::new();
        for area in &self.areas {
            let mut texts = vec![(format!("area {}", area.slug), &area.title)];
            for q in &area.questions {
                let here = format!("question {}", q.slug);
                if !content::is_slug(&q.slug) || !questions.insert(q.slug.as_str()) {
                    problems.push(format!("{SCREENING_FILE}: {here}: bad or repeated slug"));
                }
                if q.kind != "single" && q.kind != "multiple" {
                    problems.push(format!("{SCREENING_FILE}: {here}: kind must be single or multiple"));
                }
                texts.push((here.clone(), &q.text));
                let mut answers = HashSet::new();
                for a in &q.answers {
                    if !content::is_slug(&a.slug) || !answers.insert(a.slug.as_str()) || a.weight > 3 {
                        problems.push(format!("{SCREENING_FILE}: {here}: answer {:?} is not valid", a.slug));
                    }
                    let unknown = a.categories.iter().filter(|c| !categories.contains(c.as_str()));
                    let unknown = unknown.chain(a.target_groups.iter().filter(|g| !groups.contains(g.as_str())));
                    for slug in unknown {
                        problems.push(format!("{SCREENING_FILE}: {here}: unknown category or group {slug:?}"));
                    }
                    texts.push((format!("{here} answer {}", a.slug), &a.text));
                }
            }
            for (place, text) in texts {
                for lang in text.missing() {
                    problems.push(format!("{SCREENING_FILE}: {place}: missing {lang}"));
                }
            }
        }
        problems
    }

    /// The questionnaire in Italian and `lang`.
    pub fn form(&self, lang: Lang) -> Vec<ScreeningArea> {
        let status = self.translations;
        self.areas
            .iter()
            .map(|area| ScreeningArea {
                slug: area.slug.clone(),
                italian: area.title.italian().to_string(),
                title: area.title.shown(lang, status),
                questions: area
                    .questions
                    .iter()
                    .map(|q| ScreeningQuestion {
                        slug: q.slug.clone(),
                        multiple: q.kind == "multiple",
                        italian: q.text.italian().to_string(),
                        text: q.text.shown(lang, status),
                        answers: q
                            .answers
                            .iter()
                            .map(|a| ScreeningAnswer {
                                slug: a.slug.clone(),
                                italian: a.text.italian().to_string(),
                                text: a.text.shown(lang, status),
                            })
                            .collect(),
                    })
                    .collect(),
            })
            .collect()
    }

    /// The answers of a request's `question=answer` pairs that the questionnaire knows (one
    /// per one-answer question, no repeats), in questionnaire order, and how many were not.
    pub fn understand(&self, pairs: &[(String, String)]) -> (Vec<(String, String)>, u32) {
        let mut chosen = Vec::new();
        let mut ignored = pairs.len().saturating_sub(MAX_ANSWERS) as u32;
        let pairs = &pairs[..pairs.len().min(MAX_ANSWERS)];
        let mut used = vec![false; pairs.len()];
        for q in self.areas.iter().flat_map(|a| &a.questions) {
            for a in &q.answers {
                let hit = pairs.iter().position(|(qs, ans)| *qs == q.slug && *ans == a.slug);
                let Some(i) = hit else { continue };
                let first_of_single =
                    q.kind == "multiple" || !chosen.iter().any(|(qs, _): &(String, String)| *qs == q.slug);
                if first_of_single {
                    chosen.push((q.slug.clone(), a.slug.clone()));
                    used[i] = true;
                }
            }
        }
        ignored += used.iter().filter(|u| !**u).count() as u32;
        (chosen, ignored)
    }

    /// The categories and target groups the chosen answers point to, weighted.
    pub fn needs(&self, chosen: &[(String, String)]) -> Needs {
        let mut needs = Needs::default();
        for (area_index, area) in self.areas.iter().enumerate() {
            for q in &area.questions {
                for a in q.answers.iter().filter(|a| chosen.iter().any(|(qs, ans)| *qs == q.slug && *ans == a.slug)) {
                    let add = |into: &mut HashMap<String, (u32, Vec<usize>)>, slug: &String| {
                        let entry = into.entry(slug.clone()).or_default();
                        entry.0 += a.weight;
                        if !entry.1.contains(&area_index) {
                            entry.1.push(area_index);
                        }
                    };
                    a.categories.iter().for_each(|c| add(&mut needs.categories, c));
                    a.target_groups.iter().for_each(|g| add(&mut needs.target_groups, g));
                }
            }
        }
        needs.categories.retain(|_, (w, _)| *w > 0);
        needs.target_groups.retain(|_, (w, _)| *w > 0);
        needs
    }
}

impl Needs {
    pub fn is_empty(&self) -> bool {
        self.categories.is_empty() && self.target_groups.is_empty()
    }

    /// A service's score from its categories and target groups: a matching category counts
    /// twice its weight (it says what the service does), a matching group once (whom it is
    /// for). Also the areas of need it answers.
    pub fn score(&self, categories: &[String], groups: &[String]) -> (u32, Vec<usize>) {
        let mut score = 0;
        let mut areas = Vec::new();
        let matches = categories
            .iter()
            .filter_map(|c| self.categories.get(c).map(|(w, a)| (2 * w, a)))
            .chain(groups.iter().filter_map(|g| self.target_groups.get(g).map(|(w, a)| (*w, a))));
        for (points, from) in matches {
            score += points;
            areas.extend(from.iter().filter(|a| !areas.contains(*a)).copied().collect::<Vec<_>>());
        }
        // A service matching only a target group ("for families") is not an answer to a need.
        let does_something = categories.iter().any(|c| self.categories.contains_key(c));
        (if does_something { score } else { 0 }, areas)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped() -> Questionnaire {
        let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../content"));
        let (taxonomy, _) = content::read_taxonomy(dir).unwrap();
        Questionnaire::load(dir, &taxonomy).unwrap()
    }

    #[test]
    fn shipped_questionnaire_is_complete_in_five_languages() {
        let q = shipped();
        assert_eq!(q.areas.len(), 9);
        let form = q.form(Lang::Ar);
        assert!(form.iter().flat_map(|a| &a.questions).all(|q| !q.text.text.is_empty() && q.answers.len() >= 2));
    }

    #[test]
    fn forged_repeated_and_unknown_answers_are_ignored() {
        let q = shipped();
        let first = &q.areas[0].questions[0];
        let pair = |qs: &str, a: &str| (qs.to_string(), a.to_string());
        let pairs = vec![
            pair(&first.slug, &first.answers[0].slug),
            pair(&first.slug, &first.answers[0].slug),
            pair("no-such-question", "x"),
            pair(&first.slug, "<script>"),
        ];
        let (chosen, ignored) = q.understand(&pairs);
        assert_eq!(chosen, vec![pair(&first.slug, &first.answers[0].slug)]);
        assert_eq!(ignored, 3);
        let (none, ignored) = q.understand(&vec![pair("a", "b"); 5000]);
        assert!(none.is_empty() && ignored == 5000);
    }

    #[test]
    fn needs_rank_services_that_do_something_about_them() {
        let q = shipped();
        let housing = q.areas.iter().find(|a| a.slug == "housing").unwrap();
        let question = &housing.questions[0];
        let answer = question.answers.iter().find(|a| a.weight > 0 && !a.categories.is_empty()).unwrap();
        let needs = q.needs(&[(question.slug.clone(), answer.slug.clone())]);
        let category = answer.categories[0].clone();
        let (score, areas) = needs.score(std::slice::from_ref(&category), &[]);
        assert!(score > 0 && !areas.is_empty());
        assert_eq!(needs.score(&["no-such".into()], &answer.target_groups).0, 0);
    }
}
