//! What a terminal shows after the bytes a command wrote to it: enough of a VT100 for the
//! progress bar's drawing (carriage return, new line, erasing a line, moving the cursor, and
//! wrapping at the right margin), so that a test can say what is left on the screen.

/// The screen of a terminal `width` columns wide, after `bytes`: its lines, trailing blanks
/// trimmed (the lines scrolled off the top are kept).
pub fn render(bytes: &[u8], width: usize) -> Vec<String> {
    let mut screen = Screen { rows: vec![Vec::new()], row: 0, column: 0, width };
    let text = String::from_utf8_lossy(bytes);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => screen.column = 0,
            '\n' => screen.down(1),
            '\x1b' if chars.peek() == Some(&'[') => {
                chars.next();
                let mut parameters = String::new();
                let command = loop {
                    match chars.next() {
                        Some(c) if c.is_ascii_digit() || c == ';' || c == '?' => parameters.push(c),
                        other => break other,
                    }
                };
                screen.control(command, &parameters);
            }
            c if c.is_control() => {}
            c => screen.put(c),
        }
    }
    screen.rows.into_iter().map(|row| row.into_iter().collect::<String>().trim_end().to_owned()).collect()
}

/// The characters on the screen, and the cursor.
struct Screen {
    /// Every row written so far, from the first.
    rows: Vec<Vec<char>>,
    /// The cursor's row.
    row: usize,
    /// May equal `width`: the cursor waits past the last column, and the next character wraps.
    column: usize,
    /// The number of columns.
    width: usize,
}

impl Screen {
    /// Moves the cursor `n` rows down, adding rows at the bottom as a terminal scrolls.
    fn down(&mut self, n: usize) {
        self.row += n;
        while self.rows.len() <= self.row {
            self.rows.push(Vec::new());
        }
    }

    /// Writes `c` at the cursor, wrapping first when the cursor waits past the last column.
    fn put(&mut self, c: char) {
        if self.column >= self.width {
            self.column = 0;
            self.down(1);
        }
        let row = &mut self.rows[self.row];
        if row.len() <= self.column {
            row.resize(self.column + 1, ' ');
        }
        row[self.column] = c;
        self.column += 1;
    }

    /// A control sequence `ESC [ parameters command`.
    fn control(&mut self, command: Option<char>, parameters: &str) {
        let n = parameters.parse::<usize>().unwrap_or(1).max(1);
        match command {
            Some('A') => self.row = self.row.saturating_sub(n),
            Some('B') => self.down(n),
            Some('C') => self.column = (self.column + n).min(self.width - 1),
            Some('D') => self.column = self.column.min(self.width - 1).saturating_sub(n),
            Some('K') => {
                let row = &mut self.rows[self.row];
                match parameters {
                    "2" => row.clear(),
                    "1" => row.iter_mut().take(self.column + 1).for_each(|c| *c = ' '),
                    _ => row.truncate(self.column),
                }
            }
            // Showing or hiding the cursor, colours: nothing to draw.
            _ => {}
        }
    }
}

/// The emulation itself, on the sequences the bar uses.
#[test]
fn the_screen_follows_the_bar_s_drawing() {
    let bytes = b"row 1\r\nbar 1234\r\x1b[2Kbar 12\x1b[1A\r\x1b[2Kline\r\n";
    assert_eq!(render(bytes, 20), ["line", "bar 12"]);
    assert_eq!(render(b"abcdef", 3), ["abc", "def"]);
    assert_eq!(render(b"abc\rX", 3), ["Xbc"], "no wrap before a character is written past the margin");
}
