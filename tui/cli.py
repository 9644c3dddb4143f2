"""The ``kamerboek`` command line.

Every failure becomes one line on stderr ("kamerboek: PAD: reden") and a non-zero exit before
Textual is ever started; a traceback reaching a user is a bug. Exit codes: 0 success, 1 some
input failed (the rest was still done), 2 usage or store errors.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ..store import library as lib
from ..store.jsonview import document_json, question_json
from . import text as T

EXIT_OK, EXIT_INPUT, EXIT_ERROR = 0, 1, 2


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("kamerboek")
    except PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        return "0+unknown"


def _err(message: str) -> None:
    print(f"kamerboek: {message}", file=sys.stderr)


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _open(args: argparse.Namespace) -> lib.Library:
    return lib.Library(args.db, wait=args.wait)


# --------------------------------------------------------------------------- commands


def cmd_parse(args: argparse.Namespace) -> int:
    out: list[dict[str, Any]] = []
    failed = 0
    for path in lib.iter_import_files(args.paths):
        try:
            doc = lib.parse_file(path)
        except (lib.ReadError, lib.ParseError) as exc:
            _err(str(exc) if isinstance(exc, lib.ReadError) else f"{path}: {exc.reason}")
            failed += 1
            continue
        out.append(document_json(doc, file=str(path)))
    if args.json:
        _print_json(out)
    else:
        for d in out:
            c = d["counts"]
            print(
                f"{d['file']}: {d['title'] or '—'} · {', '.join(d['kamerstuk']) or '—'} · "
                f"{d['date'] or '—'} · {len(d['questions'])} vragen "
                f"({c['unanswered']} onbeantwoord, {c['deferred']} doorgeschoven, {c['referred']} verwijzend)"
            )
    return EXIT_INPUT if failed else EXIT_OK


def _progress_bar(total: int) -> tuple[Callable[[int, int, Path], None], Callable[[], None]]:
    """A progress bar on stderr for many files; silent when not a terminal or few files."""
    if total < 5 or not sys.stderr.isatty():
        return (lambda i, n, p: None), (lambda: None)
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    progress = Progress(
        TextColumn(T.IMPORT_PROGRESS),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        TextColumn("{task.fields[name]}", markup=False),
        console=Console(stderr=True),
        transient=True,
    )
    task = progress.add_task("import", total=total, name="")
    progress.start()

    def update(i: int, n: int, path: Path) -> None:
        progress.update(task, completed=i, name=path.name[:40])

    return update, progress.stop


def cmd_import(args: argparse.Namespace) -> int:
    library = _open(args)
    files = list(lib.iter_import_files(args.paths))
    update, stop = _progress_bar(len(files))
    try:
        report = library.import_paths(files, progress=update, on_wait=lambda m: _err(m))
    finally:
        stop()
    for path, reason in report.failed:
        _err(f"{path}: {reason}")
    print(T.import_summary(report))
    return EXIT_INPUT if report.failed else EXIT_OK


def _summary_json(d: lib.DocumentSummary) -> dict[str, Any]:
    return {
        "id": d.id,
        "title": d.title,
        "kind": d.kind,
        "kamerstuk": list(d.kamerstuk),
        "kamerstuk_ids": list(d.kamerstuk_ids),
        "reference": d.reference,
        "date": d.date,
        "committee": d.committee,
        "source": d.source,
        "questions": d.question_count,
        "counts": d.counts,
    }


def cmd_list(args: argparse.Namespace) -> int:
    docs = _open(args).documents()
    if args.json:
        _print_json([_summary_json(d) for d in docs])
        return EXIT_OK
    if not docs:
        print(T.NO_DOCUMENTS)
    for d in docs:
        c = d.counts
        print(
            f"{d.id[:12]}  {d.date or '—':10}  {', '.join(d.kamerstuk) or d.reference or '—'}  "
            f"{d.question_count} vragen ({c.get('unanswered', 0)} onbeantwoord)  {d.display_title[:70]}"
        )
    outdated = sum(1 for d in docs if d.parser_version < lib.PARSER_VERSION)
    if outdated:
        sys.stdout.flush()  # the hint comes after the list, also when both go to one terminal
        _err(T.OUTDATED.format(n=outdated))
    return EXIT_OK


def _format_question(q: Any) -> str:
    lines = [f"{q.label}  [{T.STATUS_MARK[q.status]} {T.STATUS_LABEL[q.status]}]"]
    if q.section:
        lines.append(q.section)
    lines += ["", q.question, "", f"{T.HEADER_ANSWER}:", q.answer or T.NO_ANSWER]
    extra = []
    if q.deferred_to:
        extra.append(T.DEFERRED_TO.format(who=q.deferred_to))
    if q.refers_to:
        extra.append(T.REFERS_TO.format(nums=", ".join(map(str, q.refers_to))))
    if q.referred_by:
        extra.append(T.REFERRED_BY.format(nums=", ".join(map(str, q.referred_by))))
    if extra:
        lines += ["", " · ".join(extra)]
    if q.footnotes:
        lines += ["", f"{T.HEADER_FOOTNOTES}:"] + [f"  {f.mark}. {f.text}" for f in q.footnotes]
    return "\n".join(lines)


def cmd_show(args: argparse.Namespace) -> int:
    library = _open(args)
    summary = library.find_document(args.doc)
    doc = library.document(summary.id)
    if args.number is not None:
        q = library.question(summary.id, args.number)
        if args.json:
            _print_json(question_json(q))
        else:
            print(_format_question(q))
        return EXIT_OK
    if args.json:
        _print_json(document_json(doc))
        return EXIT_OK
    print(doc.title or doc.source)
    meta = [", ".join(doc.kamerstuk), doc.reference, doc.date, doc.committee]
    print(" · ".join(m for m in meta if m))
    for q in doc.questions:
        first = q.question.split("\n", 1)[0]
        print(f"{q.number:>4} {T.STATUS_MARK[q.status]} {first[:100]}")
    return EXIT_OK


def cmd_remove(args: argparse.Namespace) -> int:
    library = _open(args)
    summary = library.find_document(args.doc)
    library.remove(summary.id)
    print(T.REMOVED.format(title=summary.display_title))
    return EXIT_OK


def _status_words(statuses: Sequence[str]) -> str:
    return T.motion_statuses(statuses) or "—"


def cmd_motions(args: argparse.Namespace) -> int:
    motions = _open(args).motions()
    motions.sort(key=lambda m: (m.id is None, m.id or "", m.submitters))
    if args.json:
        _print_json(
            [
                {
                    "id": m.id,
                    "submitters": list(m.submitters),
                    "mentions": m.mentions,
                    "documents": m.documents,
                    "latest_statuses": list(m.latest_statuses),
                    "latest_date": m.latest_date,
                }
                for m in motions
            ]
        )
        return EXIT_OK
    if not motions:
        print(T.NO_MOTIONS)
    for m in motions:
        print(
            f"{m.id or '(zonder nummer)':18} {m.label[:40]:40} {m.mentions:>3} vermeld  "
            f"{_status_words(m.latest_statuses)}"
        )
    return EXIT_OK


def cmd_motion(args: argparse.Namespace) -> int:
    rows = _open(args).motion(args.id)
    if args.json:
        _print_json(
            [
                {
                    "motion": r.motion_id,
                    "document": r.doc_id,
                    "title": r.doc_title,
                    "date": r.doc_date,
                    "question": r.question,
                    "side": r.side,
                    "text": r.text,
                    "sentence": r.sentence,
                    "statuses": list(r.statuses),
                    "submitters": list(r.submitters),
                    "linked_by": r.linked_by,
                }
                for r in rows
            ]
        )
        return EXIT_OK
    for r in rows:
        where = "vraag" if r.side == "question" else ("antwoord" if r.side == "answer" else "voetnoot")
        inferred = f" ({T.LINK_INFERRED})" if r.linked_by == "submitters" else ""
        print(
            f"{r.doc_date or '—'}  {r.doc_title[:60]}  vraag {r.question} ({where}): "
            f"{_status_words(r.statuses)}{inferred}"
        )
        print(f"    {r.sentence}")
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    library = _open(args)
    hits = library.search(args.query, limit=args.limit)
    titles = {d.id: d.display_title for d in library.documents()}
    if args.json:
        _print_json(
            [
                {"document": h.doc_id, "title": titles.get(h.doc_id), "question": h.number, "score": round(h.score, 1)}
                for h in hits
            ]
        )
        return EXIT_OK
    if not hits:
        print(T.NO_RESULTS)
    for h in hits:
        q = library.question(h.doc_id, h.number)
        print(f"{h.doc_id[:12]} vraag {h.number:<4} {titles.get(h.doc_id, '')[:40]:40} {q.question.splitlines()[0][:80]}")
    return EXIT_OK


def cmd_open(args: argparse.Namespace) -> int:
    library = _open(args)
    library.documents()  # a damaged catalogue record: the one-line error here, before the screen
    try:
        from .app import run_app
    except ImportError:  # the explorer is not built yet: show what is stored
        if library.is_empty():
            print(T.IMPORTING_SAMPLES, file=sys.stderr)
            library.import_samples()
        return cmd_list(argparse.Namespace(**{**vars(args), "json": False}))
    return run_app(library)


# --------------------------------------------------------------------------- wiring


def _dutch_argparse() -> None:
    """argparse words its own usage and errors through gettext; give it Dutch ones.

    argparse looks the function up as a module global at call time, so replacing it here is
    enough and keeps every other argparse behaviour.
    """
    argparse._ = lambda message: T.ARGPARSE.get(message, message)  # type: ignore[attr-defined]


def build_parser() -> argparse.ArgumentParser:
    _dutch_argparse()
    def store_options(defaults: bool) -> argparse.ArgumentParser:
        # Given before or after the command: `kamerboek --db X import …` and
        # `kamerboek import … --db X`. Sub-commands must not reset a value given before them,
        # so only the top level carries defaults.
        opts = argparse.ArgumentParser(add_help=False)
        hidden = argparse.SUPPRESS
        opts.add_argument("--db", type=Path, default=None if defaults else hidden, help=T.HELP_DB)
        opts.add_argument("--wait", type=float, default=lib.DEFAULT_WAIT if defaults else hidden, help=T.HELP_WAIT)
        return opts

    common = store_options(defaults=False)
    parser = argparse.ArgumentParser(
        prog="kamerboek", description=T.PROG_DESCRIPTION, parents=[store_options(defaults=True)]
    )
    parser.add_argument(
        "--version", action="version", version=f"kamerboek {_version()}", help=T.ARGPARSE["show program's version number and exit"]
    )
    sub = parser.add_subparsers(dest="command")

    p = sub.add_parser("open", parents=[common], help=T.HELP_OPEN, description=T.HELP_OPEN)
    p.set_defaults(func=cmd_open)

    p = sub.add_parser("import", parents=[common], help=T.HELP_IMPORT, description=T.HELP_IMPORT)
    p.add_argument("paths", nargs="+", type=Path, help=T.HELP_IMPORT_PATHS)
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("parse", help=T.HELP_PARSE, description=T.HELP_PARSE)
    p.add_argument("paths", nargs="+", type=Path, help=T.HELP_IMPORT_PATHS)
    p.add_argument("--json", action="store_true", help=T.HELP_JSON)
    p.set_defaults(func=cmd_parse)

    p = sub.add_parser("list", parents=[common], help=T.HELP_LIST, description=T.HELP_LIST)
    p.add_argument("--json", action="store_true", help=T.HELP_JSON)
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("show", parents=[common], help=T.HELP_SHOW, description=T.HELP_SHOW)
    p.add_argument("doc", help=T.HELP_SHOW_DOC)
    p.add_argument("number", nargs="?", type=int, help=T.HELP_SHOW_N)
    p.add_argument("--json", action="store_true", help=T.HELP_JSON)
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("remove", parents=[common], help=T.HELP_REMOVE, description=T.HELP_REMOVE)
    p.add_argument("doc", help=T.HELP_SHOW_DOC)
    p.set_defaults(func=cmd_remove)

    p = sub.add_parser("motions", parents=[common], help=T.HELP_MOTIONS, description=T.HELP_MOTIONS)
    p.add_argument("--json", action="store_true", help=T.HELP_JSON)
    p.set_defaults(func=cmd_motions)

    p = sub.add_parser("motion", parents=[common], help=T.HELP_MOTION, description=T.HELP_MOTION)
    p.add_argument("id", help=T.HELP_MOTION_ID)
    p.add_argument("--json", action="store_true", help=T.HELP_JSON)
    p.set_defaults(func=cmd_motion)

    p = sub.add_parser("search", parents=[common], help=T.HELP_SEARCH, description=T.HELP_SEARCH)
    p.add_argument("query", help=T.HELP_SEARCH_QUERY)
    p.add_argument("--limit", type=int, default=20, help=T.HELP_LIMIT)
    p.add_argument("--json", action="store_true", help=T.HELP_JSON)
    p.set_defaults(func=cmd_search)

    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", cmd_open)
    try:
        return func(args)
    except lib.LookupFailed as exc:
        _err(str(exc.args[0] if exc.args else exc))
        return EXIT_INPUT
    except (lib.StoreError, lib.ReadError, lib.ParseError) as exc:
        _err(str(exc))
        return EXIT_ERROR
    except KeyboardInterrupt:
        _err(T.INTERRUPTED)
        return 130
    except BrokenPipeError:  # `kamerboek list | head`
        return EXIT_OK
    except OSError as exc:
        _err(f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": "))
        return EXIT_ERROR


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
