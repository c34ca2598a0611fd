//! A fast Python tokenizer pass: the cheap test that decides whether a file needs a full
//! parse.
//!
//! tree-sitter parses Python at about 10 MB/s per core; a project tree of tens of megabytes of
//! Python would spend seconds there. This pass runs at memory speed over every file and
//! answers two questions:
//!
//! - **Could the file fail to compile?** It flags what CPython's tokenizer rejects (invalid
//!   escapes in non-raw strings — the journal's case —, unterminated strings, unbalanced or
//!   mismatched brackets, a backslash not ending a line, characters that cannot start a token,
//!   inconsistent dedents, an unexpected indent, a missing indented block), and the commonest
//!   grammar slips a token stream shows (a line ending in an operator, two names in a row
//!   such as Python 2's `print "x"`). A flagged file is parsed and judged by the full checks
//!   ([`super::syntax`]); a flag is never reported by itself.
//! - **Where do producer names stand?** For every name ending in `Producer` outside strings
//!   and comments: whether its statement starts at module level (indent 0, not inside a
//!   one-line `def`/`lambda`/`class`). A file whose producers all stand at module level cannot
//!   hold RD101 and needs no tree for it.
//!
//! A file the other checks need a tree for is parsed anyway, and gets tree-sitter's full
//! grammar check too.

/// What the pass found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Lexed {
    /// Byte offset of the first thing that may not compile.
    pub suspicious: Option<usize>,
    /// A name ending in `Producer` stands in a statement that is not at module level.
    pub producer_in_function: bool,
    /// A name ending in `Consumer` occurs in code.
    pub consumer_name: bool,
}

const KEYWORDS: [&str; 39] = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
    "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield", "match", "case", "type", "_",
];

/// Keywords after which a line cannot end.
const DANGLING_KEYWORDS: [&str; 14] =
    ["and", "or", "not", "in", "is", "if", "elif", "while", "for", "with", "def", "class", "lambda", "import"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Token {
    Name,
    Keyword,
    Number,
    Str,
    /// An operator that cannot end a line (`+`, `=`, `.`…).
    Operator,
    /// `:` at bracket depth 0.
    Colon,
    /// Anything else (`,`, `;`, closing brackets, `...`).
    Other,
}

struct Lexer<'a> {
    src: &'a [u8],
    at: usize,
    brackets: Vec<u8>,
    indents: Vec<usize>,
    out: Lexed,
    /// Per logical line.
    line_indent: usize,
    line_has_def: bool,
    last: Option<Token>,
    /// The last line ended with `:`: the next must be indented.
    expect_block: bool,
    /// The last token was the keyword `import` (so `*` is a name list, not an operator).
    after_import: bool,
    /// The last name ended in `Producer` (so `as` makes an alias of a producer class).
    after_producer: bool,
}

fn is_name_start(c: char) -> bool {
    c == '_' || c.is_alphabetic()
}

fn is_name_char(c: char) -> bool {
    c == '_' || c.is_alphanumeric() || matches!(c, '\u{300}'..='\u{36f}' | '\u{200c}' | '\u{200d}')
}

impl<'a> Lexer<'a> {
    fn flag(&mut self, at: usize) {
        if self.out.suspicious.is_none() {
            self.out.suspicious = Some(at);
        }
    }

    fn peek(&self, offset: usize) -> Option<u8> {
        self.src.get(self.at + offset).copied()
    }

    fn char_at(&self, at: usize) -> (char, usize) {
        let end = (at + 4).min(self.src.len());
        match std::str::from_utf8(&self.src[at..end])
            .or_else(|e| std::str::from_utf8(&self.src[at..at + e.valid_up_to()]))
        {
            Ok(text) => text.chars().next().map_or(('\u{fffd}', 1), |c| (c, c.len_utf8())),
            Err(_) => ('\u{fffd}', 1),
        }
    }

    /// Reads a string literal starting at the quote at `self.at`, with the given prefix.
    fn string(&mut self, prefix: &[u8]) {
        let raw = prefix.iter().any(|c| c.eq_ignore_ascii_case(&b'r'));
        let bytes = prefix.iter().any(|c| c.eq_ignore_ascii_case(&b'b'));
        let format = prefix.iter().any(|c| c.eq_ignore_ascii_case(&b'f') || c.eq_ignore_ascii_case(&b't'));
        let quote = self.src[self.at];
        let triple = self.peek(1) == Some(quote) && self.peek(2) == Some(quote);
        let start = self.at;
        self.at += if triple { 3 } else { 1 };
        self.string_body(start, quote, triple, raw, bytes, format);
    }

    fn string_body(&mut self, start: usize, quote: u8, triple: bool, raw: bool, bytes: bool, format: bool) {
        loop {
            let Some(c) = self.peek(0) else {
                self.flag(start);
                return;
            };
            match c {
                b'\\' => {
                    let next = self.peek(1);
                    if next.is_none() {
                        self.flag(start);
                        return;
                    }
                    if !raw && !self.escape_ok(bytes) {
                        self.flag(self.at);
                    }
                    self.at += 2;
                }
                b'\n' if !triple => {
                    self.flag(start);
                    return;
                }
                c if c == quote => {
                    if !triple {
                        self.at += 1;
                        return;
                    }
                    if self.peek(1) == Some(quote) && self.peek(2) == Some(quote) {
                        self.at += 3;
                        return;
                    }
                    self.at += 1;
                }
                b'{' if format => {
                    if self.peek(1) == Some(b'{') {
                        self.at += 2;
                    } else {
                        self.at += 1;
                        self.replacement_field(start);
                    }
                }
                _ => self.at += 1,
            }
        }
    }

    /// `{expression!r:spec}` inside an f-string, after the `{`.
    fn replacement_field(&mut self, string_start: usize) {
        let mut depth = 0usize;
        loop {
            let Some(c) = self.peek(0) else {
                self.flag(string_start);
                return;
            };
            match c {
                b'\'' | b'"' => self.string(&[]),
                b'(' | b'[' | b'{' => {
                    depth += 1;
                    self.at += 1;
                }
                b')' | b']' => {
                    depth = depth.saturating_sub(1);
                    self.at += 1;
                }
                b'}' if depth > 0 => {
                    depth -= 1;
                    self.at += 1;
                }
                b'}' => {
                    self.at += 1;
                    return;
                }
                b':' if depth == 0 => {
                    // The format spec: text with nested fields, up to the closing brace.
                    self.at += 1;
                    loop {
                        match self.peek(0) {
                            None => {
                                self.flag(string_start);
                                return;
                            }
                            Some(b'{') => {
                                self.at += 1;
                                self.replacement_field(string_start);
                            }
                            Some(b'}') => {
                                self.at += 1;
                                return;
                            }
                            Some(_) => self.at += 1,
                        }
                    }
                }
                c if (c == b'r' || c == b'b' || c == b'f' || c.is_ascii_alphabetic())
                    && !self.src[..self.at].last().is_some_and(|p| p.is_ascii_alphanumeric() || *p == b'_') =>
                {
                    // A prefixed string inside the expression (`f"{x + r'a'}"`).
                    let word_end = self.src[self.at..]
                        .iter()
                        .position(|b| !b.is_ascii_alphanumeric() && *b != b'_')
                        .map_or(self.src.len(), |n| self.at + n);
                    if word_end - self.at <= 3 && matches!(self.src.get(word_end), Some(b'\'' | b'"')) {
                        let prefix = self.src[self.at..word_end].to_vec();
                        self.at = word_end;
                        self.string(&prefix);
                    } else {
                        self.at = word_end.max(self.at + 1);
                    }
                }
                _ => self.at += 1,
            }
        }
    }

    /// Whether the escape at `self.at` (a backslash) is one CPython accepts.
    fn escape_ok(&self, bytes: bool) -> bool {
        let rest = &self.src[self.at + 2..];
        let hex = |n: usize| rest.len() >= n && rest[..n].iter().all(u8::is_ascii_hexdigit);
        match self.src[self.at + 1] {
            b'x' => hex(2),
            b'u' if !bytes => hex(4),
            b'U' if !bytes => {
                hex(8)
                    && u32::from_str_radix(std::str::from_utf8(&rest[..8]).unwrap_or("0"), 16)
                        .is_ok_and(|v| v <= 0x10FFFF)
            }
            b'N' if !bytes => rest.first() == Some(&b'{') && rest.iter().take(100).any(|b| *b == b'}'),
            _ => true,
        }
    }

    fn end_logical_line(&mut self) {
        if let Some(last) = self.last {
            self.expect_block = last == Token::Colon;
            if last == Token::Operator {
                self.flag(self.at.saturating_sub(1));
            }
        }
        self.last = None;
        self.line_has_def = false;
    }

    /// At the start of a physical line outside brackets: measure indentation.
    fn line_start(&mut self) {
        let mut width = 0;
        let start = self.at;
        while let Some(c) = self.peek(0) {
            match c {
                b' ' => width += 1,
                b'\t' => width = (width / 8 + 1) * 8,
                b'\x0c' => width = 0,
                _ => break,
            }
            self.at += 1;
        }
        // Blank and comment-only lines do not count.
        if matches!(self.peek(0), None | Some(b'\n' | b'\r' | b'#')) {
            return;
        }
        let current = *self.indents.last().unwrap_or(&0);
        if width > current {
            if !self.expect_block {
                self.flag(start);
            }
            self.indents.push(width);
        } else {
            if self.expect_block {
                self.flag(start);
            }
            while *self.indents.last().unwrap_or(&0) > width {
                self.indents.pop();
            }
            if *self.indents.last().unwrap_or(&0) != width {
                self.flag(start);
            }
        }
        self.expect_block = false;
        self.line_indent = width;
    }

    fn push(&mut self, token: Token, at: usize) {
        let word_like = |t: Token| matches!(t, Token::Name | Token::Number | Token::Str);
        // Two names (or a name and a literal) in a row: `print "x"`, `pritn x`.
        if self.brackets.is_empty()
            && matches!(self.last, Some(Token::Name))
            && word_like(token)
            && token != Token::Number
        {
            self.flag(at);
        }
        self.last = Some(token);
    }

    fn run(mut self) -> Lexed {
        let mut at_line_start = true;
        while self.at < self.src.len() {
            if at_line_start && self.brackets.is_empty() {
                at_line_start = false;
                self.line_start();
                continue;
            }
            let c = self.src[self.at];
            match c {
                b'\n' => {
                    self.at += 1;
                    if self.brackets.is_empty() {
                        self.end_logical_line();
                        at_line_start = true;
                    }
                }
                b' ' | b'\t' | b'\r' | b'\x0c' => self.at += 1,
                b'#' => {
                    self.at = memchr::memchr(b'\n', &self.src[self.at..]).map_or(self.src.len(), |n| self.at + n);
                }
                b'\\' => {
                    // A line continuation: the backslash must end the line.
                    let rest = &self.src[self.at + 1..];
                    if rest.first() == Some(&b'\n') || rest.starts_with(b"\r\n") {
                        self.at += if rest.first() == Some(&b'\n') { 2 } else { 3 };
                    } else {
                        self.flag(self.at);
                        self.at += 1;
                    }
                }
                b'\'' | b'"' => {
                    let start = self.at;
                    self.string(&[]);
                    self.push(Token::Str, start);
                }
                b'(' | b'[' | b'{' => {
                    self.brackets.push(c);
                    self.at += 1;
                    self.last = Some(Token::Other);
                }
                b')' | b']' | b'}' => {
                    let open = match c {
                        b')' => b'(',
                        b']' => b'[',
                        _ => b'{',
                    };
                    if self.brackets.pop() != Some(open) {
                        self.flag(self.at);
                        self.brackets.clear();
                    }
                    self.at += 1;
                    self.last = Some(Token::Other);
                }
                b'0'..=b'9' => {
                    let start = self.at;
                    while self.peek(0).is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'.') {
                        self.at += 1;
                    }
                    self.push(Token::Number, start);
                }
                b'.' if self.peek(1).is_some_and(|b| b.is_ascii_digit()) => {
                    let start = self.at;
                    self.at += 1;
                    while self.peek(0).is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'.') {
                        self.at += 1;
                    }
                    self.push(Token::Number, start);
                }
                b':' => {
                    self.at += 1;
                    if self.peek(0) == Some(b'=') {
                        self.at += 1;
                        self.last = Some(Token::Operator);
                    } else {
                        self.last = Some(if self.brackets.is_empty() { Token::Colon } else { Token::Other });
                    }
                }
                b',' | b';' => {
                    self.at += 1;
                    self.last = Some(Token::Other);
                }
                b'+' | b'-' | b'*' | b'/' | b'%' | b'=' | b'<' | b'>' | b'&' | b'|' | b'^' | b'~' | b'@' | b'!'
                | b'.' => {
                    let start = self.at;
                    let mut end = self.at + 1;
                    while end < self.src.len() && b"=<>*/.-".contains(&self.src[end]) && end - start < 3 {
                        end += 1;
                    }
                    let op = &self.src[start..end];
                    if op == b"!" {
                        self.flag(start);
                    }
                    self.at = end;
                    // `...` and `import *` can end a line; other operators cannot.
                    let ends = op == b"..." || (op == b"*" && self.after_import);
                    self.last = Some(if ends { Token::Other } else { Token::Operator });
                    self.after_import = false;
                    self.after_producer = false;
                }
                _ => {
                    let (ch, width) = self.char_at(self.at);
                    if is_name_start(ch) {
                        let start = self.at;
                        let mut end = self.at;
                        loop {
                            let (ch, width) = if end < self.src.len() { self.char_at(end) } else { (' ', 1) };
                            if end >= self.src.len() || !is_name_char(ch) {
                                break;
                            }
                            end += width;
                        }
                        self.at = end;
                        // A string prefix: r"…", rb'…', f"…".
                        if end - start <= 3
                            && matches!(self.peek(0), Some(b'\'' | b'"'))
                            && self.src[start..end].iter().all(|b| b"rRbBuUfFtT".contains(b))
                        {
                            let prefix = self.src[start..end].to_vec();
                            self.string(&prefix);
                            self.push(Token::Str, start);
                            continue;
                        }
                        let word = std::str::from_utf8(&self.src[start..end]).unwrap_or("");
                        if matches!(word, "def" | "lambda" | "class") {
                            self.line_has_def = true;
                        }
                        // An alias (`import KafkaProducer as KP`) hides later uses from this pass.
                        if word.ends_with("Producer") && (self.line_indent > 0 || self.line_has_def)
                            || (word == "as" && self.after_producer)
                        {
                            self.out.producer_in_function = true;
                        }
                        self.after_import = word == "import";
                        self.after_producer = word.ends_with("Producer");
                        if word.ends_with("Consumer") {
                            self.out.consumer_name = true;
                        }
                        if KEYWORDS.contains(&word) {
                            self.last =
                                Some(if DANGLING_KEYWORDS.contains(&word) { Token::Operator } else { Token::Keyword });
                        } else {
                            self.push(Token::Name, start);
                        }
                    } else {
                        // `$`, `?`, a backtick, a smart quote, a non-breaking space…
                        self.flag(self.at);
                        self.at += width;
                    }
                }
            }
        }
        if !self.brackets.is_empty() {
            self.flag(self.src.len());
        }
        self.end_logical_line();
        if self.expect_block {
            self.flag(self.src.len());
        }
        self.out
    }
}

/// Runs the pass over a file's bytes.
pub fn lex(source: &[u8]) -> Lexed {
    let lexer = Lexer {
        src: source,
        at: 0,
        brackets: Vec::new(),
        indents: vec![0],
        out: Lexed::default(),
        line_indent: 0,
        line_has_def: false,
        last: None,
        expect_block: false,
        after_import: false,
        after_producer: false,
    };
    let mut out = lexer.run();
    // Bytes that are not UTF-8 (without a coding declaration) and NUL bytes are syntax errors.
    if memchr::memchr(0, source).is_some() || std::str::from_utf8(source).is_err() {
        out.suspicious.get_or_insert(0);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clean(source: &str) -> bool {
        lex(source.as_bytes()).suspicious.is_none()
    }

    #[test]
    fn valid_python_is_clean() {
        for source in [
            "import os\n\n\ndef f(request, *args, **kw) -> int:\n    '''doc'''\n    return 1 + \\\n        2\n",
            "x = [\n    1,\n  2,\n]\nif x: pass\nelse:\n    y = {'a': (1, 2)}\n",
            "class A(B, metaclass=M):\n    async def g(self):\n        await x\n        return [i for i in y if i]\n",
            "s = f\"{a!r:>{width}} {b['k']} {{literal}} {f'{c}'}\"\nt = rb'\\x' + b'\\x41' + '\\N{BULLET}'\n",
            "x = \"\"\"\nmulti\n  line\"\"\"\ny = '\\d'  # unknown escapes only warn\n",
            "match command:\n    case [x, *rest]:\n        pass\n    case _:\n        pass\n",
            "lambda: 0\nz = x if y else w\nprint(a, end='')\nv = not x\nw = a is not b\n",
            "def f():\n    pass\n\n    # comment at another indent\n\nx = 1\n",
            "type Alias = list[int]\nx: int = 1\ny = -1 ** 2 // 3 @ m\nz = ...\n",
            "r = re.compile(r'^(?P<d>[A-Z]):\\\\(.*)$')\nd = {**a, 'b': 1}\ne = x[1:2, ::3]\n",
            "if (n := 10) > 5:\n    pass\nf(a)(b)[c].d\n",
        ] {
            assert!(clean(source), "{source:?}: {:?}", lex(source.as_bytes()));
        }
    }

    #[test]
    fn what_may_not_compile_is_flagged() {
        for source in [
            "\"C:\\Users\\dev\"\n",
            "C:\\Users\\dev\\x.py\n",
            "x = 'a\\x4'\n",
            "x = '\\N'\n",
            "x = 'unterminated\n",
            "x = \"\"\"never closed\n",
            "def f(:\n    pass\n",
            "x = (1, 2]\n",
            "x = )\n",
            "def f():\nreturn 1\n",
            "if x:\n        a\n    b\n",
            "x = 1\n    y = 2\n",
            "x = 1 +\n",
            "print \"hello\"\n",
            "x = a b\n",
            "x = $y\n",
            "x = 1\u{a0}+ 2\n",
            "while True\n    pass\n",
            "x = 'a' \\ 'b'\n",
            "x = 1\x00\n",
        ] {
            assert!(!clean(source), "{source:?} should be flagged");
        }
    }

    #[test]
    fn producers_at_module_level_need_no_tree() {
        let at_module = "from kafka import KafkaProducer\nproducer = KafkaProducer(\n    bootstrap_servers='k',\n)\n";
        assert!(!lex(at_module.as_bytes()).producer_in_function);
        let in_function = "from kafka import KafkaProducer\ndef f():\n    return KafkaProducer()\n";
        assert!(lex(in_function.as_bytes()).producer_in_function);
        let one_line = "def f(): return KafkaProducer()\n";
        assert!(lex(one_line.as_bytes()).producer_in_function);
        let aliased = "from kafka import KafkaProducer as KP\nfrom os import *\n";
        assert!(lex(aliased.as_bytes()).producer_in_function);
        assert!(lex(aliased.as_bytes()).suspicious.is_none());
        let in_string = "x = 'KafkaProducer()'  # KafkaConsumer\n";
        assert_eq!(lex(in_string.as_bytes()), Lexed::default());
        assert!(lex(b"c = KafkaConsumer()\n").consumer_name);
    }
}
