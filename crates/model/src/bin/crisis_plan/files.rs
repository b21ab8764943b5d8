//! Reading an input of `crisis-plan` (a scenario file, a table of areas): a path or `-` for
//! standard input, read up to a size limit, so an endless or huge input is refused without
//! being held in memory.

use std::io::Read;

/// Why an input could not be read.
pub enum Unread {
    /// The file could not be opened.
    Open(std::io::Error),
    /// Reading it failed.
    Read(std::io::Error),
    /// It is larger than the limit.
    TooLarge,
    /// It is not UTF-8 text.
    NotText,
}

/// The text at `path` (`-`: standard input), at most `limit` bytes.
pub fn read_text(path: &str, limit: usize) -> Result<String, Unread> {
    let most = limit as u64 + 1;
    let mut buf = Vec::new();
    let read = if path == "-" {
        std::io::stdin().lock().take(most).read_to_end(&mut buf)
    } else {
        std::fs::File::open(path)
            .map_err(Unread::Open)?
            .take(most)
            .read_to_end(&mut buf)
    };
    read.map_err(Unread::Read)?;
    if buf.len() as u64 >= most {
        return Err(Unread::TooLarge);
    }
    String::from_utf8(buf).map_err(|_| Unread::NotText)
}
