//! The query language, parsed leniently: whatever people paste gets an answer.
//!
//! | syntax | meaning |
//! |---|---|
//! | `cloud investissement` | both words (in the title or the body) |
//! | `renault OR nissan` | either word |
//! | `-grève`, `NOT grève` | without the word |
//! | `"plan social"`, `« plan social »` | the exact phrase |
//! | `title:usine`, `titre:usine` | in the title only (also `body:`) |
//! | `company:Alibaba`, `société:"Air Liquide"` | articles about the company |
//!
//! Anything else is text: apostrophes (`tajine d'agneau`), colons (`Charente-Maritime : un
//! sanglier`), URLs, a quote that is never closed. Nothing here fails: the worst a query can do is
//! match nothing.

/// Which text fields a clause searches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    Anywhere,
    Title,
    Body,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Clause {
    /// Words as typed; analysis decides whether they make one term or a phrase
    /// (`Charente-Maritime`).
    Text {
        scope: Scope,
        text: String,
    },
    /// A quoted phrase.
    Phrase {
        scope: Scope,
        text: String,
    },
    Company(String),
}

/// A parsed query: every group must match (a group is several clauses joined by OR), and no
/// excluded clause may.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ParsedQuery {
    pub groups: Vec<Vec<Clause>>,
    pub excluded: Vec<Clause>,
}

enum Field {
    Text(Scope),
    Company,
}

fn field_named(name: &str) -> Option<Field> {
    Some(match name.to_lowercase().as_str() {
        "title" | "titre" => Field::Text(Scope::Title),
        "body" | "texte" | "text" => Field::Text(Scope::Body),
        "company" | "société" | "societe" | "entreprise" => Field::Company,
        _ => return None,
    })
}

fn closing_quote(open: char) -> Option<char> {
    match open {
        '"' => Some('"'),
        '«' => Some('»'),
        '“' => Some('”'),
        _ => None,
    }
}

enum Token {
    Clause { negated: bool, clause: Clause },
    Or,
    Not,
}

struct Lexer<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Lexer<'a> {
    fn peek(&self) -> Option<char> {
        self.text[self.pos..].chars().next()
    }

    fn skip_whitespace(&mut self) {
        let rest = &self.text[self.pos..];
        self.pos += rest.len() - rest.trim_start().len();
    }

    /// Reads a quoted phrase if the text at the cursor opens one that is closed later.
    fn quoted(&mut self) -> Option<String> {
        let open = self.peek()?;
        let close = closing_quote(open)?;
        let start = self.pos + open.len_utf8();
        let length = self.text[start..].find(close)?;
        self.pos = start + length + close.len_utf8();
        Some(self.text[start..start + length].trim().to_string())
    }

    /// Reads up to the next whitespace.
    fn chunk(&mut self) -> &'a str {
        let rest = &self.text[self.pos..];
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        self.pos += end;
        &rest[..end]
    }

    fn next_token(&mut self) -> Option<Token> {
        self.skip_whitespace();
        let c = self.peek()?;
        let mut negated = false;
        if (c == '-' || c == '+')
            && self.text[self.pos + 1..]
                .starts_with(|n: char| n.is_alphanumeric() || closing_quote(n).is_some())
        {
            negated = c == '-';
            self.pos += 1;
        }
        if let Some(phrase) = self.quoted() {
            let clause = Clause::Phrase {
                scope: Scope::Anywhere,
                text: phrase,
            };
            return Some(Token::Clause { negated, clause });
        }
        let start = self.pos;
        let chunk = self.chunk();
        match chunk {
            "OR" | "|" | "||" if !negated => return Some(Token::Or),
            "NOT" if !negated => return Some(Token::Not),
            _ => {}
        }
        if let Some((name, _)) = chunk.split_once(':') {
            if let Some(field) = field_named(name) {
                // The value may be a quoted phrase with spaces: rewind to just after the colon.
                self.pos = start + name.len() + 1;
                let (quoted, value) = match self.quoted() {
                    Some(phrase) => (true, phrase),
                    None => (false, self.chunk().to_string()),
                };
                if !value.is_empty() {
                    let clause = match field {
                        Field::Company => Clause::Company(value),
                        Field::Text(scope) if quoted => Clause::Phrase { scope, text: value },
                        Field::Text(scope) => Clause::Text { scope, text: value },
                    };
                    return Some(Token::Clause { negated, clause });
                }
                return self.next_token();
            }
        }
        let clause = Clause::Text {
            scope: Scope::Anywhere,
            text: chunk.to_string(),
        };
        Some(Token::Clause { negated, clause })
    }
}

pub fn parse(text: &str) -> ParsedQuery {
    let mut lexer = Lexer { text, pos: 0 };
    let mut query = ParsedQuery::default();
    let mut join_with_previous = false;
    let mut negate_next = false;
    while let Some(token) = lexer.next_token() {
        match token {
            Token::Or => join_with_previous = !query.groups.is_empty(),
            Token::Not => negate_next = true,
            Token::Clause { negated, clause } => {
                if negated || negate_next {
                    query.excluded.push(clause);
                } else if join_with_previous {
                    if let Some(group) = query.groups.last_mut() {
                        group.push(clause);
                    }
                } else {
                    query.groups.push(vec![clause]);
                }
                join_with_previous = false;
                negate_next = false;
            }
        }
    }
    query
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(t: &str) -> Clause {
        Clause::Text {
            scope: Scope::Anywhere,
            text: t.into(),
        }
    }

    fn phrase(t: &str) -> Clause {
        Clause::Phrase {
            scope: Scope::Anywhere,
            text: t.into(),
        }
    }

    #[test]
    fn words_are_all_required() {
        assert_eq!(
            parse("cloud  investissement").groups,
            [vec![text("cloud")], vec![text("investissement")]]
        );
    }

    #[test]
    fn or_joins_neighbours() {
        let q = parse("renault OR nissan usine");
        assert_eq!(
            q.groups,
            [vec![text("renault"), text("nissan")], vec![text("usine")]]
        );
    }

    #[test]
    fn negation_both_ways() {
        let q = parse("usine -grève NOT fermeture");
        assert_eq!(q.groups, [vec![text("usine")]]);
        assert_eq!(q.excluded, [text("grève"), text("fermeture")]);
    }

    #[test]
    fn phrases_with_both_kinds_of_quotes() {
        let q = parse("\"plan social\" « Air Liquide »");
        assert_eq!(
            q.groups,
            [vec![phrase("plan social")], vec![phrase("Air Liquide")]]
        );
    }

    #[test]
    fn fields() {
        let q = parse("title:usine company:\"Air Liquide\" société:Renault");
        assert_eq!(
            q.groups,
            [
                vec![Clause::Text {
                    scope: Scope::Title,
                    text: "usine".into()
                }],
                vec![Clause::Company("Air Liquide".into())],
                vec![Clause::Company("Renault".into())],
            ]
        );
    }

    #[test]
    fn pasted_text_is_text() {
        let q = parse("Charente-Maritime : un sanglier");
        assert_eq!(
            q.groups,
            [
                vec![text("Charente-Maritime")],
                vec![text(":")],
                vec![text("un")],
                vec![text("sanglier")]
            ]
        );
        let q = parse("https://www.example.org/a tajine d'agneau");
        assert_eq!(q.groups[0], vec![text("https://www.example.org/a")]);
        assert_eq!(q.groups[2], vec![text("d'agneau")]);
    }

    #[test]
    fn unbalanced_quotes_and_stray_operators_do_not_fail() {
        let q = parse("\"plan social");
        assert_eq!(q.groups, [vec![text("\"plan")], vec![text("social")]]);
        assert_eq!(parse("OR NOT -").groups, Vec::<Vec<Clause>>::new());
        assert_eq!(parse("").groups, Vec::<Vec<Clause>>::new());
        assert_eq!(parse("company:").groups, Vec::<Vec<Clause>>::new());
    }
}
