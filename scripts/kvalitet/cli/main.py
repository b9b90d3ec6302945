"""The `kvalitet` command: parse the arguments, call one typed function, return its exit code.

Exit codes: 0 all is well, 1 problems found (or a problem the user can fix), 2 wrong usage,
3 an unexpected error (a bug: please report it with the traceback).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path

from kvalitet.cli import argparse_sv
from kvalitet.errors import KvalitetError
from kvalitet.messages import say
from kvalitet.records.schemacheck import RECORD_TYPES
from kvalitet.site.engines import PUBLISHING

BUG = 3


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(say("usage-bad-date", value=text)) from None


def _records_option(parser: argparse.ArgumentParser, help_code: str = "cli-build-records") -> None:
    parser.add_argument(
        "--mapp", dest="records", type=Path, default=Path("records"), metavar="MAPP", help=say(help_code)
    )


def _as_of_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--per", dest="as_of", type=_date, default=None, metavar="DATUM", help=say("cli-build-as-of")
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse_sv.Parser(prog="kvalitet", description=say("cli-description"))
    commands = parser.add_subparsers(dest="command", metavar="KOMMANDO", required=True)

    check = commands.add_parser(
        "validera", help=say("cli-validate-help"), description=say("cli-validate-help")
    )
    check.add_argument("paths", nargs="*", type=Path, metavar="SÖKVÄG", help=say("cli-validate-paths"))
    check.add_argument(
        "--format", choices=("text", "json", "codequality", "github"), default="text", help=say("cli-format")
    )
    check.add_argument(
        "--per", dest="as_of", type=_date, default=None, metavar="DATUM", help=say("cli-validate-as-of")
    )

    new = commands.add_parser("ny", help=say("new-cli-help"), description=say("new-cli-help"))
    new.add_argument("typ", metavar="TYP", help=say("new-cli-typ", allowed=", ".join(RECORD_TYPES)))
    _records_option(new, "new-cli-records")
    new.add_argument(
        "--datum", dest="today", type=_date, default=None, metavar="DATUM", help=say("new-cli-date")
    )

    importing = commands.add_parser(
        "importera", help=say("cli-import-help"), description=say("cli-import-help")
    )
    importing.add_argument("source", type=Path, metavar="FIL", help=say("cli-import-source"))
    importing.add_argument(
        "--mappning", required=True, type=Path, metavar="FIL", help=say("cli-import-mapping")
    )
    importing.add_argument("--skriv", action="store_true", help=say("cli-import-write"))
    importing.add_argument(
        "--ersätt-handändrade", dest="overwrite", action="store_true", help=say("cli-import-overwrite")
    )
    _records_option(importing)

    upgrade = commands.add_parser(
        "uppgradera", help=say("upgrade-cli-help"), description=say("upgrade-cli-help")
    )
    upgrade.add_argument(
        "records",
        nargs="?",
        type=Path,
        default=Path("records"),
        metavar="MAPP",
        help=say("upgrade-cli-records"),
    )
    upgrade.add_argument("--skriv", action="store_true", help=say("upgrade-cli-write"))

    build = commands.add_parser("bygg", help=say("cli-build-help"), description=say("cli-build-help"))
    build.add_argument(
        "records",
        nargs="?",
        type=Path,
        default=Path("records"),
        metavar="MAPP",
        help=say("cli-build-records"),
    )
    build.add_argument("--ut", type=Path, default=None, metavar="MAPP", help=say("cli-build-out"))
    build.add_argument("--intern", action="store_true", help=say("cli-build-internal"))
    build.add_argument("--pdf", action="store_true", help=say("cli-build-pdf"))
    build.add_argument("--versioner", action="store_true", help=say("cli-build-versions"))
    build.add_argument("--motor", choices=PUBLISHING, default=PUBLISHING[0], help=say("cli-build-engine"))
    _as_of_option(build)

    diff = commands.add_parser("diff", help=say("cli-diff-help"), description=say("cli-diff-help"))
    diff.add_argument("base", nargs="?", default=None, metavar="BAS", help=say("cli-diff-base"))
    _records_option(diff)
    _as_of_option(diff)
    diff.add_argument(
        "--format", choices=("markdown", "json"), default="markdown", help=say("cli-diff-format")
    )

    approve = commands.add_parser(
        "faststall", help=say("cli-approve-help"), description=say("cli-approve-help")
    )
    approve.add_argument("report", metavar="BERÄTTELSE", help=say("cli-approve-report"))
    approve.add_argument("--datum", required=True, type=_date, metavar="DATUM", help=say("cli-approve-date"))
    approve.add_argument("--paragraf", required=True, metavar="§", help=say("cli-approve-paragraph"))
    approve.add_argument("--commit", default="HEAD", metavar="COMMIT", help=say("cli-approve-commit"))
    approve.add_argument(
        "--uppföljningsdatum",
        dest="follow_up",
        type=_date,
        default=None,
        metavar="DATUM",
        help=say("cli-approve-follow-up"),
    )
    _records_option(approve)

    init = commands.add_parser("init", help=say("init-cli-help"), description=say("init-cli-help"))
    init.add_argument("folder", type=Path, metavar="MAPP", help=say("init-cli-folder"))
    init.add_argument("--källa", dest="source", default="pypi", metavar="KÄLLA", help=say("init-cli-source"))
    init.add_argument(
        "--kommun", dest="municipality", default=None, metavar="NAMN", help=say("init-cli-municipality")
    )
    init.add_argument("--år", dest="year", type=int, default=None, metavar="ÅR", help=say("init-cli-year"))
    init.add_argument("--befintlig", action="store_true", help=say("init-cli-existing"))

    demo = commands.add_parser("demo", help=say("cli-demo-help"), description=say("cli-demo-help"))
    demo.add_argument("--ut", type=Path, default=Path("records"), metavar="MAPP", help=say("cli-demo-out"))
    demo.add_argument("--från-år", dest="first_year", type=int, default=2021, metavar="ÅR")
    demo.add_argument("--till", dest="last_day", type=_date, default=dt.date(2026, 10, 31), metavar="DATUM")
    demo.add_argument("--per-år", dest="per_year", type=int, default=None, metavar="ANTAL")
    demo.add_argument("--frö", dest="seed", type=int, default=1, metavar="TAL")
    return parser


def run(args: argparse.Namespace) -> int:
    """Run the chosen command; the commands' modules are imported only when used."""
    if args.command == "validera":
        from kvalitet.cli.commands import validate_command

        return validate_command(
            args.paths or [Path("records")],
            as_of=args.as_of or dt.date.today(),
            output_format=args.format,
        )
    if args.command == "ny":
        from kvalitet.staff.newrecord import new_command

        return new_command(args.records, args.typ, args.today or dt.date.today())
    if args.command == "importera":
        from kvalitet.staff.importer import import_command

        return import_command(
            args.source,
            args.mappning,
            args.records,
            write=args.skriv,
            today=dt.date.today(),
            overwrite=args.overwrite,
        )
    if args.command == "uppgradera":
        from kvalitet.staff.upgrade import upgrade_command

        return upgrade_command(args.records, write=args.skriv)
    if args.command == "bygg":
        from kvalitet.cli.commands import build_command

        return build_command(
            args.records,
            args.ut,
            internal=args.intern,
            as_of=args.as_of,
            pdf=args.pdf,
            versions=args.versioner,
            engine=args.motor,
        )
    if args.command == "diff":
        from kvalitet.cli.commands import diff_command

        return diff_command(args.records, args.base, as_of=args.as_of, output_format=args.format)
    if args.command == "faststall":
        from kvalitet.cli.commands import approve_command

        return approve_command(
            args.report,
            args.records,
            date=args.datum,
            paragraph=args.paragraf,
            commit=args.commit,
            follow_up=args.follow_up,
        )
    if args.command == "init":
        from kvalitet.cli.commands import init_command

        return init_command(
            args.folder,
            args.source,
            municipality=args.municipality,
            year=args.year or dt.date.today().year,
            existing=args.befintlig,
        )
    if args.command == "demo":
        from kvalitet.cli.commands import demo_command

        return demo_command(args.ut, args.first_year, args.last_day, args.per_year, args.seed)
    raise AssertionError(args.command)  # pragma: no cover - argparse allows only the commands above


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return run(args)
    except KvalitetError as error:
        print(f"kvalitet: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print(say("cli-interrupted"), file=sys.stderr)
        return 130
    except Exception:  # noqa: BLE001 - the top-level handler: a bug gets its traceback and exit 3
        import traceback

        traceback.print_exc()
        print(say("cli-bug"), file=sys.stderr)
        return BUG
