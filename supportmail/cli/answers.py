"""`supportmail answers list`: the canned answers agents can put in a reply with #answer NAME."""

import argparse

from supportmail.cli.common import add_config_option, config_from
from supportmail.errors import EXIT_FAILED, EXIT_OK


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add `answers list` to the command line."""
    answers = commands.add_parser("answers", help="canned answers for #answer NAME: list them")
    actions = answers.add_subparsers(title="answers commands", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "list", help="every answer: its name, languages and first line; problems with the files"
    )
    add_config_option(listing)
    listing.set_defaults(handler=answers_list)


def answers_list(args: argparse.Namespace) -> int:
    """Print one row per answer, then the problems found (exit 1 when there are any)."""
    from supportmail.tickets.answers import catalogue, read_text, unknown_placeholders

    config = config_from(args)
    folder = config.answers.folder
    if folder is None:
        print("no answers are set up: name a folder in [answers] folder = ... of the config")
        return EXIT_OK
    if not folder.is_dir():
        print(f"problem: the answers folder {folder} does not exist ([answers] folder)")
        return EXIT_FAILED
    found = catalogue(folder)
    problems = list(found.problems)
    rows: list[tuple[str, str, str]] = []
    for name in found.names():
        versions = found.answers[name]
        languages = ", ".join(lang or "default" for lang in sorted(versions))
        first = ""
        for lang in sorted(versions):
            path = versions[lang]
            try:
                text = read_text(path)
            except (OSError, ValueError) as exc:
                problems.append(f"{path.name}: cannot be used: {exc}")
                continue
            first = first or _first_words(text)
            unknown = unknown_placeholders(text)
            if unknown:
                shown = ", ".join(f"${u}" for u in unknown)
                problems.append(
                    f"{path.name}: {shown} is left as written "
                    "(placeholders: $greeting, $name, $ticket, $number; $$ is a dollar sign)"
                )
        rows.append((name, languages, first))
    print(f"answers in {folder}")
    if not rows:
        print("(none yet: add NAME.txt, and NAME.<language>.txt per language)")
    else:
        width = max(len("NAME"), *(len(r[0]) for r in rows))
        langs = max(len("LANGUAGES"), *(len(r[1]) for r in rows))
        print(f"{'NAME':<{width}}  {'LANGUAGES':<{langs}}  FIRST LINE")
        for name, languages, first in rows:
            shown = first if len(first) <= 60 else first[:57] + "..."
            print(f"{name:<{width}}  {languages:<{langs}}  {shown}")
    for problem in problems:
        print(f"problem: {problem}")
    return EXIT_FAILED if problems else EXIT_OK


def _first_words(text: str) -> str:
    """The first line that says something: not empty, not only placeholders ("$greeting")."""
    for line in text.splitlines():
        words = [w for w in line.split() if not w.startswith("$")]
        if words:
            return line.strip()
    return ""
