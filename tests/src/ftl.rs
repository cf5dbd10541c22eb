//! The UI messages of a language as Fluent's own parser reads them, for the tests of their
//! words (the glossary) and their plural forms.

use crate::repo_root;
use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement, VariantKey};

/// A select expression of a message: the variable it selects on and its variants' keys.
#[derive(Clone, Debug)]
pub struct Select {
    pub variable: String,
    pub keys: Vec<String>,
}

/// One message of a `.ftl` file.
#[derive(Clone, Debug)]
pub struct Message {
    /// The file's name (`admin.ftl`).
    pub file: String,
    pub id: String,
    /// The words of its value, every variant included.
    pub text: String,
    /// The selects of its value and attributes.
    pub selects: Vec<Select>,
}

fn walk(pattern: &Pattern<&str>, text: &mut String, selects: &mut Vec<Select>) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => text.push_str(value),
            PatternElement::Placeable { expression } => expression_walk(expression, text, selects),
        }
    }
}

fn expression_walk(expression: &Expression<&str>, text: &mut String, selects: &mut Vec<Select>) {
    match expression {
        Expression::Select { selector, variants } => {
            if let InlineExpression::VariableReference { id } = selector {
                let keys = variants
                    .iter()
                    .map(|v| match &v.key {
                        VariantKey::Identifier { name } => name.to_string(),
                        VariantKey::NumberLiteral { value } => value.to_string(),
                    })
                    .collect();
                selects.push(Select { variable: id.name.to_string(), keys });
            }
            for variant in variants {
                text.push('\n');
                walk(&variant.value, text, selects);
            }
        }
        Expression::Inline(InlineExpression::Placeable { expression }) => expression_walk(expression, text, selects),
        Expression::Inline(InlineExpression::StringLiteral { value }) => text.push_str(value),
        Expression::Inline(_) => {}
    }
}

/// Every message of `locales/<lang>/*.ftl`, file by file. Panics on a file Fluent cannot
/// parse whole (a message it would drop).
pub fn messages(lang: &str) -> Vec<Message> {
    let dir = repo_root().join(format!("locales/{lang}"));
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|_| panic!("{} exists", dir.display()))
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    paths.sort();
    let mut out = Vec::new();
    for path in paths {
        let source = std::fs::read_to_string(&path).expect("readable");
        let file = path.file_name().expect("a name").to_string_lossy().into_owned();
        let resource = fluent_syntax::parser::parse(source.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{lang}/{file}: {errors:?}"));
        for entry in resource.body {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                let (mut text, mut selects) = (String::new(), Vec::new());
                if let Some(value) = &m.value {
                    walk(value, &mut text, &mut selects);
                }
                for attribute in &m.attributes {
                    walk(&attribute.value, &mut String::new(), &mut selects);
                }
                out.push(Message { file: file.clone(), id: m.id.name.to_string(), text, selects });
            }
        }
    }
    out
}
