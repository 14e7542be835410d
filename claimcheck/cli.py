"""Command line: a thin typer app over claimcheck.pipeline; data on stdout, problems on stderr."""

from __future__ import annotations

import dataclasses
import io
import os
import re
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Annotated, Any, NoReturn, TextIO

import typer
from typer.core import TyperCommand, TyperGroup

from claimcheck._version import __version__
from claimcheck.models import Problem
from claimcheck.render import COMPARE_FORMATS, FORMATS
from claimcheck.sources import DEFAULT_MAX_SIZE, DEFAULT_TIMEOUT

PROG = "claimcheck"

# Exit codes (README, "Exit codes").
EXIT_OK = 0  # success; warnings allowed
EXIT_CONFLICT = 1  # reserved: `compare --fail-on-conflict` found a conflict
EXIT_INPUT = 2  # usage or input error: bad option, missing path, no sources, bad lexicon
EXIT_OUTPUT = 3  # the output file could not be written (a closed stdout is not an error)
EXIT_INTERNAL = 4  # a bug: an unexpected exception
EXIT_INTERRUPTED = 130  # Ctrl-C

DEBUG_ENV = "CLAIMCHECK_DEBUG"  # set to 1 to get tracebacks instead of one-line internal errors


class Failure(Exception):
    """Stop the command: print ``claimcheck: error: <message>`` and exit with ``code``."""

    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code


def say(level: str, message: str) -> None:
    """One line on stderr: ``claimcheck: <level>: <message>``."""
    print(f"{PROG}: {level}: {' '.join(message.split())}", file=sys.stderr)


# --- plain option values without pydantic ---------------------------------------------------
# typer (0.29 on) converts every option's value, the defaults included, with a pydantic
# TypeAdapter: importing pydantic and building the adapters costs about 80 ms of CPU, a fifth
# of `claimcheck compare sources/`. The plain values (a string, a list of strings, a whole
# number or a float within its bounds, a value our own parser takes) are converted here as
# typer would; anything else, every value typer would reject included, goes to typer's own
# conversion, which gives its usual message. This leans on typer's private coercion layer,
# so when that is not there (another typer) typer does it all, as before.
try:
    from typer._coercion import RuntimeParam as _RuntimeParam
    from typer._coercion import build_runtime_param as _build_runtime_param
except ImportError:  # pragma: no cover - a typer without that layer
    _RuntimeParam = None  # type: ignore[assignment,misc]

_NOT_PLAIN = object()
_WHOLE = re.compile(r"[0-9]+")
_DECIMAL = re.compile(r"[0-9]+(?:\.[0-9]+)?")


def _within(value: Any, info: Any) -> Any:
    low, high = getattr(info, "min", None), getattr(info, "max", None)
    if (low is not None and value < low) or (high is not None and value > high):
        return _NOT_PLAIN  # typer clamps or rejects it
    return value


def _plain_value(annotation: Any, info: Any, value: Any) -> Any:
    """``value`` converted as typer converts it for ``annotation``, or ``_NOT_PLAIN``."""
    kind = type(value)
    if getattr(annotation, "__origin__", None) is list:
        if annotation.__args__ == (str,) and kind in (list, tuple) and getattr(info, "parser", None) is None:
            if all(type(v) is str for v in value):
                return list(value)
        return _NOT_PLAIN
    if getattr(info, "parser", None) is not None:
        try:
            return info.parser(value)
        except Exception:  # typer's own conversion says why
            return _NOT_PLAIN
    if annotation is str:
        return value if kind is str else _NOT_PLAIN
    if annotation is int:
        if kind is str and value.isascii() and _WHOLE.fullmatch(value):
            return _within(int(value), info)
        return _within(value, info) if kind is int else _NOT_PLAIN
    if annotation is float:
        if kind is str and value.isascii() and _DECIMAL.fullmatch(value):
            return _within(float(value), info)
        return _within(value, info) if kind is float else _NOT_PLAIN
    return _NOT_PLAIN


if _RuntimeParam is not None:

    @dataclasses.dataclass(frozen=True)
    class _PlainParam(_RuntimeParam):  # type: ignore[misc,valid-type]
        """typer's conversion of one parameter, done here for the plain values."""

        descriptor: Any = None

        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            done = _plain_value(self.annotation, self.parameter_info, value)
            if done is not _NOT_PLAIN:
                return done
            real = _build_runtime_param(self.descriptor)
            return real._coerce_value(value, param=param, ctx=ctx)


def _plain_coercion(params: Sequence[Any]) -> None:
    """Let the parameters convert their plain values without pydantic (see above)."""
    if _RuntimeParam is None:
        return
    for param in params:
        descriptor = getattr(param, "type_descriptor", None)
        if (
            descriptor is None
            or getattr(param, "_runtime_param", True) is not None
            or getattr(descriptor, "file_annotation", None) is not None
        ):
            continue
        try:
            param._runtime_param = _PlainParam(
                parameter_info=descriptor.parameter_info,
                annotation=descriptor.annotation,
                descriptor=descriptor,
            )
        except (AttributeError, TypeError):  # pragma: no cover - another typer
            return


class _PlainHelp:
    """Help that shows values and examples, not Python types, and arguments converted without
    pydantic (mixed into the group and each command)."""

    def format_help(self, ctx: Any, formatter: Any) -> None:
        _plain_types(self.get_params(ctx))  # type: ignore[attr-defined]
        super().format_help(ctx, formatter)  # type: ignore[misc]

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        _plain_coercion(self.get_params(ctx))  # type: ignore[attr-defined]
        return super().parse_args(ctx, args)  # type: ignore[misc,no-any-return]


class _Group(_PlainHelp, TyperGroup):
    """Runs the commands with every failure turned into one stderr line and an exit code."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:  # typer would end silently: say why the run stopped
            raise Failure(EXIT_INTERRUPTED, "interrupted") from None

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        code = self._run(args, prog_name or PROG, complete_var, extra)
        if not standalone_mode:
            return code
        if _KEPT and sys.stdout is sys.__stdout__ and sys.stderr is sys.__stderr__:
            # a large run holds 100,000s of objects: freeing them one by one at exit takes
            # about 0.7 s for 10,000 reports, so leave the memory to the OS once all is written
            try:
                sys.stdout.flush()
                sys.stderr.flush()
            except (OSError, ValueError):
                pass  # a closed or broken pipe: the exit code says what happened
            os._exit(code)
        sys.exit(code)

    def _run(self, args: Any, prog_name: str, complete_var: Any, extra: Any) -> int:
        try:
            rv = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
            return rv if isinstance(rv, int) else EXIT_OK
        except Failure as exc:
            say("error", str(exc))
            return exc.code
        except typer.TyperException as exc:  # usage errors from option parsing
            ctx = getattr(exc, "ctx", None)
            hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
            say("error", exc.format_message() + hint)
            return EXIT_INPUT
        except (typer.Abort, KeyboardInterrupt):
            say("error", "interrupted")
            return EXIT_INTERRUPTED
        except BrokenPipeError:  # e.g. `claimcheck extract | head`: the reader has all it
            _silence_stdout()  # wanted, so stop quietly, as rg, jq and git do
            return EXIT_OK
        except Exception as exc:
            if os.environ.get(DEBUG_ENV):
                raise
            say("internal error", f"{type(exc).__name__}: {exc} (set {DEBUG_ENV}=1 for details)")
            return EXIT_INTERNAL


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass


app = typer.Typer(
    cls=_Group,
    name=PROG,
    help="Find, attribute and compare numeric claims across news reports of one event.",
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _plain_types(params: Sequence[Any]) -> None:
    """Help that names values, not Python types: no ``<bool>`` after a flag and no
    ``<list[str]>`` after PATHS (what typer shows there depends on its release)."""
    for param in params:
        if getattr(param, "is_flag", False):
            param.metavar = ""
        elif param.param_type_name == "argument":
            param.display_type_rich = lambda ctx: ""


class _Command(_PlainHelp, TyperCommand):
    """A command whose help shows values and examples, not Python types."""


# Output formats: the names each command writes (from the renderers), and the ones an
# output file's extension stands for when -f is not given.
EXTENSION_FORMATS = {
    ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv",
    ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html",
}  # fmt: skip


def pick_format(fmt: str | None, output: str | None, formats: Sequence[str]) -> str:
    """The format to write: ``-f`` when given, else the one the ``-o`` file's extension
    names (``report.json`` -> json), else a table.

    >>> pick_format(None, "out/report.JSON", ("table", "json"))
    'json'
    >>> pick_format("table", "report.json", ("table", "json"))
    'table'
    >>> pick_format(None, "report.txt", ("table", "json"))
    'table'
    """
    choices = ", ".join(formats)
    if fmt is not None:
        if fmt.lower() not in formats:
            raise Failure(EXIT_INPUT, f"--format {fmt!r} is not one of {choices}")
        return fmt.lower()
    if output and output != "-":
        named = EXTENSION_FORMATS.get(Path(output).suffix.lower())
        if named is not None:
            if named not in formats:
                raise Failure(EXIT_INPUT, f"{output}: cannot write {named} here; choose "
                              f"-f {'|'.join(formats)}")  # fmt: skip
            return named
    return "table"


COLORS = ("auto", "always", "never")


def pick_color(color: str) -> str:
    """``--color``: auto, always or never (any case)."""
    if color.lower() not in COLORS:
        raise Failure(EXIT_INPUT, f"--color {color!r} is not one of {', '.join(COLORS)}")
    return color.lower()


# Options shared by the commands -------------------------------------------------------------
PathsArg = Annotated[
    list[str] | None,
    typer.Argument(
        help="Report files (text, Markdown, saved web pages), directories (their .txt, .md, "
        ".html and .htm files), http(s) URLs, or - for stdin. Default: ./sources",
        show_default=False,
        metavar="PATHS",
    ),
]
FORMAT_FLAGS = ("--format", "-f")
_FORMAT_HELP = "Output format (default: the one the -o file's extension names, else table)."
FormatOpt = Annotated[
    str | None,
    typer.Option(*FORMAT_FLAGS, help=_FORMAT_HELP, metavar="|".join(FORMATS),
                 show_default=False),
]  # fmt: skip
CompareFormatOpt = Annotated[
    str | None,
    typer.Option(*FORMAT_FLAGS, help=_FORMAT_HELP, metavar="|".join(COMPARE_FORMATS),
                 show_default=False),
]  # fmt: skip
OutputOpt = Annotated[
    str | None,
    typer.Option("--output", "-o", help="Write to FILE instead of stdout (- for stdout).",
                 metavar="FILE", show_default=False),
]  # fmt: skip
LexiconOpt = Annotated[
    str | None,
    typer.Option("--lexicon", help="JSON word lists merged over the bundled lexicon.",
                 metavar="FILE", show_default=False),
]  # fmt: skip
ManifestOpt = Annotated[
    str | None,
    typer.Option("--manifest", help="A CSV list of sources: a path or url column, and "
                 "optionally id, outlet, date, title (they override the source's own).",
                 metavar="CSV", show_default=False),
]  # fmt: skip

ColorOpt = Annotated[
    str,
    typer.Option("--color", metavar="|".join(COLORS), show_default="auto",
                 help="Colour the table: auto (on a terminal, unless NO_COLOR is set), always "
                 "(also into a pipe, e.g. less -R), never."),
]  # fmt: skip
QuietOpt = Annotated[
    bool,
    typer.Option("--quiet", "-q", help="No progress bar and no warnings on stderr (errors "
                 "still), and no count line or legend under the table."),
]  # fmt: skip
PagerOpt = Annotated[
    bool,
    typer.Option("--pager/--no-pager", show_default=False,
                 help="On a terminal, show a table longer than the screen in a pager, in colour "
                 "($PAGER, else less -R). Default: --pager."),
]  # fmt: skip

_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*(?:([kmg])(i?)b?|b)?\s*", re.IGNORECASE)
_SCALE = {"k": 1, "m": 2, "g": 3}


def parse_size(text: str | int) -> int:
    """Bytes from ``10MB``, ``500k``, ``2GiB`` or ``1000000`` (kB/MB/GB are powers of 1000,
    KiB/MiB/GiB of 1024)."""
    if isinstance(text, int):  # the default
        return text
    m = _SIZE.fullmatch(text)
    if not m:
        raise typer.BadParameter(f"{text!r} is not a size such as 10MB, 500kB or 2000000")
    number, unit, binary = m.groups()
    size = int(float(number) * ((1024 if binary else 1000) ** _SCALE[unit.lower()] if unit else 1))
    if size < 1:
        raise typer.BadParameter("the size cap must be at least 1 byte")
    return size


MaxSizeOpt = Annotated[
    int,
    typer.Option("--max-size", parser=parse_size, metavar="SIZE",
                 help="Skip inputs larger than this (e.g. 10MB, 500kB, 2GiB).",
                 show_default="10MB"),
]  # fmt: skip
JobsOpt = Annotated[
    int | None,
    typer.Option("--jobs", "-j", min=1, metavar="N", show_default="every core for large inputs",
                 help="Parse (and, for large compare runs, evaluate groups) with N processes (1: no extra processes)."),
]  # fmt: skip
ExplainOpt = Annotated[
    bool,
    typer.Option("--explain",
                 help="Give each claim the ids of the rules that set its subject, measure, "
                      "qualifier, scope and claimant (a 'rules' field; a line in the table)."),
]  # fmt: skip
DaskOpt = Annotated[
    str | None,
    typer.Option("--dask", metavar="ADDRESS", show_default=False,
                 help="Run on Dask: 'local' starts a cluster of this machine's cores (--jobs "
                 "sets how many workers), tcp://HOST:PORT uses a running scheduler. Needs "
                 "pip install 'claimcheck[dask]'."),
]  # fmt: skip
TimeoutOpt = Annotated[
    float,
    typer.Option("--timeout", min=0.1, metavar="SECONDS",
                 help="Give up on a URL after this many seconds.", show_default=True),
]  # fmt: skip


def _version(value: bool) -> None:
    if value:
        print(f"{PROG} {__version__}")
        raise typer.Exit(EXIT_OK)


@app.callback(invoke_without_command=True)
def _root(
    ctx: typer.Context,
    version: Annotated[
        bool,
        typer.Option("--version", help="Show the version and exit.", callback=_version,
                     is_eager=True),
    ] = False,
) -> None:  # fmt: skip
    if ctx.invoked_subcommand is None:
        print(ctx.get_help())
        raise typer.Exit(EXIT_OK)


# Helpers for commands -----------------------------------------------------------------------
def report_problems(problems: Sequence[Problem]) -> None:
    for problem in problems:
        say(problem.level, f"{problem.path}: {problem.message}")


def input_exit_code(problems: Sequence[Problem]) -> int:
    """EXIT_INTERNAL if a parser failed, else EXIT_INPUT if any input was in error, else 0."""
    from claimcheck.pipeline import is_internal

    if any(is_internal(p) for p in problems):
        return EXIT_INTERNAL
    if any(p.level == "error" for p in problems):
        return EXIT_INPUT
    return EXIT_OK


def write_output(output: str | None, write: Callable[[TextIO], None]) -> None:
    """Write with ``write`` to stdout, or render fully and then write the file ``output``."""
    from claimcheck.pipeline import paused_gc

    with paused_gc():  # rendering makes a dict per claim: no full collections over the report
        _write_output(output, write)


def _write_output(output: str | None, write: Callable[[TextIO], None]) -> None:
    if output is None or output == "-":
        try:
            write(sys.stdout)
            sys.stdout.flush()
        except BrokenPipeError:  # `claimcheck compare | head`: the reader stopped reading;
            _silence_stdout()  # nothing on stderr, and the run's own exit code (0, or 1
        return  # for --fail-on-conflict, 2 for an input error) is kept, as `set -o pipefail` needs
    # a file is written to a temporary file beside it and renamed when complete: a failed run
    # never leaves half a report under the name asked for, and nothing is held in memory;
    # a device or a pipe (/dev/null, /dev/stdout) is written straight through
    target = Path(output)
    tmp: Path | None = None
    try:
        if target.exists() and not target.is_file():
            with open(target, "w", encoding="utf-8", newline="") as stream:
                write(stream)
            return
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        tmp = Path(name)
        with open(fd, "w", encoding="utf-8", newline="") as stream:
            write(stream)
        mode = target.stat().st_mode & 0o777 if target.exists() else 0o666 & ~_umask()
        os.chmod(tmp, mode)
        os.replace(tmp, target)
        tmp = None
    except OSError as exc:
        from claimcheck.sources import os_reason

        raise Failure(EXIT_OUTPUT, f"{output}: cannot write: {os_reason(exc)}") from exc
    finally:
        if tmp is not None:
            tmp.unlink(missing_ok=True)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@dataclasses.dataclass(frozen=True)
class InputOptions:
    """How the inputs are read: the options every reading command shares."""

    lexicon: str | None = None
    manifest: str | None = None
    max_size: int = DEFAULT_MAX_SIZE
    timeout: float = DEFAULT_TIMEOUT
    jobs: int | None = None  # None: every core for large inputs
    explain: bool = False  # Claim.rules filled (--explain)
    quiet: bool = False  # no progress bar, no warning lines (errors still)


def stderr_is_terminal() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


class ProgressBar:
    """A rich progress bar on stderr while the inputs are read, on a terminal only (not a
    dumb one); in a pipe or a file nothing is drawn. Called as the library's
    ``progress(done, total, name)``."""

    def __init__(self, enabled: bool = True) -> None:
        self._progress: Any = None
        self._task: Any = None
        self._enabled = enabled

    def __enter__(self) -> ProgressBar:
        if self._enabled and stderr_is_terminal() and os.environ.get("TERM") not in ("dumb", "unknown"):
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeRemainingColumn,
            )

            console = Console(file=sys.stderr, force_terminal=True)
            self._progress = Progress(
                TextColumn("reading"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                TextColumn("[dim]{task.description}", markup=True),
                console=console, transient=True,
            )  # fmt: skip
            self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()

    def __call__(self, done: int, total: int, name: str) -> None:
        if self._progress is None:
            return
        from rich.markup import escape

        label = escape(name if len(name) <= 40 else "…" + name[-39:])
        if self._task is None:
            self._task = self._progress.add_task(label, total=total)
        self._progress.update(self._task, completed=done, total=total, description=label)


def read_inputs(
    stage: Callable[..., Any], paths: Sequence[str] | None, options: InputOptions | str | None
) -> Any:
    """Run a pipeline ``stage`` (extract or compare) on ``paths``, report its problems on
    stderr, and stop with exit 2 on a bad lexicon or when no source could be read."""
    from claimcheck.pipeline import InputError

    if not isinstance(options, InputOptions):  # a lexicon path alone
        options = InputOptions(lexicon=options)
    try:
        with ProgressBar(enabled=not options.quiet) as bar:
            result = stage(
                paths or [], stdin=sys.stdin, lexicon_path=options.lexicon,
                manifest=options.manifest, max_size=options.max_size, timeout=options.timeout,
                progress=bar, jobs=options.jobs, **({"explain": True} if options.explain else {}),
            )  # fmt: skip
    except InputError as exc:
        raise Failure(EXIT_INPUT, str(exc)) from exc
    report_problems([p for p in result.problems if not (options.quiet and p.level == "warning")])
    if not result.sources:
        raise Failure(EXIT_INPUT, "no sources to read")
    _KEPT.append(result)  # freed by the OS at exit (see _Group.main)
    return result


def on_dask(stage: Callable[..., Any], name: str, dask: str | None, **options: Any) -> Any:
    """The pipeline stage ``name`` with ``options``: claimcheck.pipeline's, or on the Dask
    cluster at ``dask`` (claimcheck.dask_'s, with --jobs as the local cluster's workers)."""
    import functools

    if dask is None:
        return functools.partial(stage, **options) if options else stage
    from claimcheck import dask_

    def run(paths: Sequence[str], **kwargs: Any) -> Any:
        return getattr(dask_, name)(paths, dask=dask, workers=kwargs.get("jobs"),
                                    **options, **kwargs)  # fmt: skip

    return run


_KEPT: list[object] = []  # results left for the OS to free: object by object takes seconds


def write_table(
    output: str | None, write: Callable[[TextIO, str], None], color: str, pager: bool,
    table: bool,
) -> None:  # fmt: skip
    """Write with ``write(stream, colour)``. On a terminal, a ``table`` longer than the screen
    goes to a pager, in colour unless asked otherwise (NO_COLOR, ``--color never``)."""
    from claimcheck.pager import page, pager_command, terminal_height, wants_pager

    to_stdout = output is None or output == "-"
    height = terminal_height(sys.stdout) if pager and table and to_stdout else None
    command = pager_command() if height is not None else None
    if command is None:
        write_output(output, lambda stream: write(stream, color))
        return
    shown = color
    if shown == "auto":  # rendered into a buffer for the pager: colour as on the terminal
        shown = "never" if os.environ.get("NO_COLOR") else "always"
    buffer = io.StringIO()
    write(buffer, shown)
    text = buffer.getvalue()
    if wants_pager(text, height, command) and page(text, command):
        return
    write_output(output, lambda stream: stream.write(text))


# Commands -----------------------------------------------------------------------------------
@app.command(cls=_Command, epilog="""Examples:

claimcheck extract sources/
claimcheck extract report.html -f jsonl | jq -r .claimant
curl -s https://example.org/story | claimcheck extract - -o claims.csv""")
def extract(
    paths: PathsArg = None,
    fmt: FormatOpt = None,
    output: OutputOpt = None,
    lexicon: LexiconOpt = None,
    manifest: ManifestOpt = None,
    max_size: MaxSizeOpt = DEFAULT_MAX_SIZE,
    timeout: TimeoutOpt = DEFAULT_TIMEOUT,
    jobs: JobsOpt = None,
    color: ColorOpt = "auto",
    quiet: QuietOpt = False,
    pager: PagerOpt = True,
    explain: ExplainOpt = False,
    dask: DaskOpt = None,
) -> None:
    """List the numeric claims in each report, one per figure, with who makes it."""
    from claimcheck import pipeline, render
    from claimcheck.render.common import TableOptions

    chosen = pick_format(fmt, output, FORMATS)
    options = InputOptions(lexicon, manifest, max_size, timeout, jobs, explain, quiet)
    result = read_inputs(on_dask(pipeline.extract, "extract", dask), paths, options)
    write_table(
        output,
        lambda stream, colour: render.write_extract(
            result, chosen, stream, options=TableOptions(color=colour, quiet=quiet)
        ),
        pick_color(color), pager, chosen == "table",
    )  # fmt: skip
    raise typer.Exit(input_exit_code(result.problems))


def _only(flag: str, metavar: str, what: str, example: str) -> Any:
    """A repeatable filter option (``--measure killed --measure injured``)."""
    return typer.Option(
        flag,
        metavar=metavar,
        show_default=False,
        help=f"Show only this {what}; repeat it or give a comma-separated list (e.g. {example}).",
    )


def _values(options: Sequence[str] | None) -> list[str]:
    """Repeated options, each of which may also hold a comma-separated list."""
    return [v.strip() for option in options or () for v in option.split(",") if v.strip()]


def filter_terms(kind: str, words: Sequence[str], lexicon: str | None) -> list[str]:
    """The measures or subjects that ``--measure``/``--subject`` words name (exit 2 when a
    word names none: a typo must not pass a CI gate)."""
    from claimcheck import pipeline

    try:
        return pipeline.filter_terms(kind, words, pipeline.load_lexicon(lexicon))
    except pipeline.InputError as exc:
        raise Failure(EXIT_INPUT, str(exc)) from exc
    except ValueError as exc:
        raise Failure(EXIT_INPUT, f"--{kind} {exc}") from exc


def _warn_unmatched(flag: str, wanted: Sequence[str], found: set[str]) -> None:
    for value in wanted:
        if value not in found:
            known = ", ".join(sorted(found)) or "none"
            say("warning", f"{flag} {value} matches no quantity (found: {known})")


@app.command(cls=_Command, epilog="""Measures: arrested, killed, injured, participants,
deployed, other (or a word for one: deaths, crowd, turnout, detainees, …). Subjects:
protesters, security, journalists, people (or a word for one: police, troops, marchers, …).
A --lexicon file adds words to both.

Examples:

claimcheck compare sources/
claimcheck compare sources/ --measure deaths --only-conflicts
claimcheck compare sources/ -o report.json  (the format from the extension)
claimcheck compare sources/ --fail-on-conflict -f jsonl | jq .status""")
def compare(
    paths: PathsArg = None,
    fmt: CompareFormatOpt = None,
    output: OutputOpt = None,
    lexicon: LexiconOpt = None,
    measure: Annotated[list[str] | None, _only("--measure", "M", "measure", "killed")] = None,
    subject: Annotated[list[str] | None, _only("--subject", "S", "subject", "security")] = None,
    only_conflicts: Annotated[
        bool, typer.Option("--only-conflicts", help="Show only quantities in conflict.")
    ] = False,
    min_severity: Annotated[
        float | None,
        typer.Option("--min-severity", min=0, metavar="X", show_default=False,
                     help="Show only conflicts at least this severe (highest low / lowest high)."),
    ] = None,
    fail_on_conflict: Annotated[
        bool, typer.Option("--fail-on-conflict", help="Exit 1 when a conflict is shown.")
    ] = False,
    limit: Annotated[
        int | None,
        typer.Option("--limit", min=1, metavar="N", show_default=False,
                     help="Show only the N most contested quantities (after the filters)."),
    ] = None,
    details: Annotated[
        bool,
        typer.Option("--details", help="Table: every claim side by side, with its sentence, "
                     "range strip, date and scope, instead of a block per quantity."),
    ] = False,
    manifest: ManifestOpt = None,
    max_size: MaxSizeOpt = DEFAULT_MAX_SIZE,
    timeout: TimeoutOpt = DEFAULT_TIMEOUT,
    jobs: JobsOpt = None,
    color: ColorOpt = "auto",
    quiet: QuietOpt = False,
    pager: PagerOpt = True,
    explain: ExplainOpt = False,
    event: Annotated[
        str | None,
        typer.Option("--event", metavar="ID", show_default=False,
                     help="Compare only the reports of this event (an id from `claimcheck events`)."),
    ] = None,
    one_event: Annotated[
        bool, typer.Option("--one-event", help="Take the input as one event: do not sort it into events.")
    ] = False,
    dask: DaskOpt = None,
) -> None:  # fmt: skip
    """Align the claims about each quantity across reports and show where figures disagree."""
    from claimcheck import pipeline, render
    from claimcheck.render.common import TableOptions

    if event is not None and one_event:
        raise Failure(EXIT_INPUT, "--event and --one-event cannot be used together")
    chosen = pick_format(fmt, output, COMPARE_FORMATS)
    colour_choice = pick_color(color)
    measures = filter_terms("measure", _values(measure), lexicon)
    subjects = filter_terms("subject", _values(subject), lexicon)
    options = InputOptions(lexicon, manifest, max_size, timeout, jobs, explain, quiet)
    stage = on_dask(pipeline.compare, "compare", dask, event=event, split=not one_event)
    report = read_inputs(stage, paths, options)
    if len(report.events) > 1 and not quiet:
        say("note", f"the {len(report.sources)} reports are about {len(report.events)} events; "
            "each is compared on its own (`claimcheck events` lists them, --event ID picks one, "
            "--one-event compares them all together)")  # fmt: skip
    if not quiet:  # -q: no warnings
        _warn_unmatched("--measure", measures, {g.measure for g in report.groups})
        _warn_unmatched(
            "--subject", subjects, {c.subject for g in report.groups for c in g.claims}
            | {g.subject for g in report.groups}
        )  # fmt: skip
    groups = pipeline.select(
        report.groups,
        measures=measures,
        subjects=subjects,
        only_conflicts=only_conflicts,
        min_severity=min_severity,
    )
    omitted = max(0, len(groups) - limit) if limit is not None else 0
    groups = groups[:limit] if limit is not None else groups
    shown = dataclasses.replace(report, groups=tuple(groups))
    names = None
    if chosen == "table" and not (details or explain):  # one name per claimant, as the matcher saw them:
        from claimcheck.render.summary import canonical_names  # before the filters

        names = canonical_names(report.groups)
    write_table(
        output,
        lambda stream, colour: render.write_compare(
            shown, chosen, stream,
            options=TableOptions(color=colour, details=details or explain, explain=explain,
                                 quiet=quiet, omitted=omitted, names=names),
        ),
        colour_choice, pager, chosen == "table",
    )  # fmt: skip
    code = input_exit_code(report.problems)
    if code == EXIT_OK and fail_on_conflict and any(g.status == "conflict" for g in groups):
        code = EXIT_CONFLICT
    raise typer.Exit(code)


@app.command("sources", cls=_Command, epilog="""Examples:

claimcheck sources sources/
claimcheck sources --manifest feed.csv -f json""")
def sources_(
    paths: PathsArg = None,
    fmt: FormatOpt = None,
    output: OutputOpt = None,
    show_text: Annotated[
        bool, typer.Option("--show-text", help="Include the text each source's offsets index.")
    ] = False,
    lexicon: LexiconOpt = None,
    manifest: ManifestOpt = None,
    max_size: MaxSizeOpt = DEFAULT_MAX_SIZE,
    timeout: TimeoutOpt = DEFAULT_TIMEOUT,
    jobs: JobsOpt = None,
    color: ColorOpt = "auto",
    quiet: QuietOpt = False,
    pager: PagerOpt = True,
) -> None:
    """List the sources that would be read: ids, dates, outlets, sizes and claim counts."""
    from claimcheck import pipeline
    from claimcheck.render.common import TableOptions
    from claimcheck.render.listing import LISTING_FORMATS, write_sources

    chosen = pick_format(fmt, output, LISTING_FORMATS)
    options = InputOptions(lexicon, manifest, max_size, timeout, jobs, quiet=quiet)
    result = read_inputs(pipeline.extract, paths, options)
    write_table(
        output,
        lambda stream, colour: write_sources(
            result, chosen, stream, show_text=show_text,
            options=TableOptions(color=colour, quiet=quiet),
        ),
        pick_color(color), pager, chosen == "table",
    )  # fmt: skip
    raise typer.Exit(input_exit_code(result.problems))


@app.command(cls=_Command, epilog="""Kinds: all (default), compare, extract, sources (a -f json
document), group, claim, source (one line of compare, extract, sources -f jsonl).

Examples:

claimcheck schema > claimcheck.schema.json
claimcheck schema compare -o compare.schema.json""")
def schema(
    kind: Annotated[
        str,
        typer.Argument(help="What to describe: all, compare, extract, sources, group, claim "
                       "or source.", metavar="KIND", show_default=False),
    ] = "all",
    output: OutputOpt = None,
) -> None:  # fmt: skip
    """Print the JSON Schema (draft 2020-12) that the JSON and JSONL output follows."""
    from claimcheck.render.json_ import dumps
    from claimcheck.render.schema import KINDS, load_schema

    if kind.lower() not in KINDS:
        raise Failure(EXIT_INPUT, f"schema {kind!r} is not one of {', '.join(KINDS)}")
    document = load_schema(kind.lower())
    write_output(output, lambda stream: stream.write(dumps(document)))


@app.command("events", cls=_Command, epilog="""Examples:

claimcheck events feed/
claimcheck events feed/ -f json | jq '.events[] | {id, label}'""")
def events_(
    paths: PathsArg = None,
    fmt: FormatOpt = None,
    output: OutputOpt = None,
    manifest: ManifestOpt = None,
    max_size: MaxSizeOpt = DEFAULT_MAX_SIZE,
    timeout: TimeoutOpt = DEFAULT_TIMEOUT,
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", min=1, metavar="N", show_default=False,
                     help="With --dask local: the cluster's workers (default: every core)."),
    ] = None,
    dask: DaskOpt = None,
) -> None:  # fmt: skip
    """Sort the reports into the events they are about (dates, shared places and names, text)."""
    from claimcheck import pipeline
    from claimcheck.render.events import FORMATS as EVENTS_FORMATS
    from claimcheck.render.events import write_events

    chosen = pick_format(fmt, output, EVENTS_FORMATS)
    options = InputOptions(None, manifest, max_size, timeout, jobs)
    result = read_inputs(on_dask(pipeline.events, "events", dask), paths, options)
    write_output(output, lambda stream: write_events(result, chosen, stream))
    raise typer.Exit(input_exit_code(result.problems))


def main() -> NoReturn:
    """Console-script entry point."""
    app(prog_name=PROG)
    raise SystemExit(EXIT_OK)  # not reached: the app exits
