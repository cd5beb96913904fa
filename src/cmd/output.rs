//! Output files: one file written safely ([`write_file`]), or a set of
//! files replaced together ([`OutputSet`]).
//!
//! A single output (`-o FILE`, `--partial FILE`):
//! - `-` is stdout;
//! - a symbolic link is followed, and the file it points to is replaced;
//! - a regular file, or a path that does not exist yet, is written to a
//!   temporary file in the same directory, synced, then renamed over the
//!   target, so a failed run leaves the previous file intact;
//! - anything else that is not a directory (a character device such as
//!   `/dev/null`, a FIFO) is opened and written directly: nothing is ever
//!   renamed over a non-regular file.
//!
//! A set of outputs (`graph`, `merge` into `--out-dir DIR`):
//! [`OutputSet::begin`] runs before the corpus is read: it creates `DIR`
//! (an error if it is not a directory), takes the lock `DIR/.gazette.lock`
//! (a second run into the same directory fails at once with a clear
//! message), removes what a killed run left behind (`DIR/.gazette-tmp-*`
//! and the `.NAME.tmpPID` files of older versions) and creates a fresh
//! temporary directory `DIR/.gazette-tmp-PID`. [`OutputSet::file`] writes
//! each output there; [`OutputSet::commit`] checks that every target can
//! be replaced (a regular file, a link to one, or nothing) and only then
//! renames the files into `DIR`. Until the commit, the previous outputs
//! are untouched; an uncommitted set removes its temporary directory when
//! dropped.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context};

/// Name of the lock file inside an output directory.
pub const LOCK_FILE: &str = ".gazette.lock";

/// Prefix of the temporary directory inside an output directory.
const TMP_PREFIX: &str = ".gazette-tmp-";

/// Outputs whose `.NAME.tmpPID` files older versions left behind.
const LEGACY_OUTPUTS: [&str; 7] = [
    "nodes.csv",
    "edges.csv",
    "relationships.csv",
    "graph.dot",
    "graph.graphml",
    "graph.gexf",
    "graph.html",
];

/// Writes one output. `path` is `-` for stdout; see the module docs for
/// links, devices and FIFOs. On any error a replaced file keeps its
/// previous content, and the error says so ("no output written to ...").
pub fn write_file(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    if path.as_os_str() == "-" {
        let stdout = io::stdout();
        let mut out = io::BufWriter::with_capacity(1 << 16, stdout.lock());
        write(&mut out)?;
        return Ok(out.flush()?);
    }
    let no_output = || format!("no output written to {}", path.display());
    match Target::of(path).with_context(no_output)? {
        Target::Direct(target) => {
            let writing = || format!("writing {}", target.display());
            let file = OpenOptions::new()
                .write(true)
                .open(&target)
                .with_context(writing)?;
            let mut out = io::BufWriter::with_capacity(1 << 16, file);
            write(&mut out).with_context(writing)?;
            out.flush().with_context(writing)?;
            Ok(())
        }
        Target::Replace(target) => {
            let dir = parent(&target);
            let tmp = dir.join(format!(
                ".{}{TMP_PREFIX}{}",
                file_name(&target),
                std::process::id()
            ));
            let result =
                write_new(&tmp, write).and_then(|_| rename(&tmp, &target));
            if result.is_err() {
                let _ = fs::remove_file(&tmp);
            }
            result.with_context(no_output)
        }
    }
}

/// What a path to write to turns out to be.
enum Target {
    /// A regular file or nothing: write beside it and rename over it.
    Replace(PathBuf),
    /// A device or FIFO: write into it.
    Direct(PathBuf),
}

impl Target {
    fn of(path: &Path) -> anyhow::Result<Target> {
        let target = follow_links(path)
            .with_context(|| format!("resolving {}", path.display()))?;
        match fs::metadata(&target) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                Ok(Target::Replace(target))
            }
            Err(e) => Err(anyhow::Error::new(e)
                .context(format!("reading {}", target.display()))),
            Ok(m) if m.is_file() => Ok(Target::Replace(target)),
            Ok(m) if m.is_dir() => {
                bail!("{}: is a directory", target.display())
            }
            Ok(_) => Ok(Target::Direct(target)),
        }
    }
}

/// Follows symbolic links from `path` to the first path that is not one
/// (which may not exist: a link to a file still to be created).
fn follow_links(path: &Path) -> io::Result<PathBuf> {
    let mut current = path.to_path_buf();
    for _ in 0..40 {
        match fs::symlink_metadata(&current) {
            Ok(m) if m.file_type().is_symlink() => {
                let target = fs::read_link(&current)?;
                current = parent(&current).join(target);
            }
            Ok(_) => return Ok(current),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return Ok(current)
            }
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::other("too many levels of symbolic links"))
}

/// The directory of `path` (`.` for a bare file name).
fn parent(path: &Path) -> &Path {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Creates `path` (a temporary file named with this process's id) and
/// writes it, synced to disk. A file already there was left by a killed
/// run that had the same process id (containers reuse small ids): no live
/// process can own it, so it is replaced.
fn write_new(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let create = || OpenOptions::new().write(true).create_new(true).open(path);
    let file = match create() {
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
            fs::remove_file(path).and_then(|_| create())
        }
        other => other,
    }
    .with_context(|| format!("creating {}", path.display()))?;
    let mut out = io::BufWriter::with_capacity(1 << 16, file);
    write(&mut out)?;
    let file = out
        .into_inner()
        .map_err(|e| e.into_error())
        .with_context(|| format!("writing {}", path.display()))?;
    file.sync_all().with_context(|| format!("writing {}", path.display()))?;
    Ok(())
}

fn rename(from: &Path, to: &Path) -> anyhow::Result<()> {
    fs::rename(from, to).with_context(|| {
        format!("renaming {} to {}", from.display(), to.display())
    })
}

/// Files written into a temporary directory and moved into the output
/// directory together (see the module docs).
pub struct OutputSet {
    dir: PathBuf,
    tmp: PathBuf,
    files: Vec<String>,
    committed: bool,
    /// Held (locked) until the set is dropped.
    _lock: File,
}

impl OutputSet {
    /// Prepares `dir` for a new set of outputs: run it before reading any
    /// input, so a bad or busy directory is reported at once.
    pub fn begin(dir: &Path) -> anyhow::Result<OutputSet> {
        if let Ok(m) = fs::metadata(dir) {
            if !m.is_dir() {
                bail!("{}: not a directory (--out-dir)", dir.display());
            }
        }
        fs::create_dir_all(dir)
            .with_context(|| format!("creating {}", dir.display()))?;
        let lock_path = dir.join(LOCK_FILE);
        let lock = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .with_context(|| format!("creating {}", lock_path.display()))?;
        match lock.try_lock() {
            Ok(()) => {}
            Err(fs::TryLockError::WouldBlock) => bail!(
                "{}: another gazette run is writing into this directory \
                 (it holds {}); wait for it or choose another --out-dir",
                dir.display(),
                lock_path.display()
            ),
            Err(fs::TryLockError::Error(e)) => {
                return Err(anyhow::Error::new(e)
                    .context(format!("locking {}", lock_path.display())))
            }
        }
        remove_leftovers(dir)?;
        let tmp = dir.join(format!("{TMP_PREFIX}{}", std::process::id()));
        fs::create_dir(&tmp)
            .with_context(|| format!("creating {}", tmp.display()))?;
        Ok(OutputSet {
            dir: dir.to_path_buf(),
            tmp,
            files: vec![],
            committed: false,
            _lock: lock,
        })
    }

    /// The output directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Writes the output `name` (a bare file name) into the set.
    pub fn file(
        &mut self,
        name: &str,
        write: impl FnOnce(&mut dyn Write) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        debug_assert!(
            !name.contains('/') && !self.files.iter().any(|f| f == name)
        );
        write_new(&self.tmp.join(name), write)?;
        self.files.push(name.to_string());
        Ok(())
    }

    /// Moves every file written into the output directory. Checks first
    /// that each target can be replaced, so a target that is a directory
    /// (or a device) leaves every previous output as it was.
    pub fn commit(mut self) -> anyhow::Result<()> {
        let mut moves = vec![];
        for name in &self.files {
            let path = self.dir.join(name);
            match Target::of(&path)? {
                Target::Replace(target) => moves.push((name, target)),
                Target::Direct(target) => bail!(
                    "{}: not a regular file; no outputs were written",
                    target.display()
                ),
            }
        }
        let mut done: Vec<&str> = vec![];
        for (name, target) in moves {
            let from = self.tmp.join(name);
            let moved = if parent(&target) == self.dir.as_path() {
                rename(&from, &target)
            } else {
                // A link out of the directory: copy beside its target,
                // then rename there.
                let dir = parent(&target);
                let tmp = dir.join(format!(
                    ".{}{TMP_PREFIX}{}",
                    file_name(&target),
                    std::process::id()
                ));
                let copied = write_new(&tmp, |out| {
                    let mut src = File::open(&from)?;
                    io::copy(&mut src, out)?;
                    Ok(())
                })
                .and_then(|_| rename(&tmp, &target));
                if copied.is_err() {
                    let _ = fs::remove_file(&tmp);
                }
                copied
            };
            if let Err(e) = moved {
                return Err(if done.is_empty() {
                    e.context("no outputs were written")
                } else {
                    e.context(format!(
                        "only {} replaced before the error",
                        done.join(", ")
                    ))
                });
            }
            done.push(name);
        }
        self.committed = true;
        let _ = fs::remove_dir_all(&self.tmp);
        if let Ok(dir) = File::open(&self.dir) {
            let _ = dir.sync_all();
        }
        Ok(())
    }
}

impl Drop for OutputSet {
    fn drop(&mut self) {
        if !self.committed {
            let _ = fs::remove_dir_all(&self.tmp);
        }
    }
}

/// Removes the temporary files of killed runs. Called with the lock held,
/// so no live run owns them.
fn remove_leftovers(dir: &Path) -> anyhow::Result<()> {
    let entries = fs::read_dir(dir)
        .with_context(|| format!("reading {}", dir.display()))?;
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let legacy = LEGACY_OUTPUTS.iter().any(|out| {
            name.strip_prefix('.')
                .and_then(|n| n.strip_prefix(out))
                .and_then(|n| n.strip_prefix(".tmp"))
                .is_some_and(|pid| {
                    !pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit())
                })
        });
        let path = entry.path();
        let removed = if name.starts_with(TMP_PREFIX) {
            match entry.file_type() {
                Ok(t) if t.is_dir() => fs::remove_dir_all(&path),
                _ => fs::remove_file(&path),
            }
        } else if legacy {
            fs::remove_file(&path)
        } else {
            continue;
        };
        removed.with_context(|| {
            format!("removing the leftover {}", path.display())
        })?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_leftover_with_this_process_id_is_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("x.csv");
        let leftover = dir
            .path()
            .join(format!(".x.csv{TMP_PREFIX}{}", std::process::id()));
        fs::write(&leftover, "left by a killed run").unwrap();
        write_file(&target, |out| Ok(out.write_all(b"new")?)).unwrap();
        assert_eq!(fs::read_to_string(&target).unwrap(), "new");
        assert_eq!(names(dir.path()), ["x.csv"]);
    }

    #[test]
    fn an_uncommitted_set_leaves_nothing_and_a_committed_one_everything() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        {
            let mut set = OutputSet::begin(&out).unwrap();
            set.file("a.csv", |w| Ok(w.write_all(b"a")?)).unwrap();
            // Dropped without a commit: an error happened after a.csv.
        }
        assert_eq!(names(&out), [LOCK_FILE]);
        // A link out of the directory: its target is replaced there.
        let elsewhere = dir.path().join("elsewhere.csv");
        fs::write(&elsewhere, "old").unwrap();
        std::os::unix::fs::symlink(&elsewhere, out.join("b.csv")).unwrap();
        let mut set = OutputSet::begin(&out).unwrap();
        set.file("a.csv", |w| Ok(w.write_all(b"a")?)).unwrap();
        set.file("b.csv", |w| Ok(w.write_all(b"b")?)).unwrap();
        set.commit().unwrap();
        assert_eq!(names(&out), [LOCK_FILE, "a.csv", "b.csv"]);
        assert!(fs::symlink_metadata(out.join("b.csv"))
            .unwrap()
            .file_type()
            .is_symlink());
        assert_eq!(fs::read_to_string(&elsewhere).unwrap(), "b");
        assert_eq!(names(dir.path()), ["elsewhere.csv", "out"]);
    }
}
