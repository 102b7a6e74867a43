"""Where the palette's "Screenshot" goes: the Downloads folder when there is one, else the
current folder, written atomically and never over an existing file."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from tui.analysis.export import write_atomic


def downloads_folder() -> Path:
    """The user's Downloads folder (it may not exist)."""
    try:
        from platformdirs import user_downloads_path  # comes with Textual

        return user_downloads_path()
    except (ImportError, OSError, RuntimeError):
        return Path.home() / "Downloads"


def screenshot_folder() -> Path:
    """The user's Downloads folder if it exists, else the current folder."""
    downloads = downloads_folder()
    return downloads if downloads.is_dir() else Path.cwd()


def screenshot_name(now: datetime | None = None) -> str:
    """``parallax-YYYY-MM-DD_HH-MM-SS.svg``."""
    return f"parallax-{(now or datetime.now()):%Y-%m-%d_%H-%M-%S}.svg"


def free_path(folder: Path, name: str) -> Path:
    """``folder/name``, or ``folder/stem-2.suffix`` … when that file exists already."""
    path = folder / name
    number = 2
    while path.exists():
        path = folder / f"{Path(name).stem}-{number}{Path(name).suffix}"
        number += 1
    return path


def save_svg(svg: str, name: str, folder: Path | None = None) -> tuple[Path | None, str]:
    """Write ``svg``; return the path (None on failure) and a one-line message to show."""
    target_folder = screenshot_folder() if folder is None else folder
    target = free_path(target_folder, name)
    try:
        write_atomic(target, svg)
    except OSError as error:
        reason = error.strerror or type(error).__name__
        return None, f"Could not save the screenshot in {target_folder}: {reason}"
    return target, f"Screenshot saved to {target}"
